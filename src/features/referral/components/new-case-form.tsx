import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { CASE_CODE_MAX, emptyCase } from '../../../lib/cases/case-schema.ts';
import { CasesNotAllowedError, createCase } from '../../../lib/cases/case-store.ts';
import { navigate } from '../../../lib/router.ts';

/** Starts a case from scratch: an anonymous code and her consent to keep it on this device. */
export function NewCaseForm() {
  const { t } = useTranslation(['screening']);
  const ids = { code: useId(), hint: useId() };
  const [code, setCode] = useState('');
  const [hasConsent, setHasConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return setError(t('screening:save.codeRequired'));
    if (!hasConsent) return setError(t('screening:save.consentRequired'));
    const now = new Date();
    try {
      const id = await createCase({ code, consent: { ...emptyCase('-', now).consent, storage: true, recordedAt: now.toISOString() } });
      navigate(`/cases/${id}`);
    } catch (caught) {
      if (caught instanceof CasesNotAllowedError) setError(t('screening:save.notAllowed'));
      else {
        reportStorageFailure(caught);
        setError(t('screening:save.failed'));
      }
    }
  }

  return (
    <form className="new-case" onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby="new-case-title">
      <h2 id="new-case-title">{t('screening:cases.newTitle')}</h2>
      <p className="field">
        <label htmlFor={ids.code}>{t('screening:save.code')}</label>
        <input
          id={ids.code}
          value={code}
          maxLength={CASE_CODE_MAX}
          autoComplete="off"
          aria-describedby={ids.hint}
          onChange={(event) => setCode(event.target.value)}
        />
      </p>
      <p id={ids.hint} className="hint">
        {t('screening:save.codeHint')}
      </p>
      <p className="field checkbox">
        <label>
          <input type="checkbox" checked={hasConsent} onChange={(event) => setHasConsent(event.target.checked)} />
          {t('screening:save.consent')}
        </label>
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary">
        {t('screening:cases.create')}
      </button>
    </form>
  );
}

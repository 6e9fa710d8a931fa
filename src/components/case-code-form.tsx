import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../lib/alerts.ts';
import { CASE_CODE_MAX, emptyCase } from '../lib/cases/case-schema.ts';
import { CasesNotAllowedError, createCase } from '../lib/cases/case-store.ts';
import { navigate } from '../lib/router.ts';
import { CheckboxRow } from './checkbox-row.tsx';

/** What a new case holds besides its code and her consent (a screening, her language…). */
type CaseFields = Omit<Parameters<typeof createCase>[0], 'code' | 'consent'>;

interface Props {
  /** The submit button's text: the one thing the two callers (new case, save a screening) word differently. */
  submitLabel: string;
  className: string;
  /** Names the form for assistive technology when its title is inside it. */
  labelledBy?: string;
  /** Shown first, inside the form (a title). */
  children?: ReactNode;
  caseFields?: (now: Date) => CaseFields;
}

/**
 * Creates a case on this device, then opens it: an anonymous code the intervenor chooses
 * (never a name, SAFETY.md rule 2) and her consent to keep it here, both required.
 */
export function CaseCodeForm({ submitLabel, className, labelledBy, children, caseFields }: Props) {
  // The form's texts live with the screening's, in the catalog both callers already load.
  const { t } = useTranslation(['screening']);
  const ids = { code: useId(), hint: useId() };
  const [code, setCode] = useState('');
  const [hasConsent, setHasConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) return setError(t('screening:save.codeRequired'));
    if (!hasConsent) return setError(t('screening:save.consentRequired'));
    const now = new Date();
    try {
      const id = await createCase({
        ...caseFields?.(now),
        code,
        consent: { ...emptyCase('-', now).consent, storage: true, recordedAt: now.toISOString() },
      });
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
    <form className={className} onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={labelledBy}>
      {children}
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
      <CheckboxRow label={t('screening:save.consent')} isChecked={hasConsent} onChange={setHasConsent} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary">
        {submitLabel}
      </button>
    </form>
  );
}

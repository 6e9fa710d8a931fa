import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportStorageFailure } from '../../../lib/alerts.ts';
import { CASE_CODE_MAX, emptyCase } from '../../../lib/cases/case-schema.ts';
import { CasesNotAllowedError, createCase } from '../../../lib/cases/case-store.ts';
import { navigate } from '../../../lib/router.ts';
import { useSettings } from '../../../lib/settings.ts';
import type { RegionCode } from '../../../shared/regions.ts';
import { type Answers, screeningSnapshot, type ScreeningOutcome } from '../model.ts';
import type { PinnedGuide } from '../session.ts';

interface Props {
  guide: PinnedGuide;
  answers: Answers;
  notes: Readonly<Record<string, string>>;
  outcome: ScreeningOutcome;
  language: string;
  region: string;
}

/** Saves this screening in a new case on this device, under an anonymous code, with her consent. */
export function SaveCasePanel({ guide, answers, notes, outcome, language, region }: Props) {
  const { t } = useTranslation(['screening']);
  const { areCasesAllowed } = useSettings();
  const ids = { code: useId(), consent: useId(), hint: useId() };
  const [code, setCode] = useState('');
  const [hasConsent, setHasConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!areCasesAllowed) {
    return (
      <section className="outcome-block" aria-labelledby="save-case">
        <h3 id="save-case">{t('screening:save.title')}</h3>
        <p className="notice">{t('screening:save.notAllowed')}</p>
      </section>
    );
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!code.trim()) return setError(t('screening:save.codeRequired'));
    if (!hasConsent) return setError(t('screening:save.consentRequired'));
    const now = new Date();
    try {
      const id = await createCase({
        code,
        language,
        region: (region || null) as RegionCode | null,
        screening: screeningSnapshot(guide, answers, notes, outcome, now),
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
    <section className="outcome-block" aria-labelledby="save-case">
      <h3 id="save-case">{t('screening:save.title')}</h3>
      <form className="save-case" onSubmit={(event) => void handleSubmit(event)} noValidate>
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
          {t('screening:save.submit')}
        </button>
      </form>
    </section>
  );
}

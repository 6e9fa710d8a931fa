import { useTranslation } from 'react-i18next';
import { CheckboxRow } from '../../../components/checkbox-row.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { fallbackChain } from '../../../shared/languages.ts';

type Update = (change: (data: CaseData) => CaseData) => void;
const CONSENTS = ['storage', 'referral', 'shareSummary', 'keepInTouch'] as const;

/** What she agreed to, how, and when it was recorded. */
export function ConsentSection({ data, update }: { data: CaseData; update: Update }) {
  const { t, i18n } = useTranslation(['screening']);
  const recorded = data.consent.recordedAt
    ? new Intl.DateTimeFormat(fallbackChain(i18n.language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(data.consent.recordedAt))
    : null;

  function set(patch: Partial<CaseData['consent']>) {
    update((current) => ({ ...current, consent: { ...current.consent, ...patch, recordedAt: new Date().toISOString() } }));
  }

  return (
    <section className="case-section" aria-labelledby="case-consent">
      <h2 id="case-consent">{t('screening:case.consentTitle')}</h2>
      <fieldset className="plain-fieldset">
        <legend>{t('screening:case.consentLegend')}</legend>
        {CONSENTS.map((consent) => (
          <CheckboxRow
            key={consent}
            label={t(`screening:case.consent.${consent}`)}
            isChecked={data.consent[consent]}
            onChange={(isChecked) => set({ [consent]: isChecked })}
          />
        ))}
      </fieldset>
      <fieldset className="plain-fieldset">
        <legend>{t('screening:case.consentHow')}</legend>
        {(['verbal', 'written'] as const).map((how) => (
          <label key={how} className="answer-choice">
            <input type="radio" name="consent-how" checked={data.consent.how === how} onChange={() => set({ how })} />
            {t(`screening:case.consentHowOption.${how}`)}
          </label>
        ))}
      </fieldset>
      {recorded && <p className="hint">{t('screening:case.consentRecorded', { date: recorded })}</p>}
    </section>
  );
}

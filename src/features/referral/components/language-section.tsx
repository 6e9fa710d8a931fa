import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxRow } from '../../../components/checkbox-row.tsx';
import type { CaseData } from '../../../lib/cases/case-schema.ts';
import { REGIONS, type RegionCode } from '../../../shared/regions.ts';
import { useLanguageOptions } from '../data/use-reference-data.ts';

type Update = (change: (data: CaseData) => CaseData) => void;

/** Her language and region, the interpreter's language and whether she approved the interpreter. */
export function LanguageSection({ data, update }: { data: CaseData; update: Update }) {
  const { t } = useTranslation(['screening']);
  const languages = useLanguageOptions();
  const ids = { language: useId(), region: useId(), interpreterLanguage: useId() };
  const setInterpreter = (patch: Partial<CaseData['interpreter']>) =>
    update((current) => ({ ...current, interpreter: { ...current.interpreter, ...patch } }));
  const languageOptions = (
    <>
      <option value="">{t('screening:case.notGiven')}</option>
      {languages.map((language) => (
        <option key={language.code} value={language.code} lang={language.code}>
          {language.name}
        </option>
      ))}
    </>
  );

  return (
    <section className="case-section" aria-labelledby="case-language">
      <h2 id="case-language">{t('screening:case.languageTitle')}</h2>
      <p className="field">
        <label htmlFor={ids.language}>{t('screening:setup.language')}</label>
        <select id={ids.language} value={data.language ?? ''} onChange={(event) => update((current) => ({ ...current, language: event.target.value || null }))}>
          {languageOptions}
        </select>
      </p>
      <p className="field">
        <label htmlFor={ids.region}>{t('screening:setup.region')}</label>
        <select
          id={ids.region}
          value={data.region ?? ''}
          onChange={(event) => update((current) => ({ ...current, region: (event.target.value || null) as RegionCode | null }))}
        >
          <option value="">{t('screening:setup.regionNone')}</option>
          {REGIONS.map((region) => (
            <option key={region.code} value={region.code}>
              {t('screening:setup.regionOption', { code: region.code, name: region.name })}
            </option>
          ))}
        </select>
      </p>
      <CheckboxRow label={t('screening:case.interpreterNeeded')} isChecked={data.interpreter.isNeeded} onChange={(isNeeded) => setInterpreter({ isNeeded })} />
      {data.interpreter.isNeeded && (
        <>
          <p className="field">
            <label htmlFor={ids.interpreterLanguage}>{t('screening:case.interpreterLanguage')}</label>
            <select
              id={ids.interpreterLanguage}
              value={data.interpreter.language ?? ''}
              onChange={(event) => setInterpreter({ language: event.target.value || null })}
            >
              {languageOptions}
            </select>
          </p>
          <fieldset className="plain-fieldset">
            <legend>{t('screening:case.interpreterApproved')}</legend>
            {([
              ['yes', true],
              ['no', false],
              ['notAsked', null],
            ] as const).map(([key, value]) => (
              <label key={key} className="answer-choice">
                <input
                  type="radio"
                  name="interpreter-approved"
                  checked={data.interpreter.isApprovedByHer === value}
                  onChange={() => setInterpreter({ isApprovedByHer: value })}
                />
                {t(`screening:answers.${key}`)}
              </label>
            ))}
          </fieldset>
          <p className="hint">{t('screening:handover.interpreterReminder')}</p>
        </>
      )}
    </section>
  );
}

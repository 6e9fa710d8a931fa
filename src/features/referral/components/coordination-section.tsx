import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type CaseData, COORDINATORS } from '../../../lib/cases/case-schema.ts';

type Update = (change: (data: CaseData) => CaseData) => void;

/** Who coordinates, and how to keep in touch with her confidentially. */
export function CoordinationSection({ data, update }: { data: CaseData; update: Update }) {
  const { t } = useTranslation(['screening']);
  const ids = { plan: useId(), hint: useId() };
  const set = (patch: Partial<CaseData['coordination']>) =>
    update((current) => ({ ...current, coordination: { ...current.coordination, ...patch } }));
  return (
    <section className="case-section" aria-labelledby="case-coordination">
      <h2 id="case-coordination">{t('screening:case.coordinationTitle')}</h2>
      <fieldset className="plain-fieldset">
        <legend>{t('screening:case.coordinator')}</legend>
        {COORDINATORS.map((coordinator) => (
          <label key={coordinator} className="answer-choice">
            <input
              type="radio"
              name="coordinator"
              checked={data.coordination.coordinator === coordinator}
              onChange={() => set({ coordinator })}
            />
            {t(`screening:case.coordinatorOption.${coordinator}`)}
          </label>
        ))}
      </fieldset>
      <p className="field stacked">
        <label htmlFor={ids.plan}>{t('screening:case.contactPlan')}</label>
        <textarea
          id={ids.plan}
          rows={4}
          value={data.coordination.contactPlan}
          aria-describedby={ids.hint}
          onChange={(event) => set({ contactPlan: event.target.value })}
        />
      </p>
      <p id={ids.hint} className="hint">
        {t('screening:case.contactPlanHint')}
      </p>
    </section>
  );
}

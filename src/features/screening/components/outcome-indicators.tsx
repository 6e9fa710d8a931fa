import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES } from '../../../shared/kinds/guide.ts';
import type { ScreeningOutcome } from '../model.ts';
import { Localized } from '../../../components/localized.tsx';

/** What the answers raised, by category, and the immigration-specific factors among them. */
export function OutcomeIndicators({ outcome }: { outcome: ScreeningOutcome }) {
  const { t } = useTranslation(['screening']);
  const categories = INDICATOR_CATEGORIES.filter((category) => outcome.indicators[category].length > 0);
  return (
    <section className="outcome-block" aria-labelledby="outcome-signs">
      <h3 id="outcome-signs">{t('screening:outcome.signs')}</h3>
      {categories.length === 0 && <p>{t('screening:outcome.noSigns')}</p>}
      {categories.map((category) => (
        <div key={category} className={`indicator-group indicator-${category}`}>
          <h4>{t(`screening:categories.${category}`)}</h4>
          <ul>
            {outcome.indicators[category].map((indicator) => (
              <li key={indicator.id}>
                <Localized text={indicator.label} />
                {indicator.factor && <span className="factor-tag">{t('screening:outcome.immigrationFactor')}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {outcome.factors.length > 0 && (
        <p>
          {t('screening:outcome.factorsLabel')}{' '}
          {outcome.factors.map((factor) => t(`screening:factors.${factor}`)).join(' · ')}
        </p>
      )}
    </section>
  );
}

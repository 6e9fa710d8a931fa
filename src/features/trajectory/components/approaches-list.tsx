import { useTranslation } from 'react-i18next';
import type { Approaches } from '../../../shared/kinds/protocol.ts';
import { Localized } from '../../../components/localized.tsx';

const APPROACHES = ['feminist', 'intercultural', 'intersectional'] as const;

/** How the feminist, intercultural and intersectional approaches apply at a stage. */
export function ApproachesList({ approaches }: { approaches: Approaches }) {
  const { t } = useTranslation(['screening']);
  return (
    <div className="approaches">
      <h3>{t('screening:approaches.title')}</h3>
      <dl>
        {APPROACHES.map((approach) => (
          <div key={approach} className={`approach approach-${approach}`}>
            <dt>{t(`screening:approaches.${approach}`)}</dt>
            <dd><Localized text={approaches[approach]} /></dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { navigate, useLocation } from '../../../lib/router.ts';
import { TRAJECTORY_STAGES } from '../../../shared/kinds/trajectory.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { findRegion } from '../../../shared/regions.ts';
import { useTrajectory } from '../data/use-trajectory.ts';
import { TrajectoryStage } from './trajectory-stage.tsx';
import { Localized } from '../../../components/localized.tsx';
import '../../../components/pathway.css';
import '../trajectory.css';

/** `/trajectory`: the unified intervention trajectory, stage by stage, with the regional protocol when one exists. */
export default function TrajectoryPage() {
  const { t, i18n } = useTranslation(['screening']);
  const text = (value: LocalizedText) => resolveText(value, i18n.language).text;
  const content = useTrajectory();
  const { searchParams } = useLocation();
  const regionSelectId = useId();
  const region = searchParams.get('region') ?? '';
  const regional = content?.regional.find((protocol) => protocol.data.scope === region);

  function chooseRegion(code: string) {
    navigate(code ? `/trajectory?region=${code}` : '/trajectory', { replace: true });
  }

  return (
    <section className="trajectory-page">
      <PageHeading title={t('screening:trajectory.documentTitle')}>{t('screening:trajectory.title')}</PageHeading>
      {content === undefined ? (
        <p role="status">{t('screening:trajectory.loading')}</p>
      ) : (
        <>
          <p className="lead">{content.province ? text(content.province.data.summary) : t('screening:trajectory.notYetSynced')}</p>
          {content.province?.data.agreedBy && <p className="source-note"><Localized text={content.province.data.agreedBy} /></p>}
          {content.regional.length > 0 && (
            <div className="regional-picker">
              <p className="field">
                <label htmlFor={regionSelectId}>{t('screening:trajectory.regionalProtocol')}</label>
                <select id={regionSelectId} value={region} onChange={(event) => chooseRegion(event.target.value)}>
                  <option value="">{t('screening:trajectory.noRegion')}</option>
                  {content.regional.map((protocol) => (
                    <option key={protocol.id} value={protocol.data.scope}>
                      {t('screening:trajectory.regionOption', {
                        code: protocol.data.scope,
                        name: findRegion(protocol.data.scope)?.name ?? protocol.data.scope,
                      })}
                    </option>
                  ))}
                </select>
              </p>
              {regional && (
                <div className="regional-summary">
                  {regional.data.demo && <p className="demo-banner">{t('screening:trajectory.demo')}</p>}
                  <h2><Localized text={regional.data.title} /></h2>
                  <p><Localized text={regional.data.summary} /></p>
                  {regional.data.agreedBy && <p className="source-note"><Localized text={regional.data.agreedBy} /></p>}
                </div>
              )}
            </div>
          )}
          <ol className="trajectory" aria-label={t('screening:trajectory.stagesLabel')}>
            {TRAJECTORY_STAGES.map((stage) => {
              const provinceStage = content.province?.data.stages.find((entry) => entry.stage === stage);
              const ids = provinceStage?.checklistIds ?? [];
              const regionalStage = regional?.data.stages.find((entry) => entry.stage === stage);
              const regionalIds = regionalStage?.checklistIds ?? [];
              const checklists = content.checklists
                .filter((checklist) =>
                  ids.length + regionalIds.length > 0
                    ? ids.includes(checklist.id) || regionalIds.includes(checklist.id)
                    : checklist.data.stage === stage && !checklist.data.region,
                )
                .sort((a, b) => [...ids, ...regionalIds].indexOf(a.id) - [...ids, ...regionalIds].indexOf(b.id))
                .map((checklist) => ({ id: checklist.id, title: checklist.data.title }));
              return (
                <TrajectoryStage
                  key={stage}
                  stage={stage}
                  province={provinceStage}
                  regional={regionalStage}
                  regionalTitle={regional ? text(regional.data.title) : null}
                  checklists={checklists}
                />
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChecklistGroups, checklistProgress } from '../../../components/checklist-groups.tsx';
import { Link } from '../../../components/link.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { RouteParams } from '../../../lib/router.ts';
import { useChecklist, useTrajectory } from '../data/use-trajectory.ts';
import { AddToCase } from './add-to-case.tsx';
import { ApproachesList } from './approaches-list.tsx';
import { Localized } from '../../../components/localized.tsx';
import '../../../components/pathway.css';
import '../trajectory.css';

/** `/checklists/:id`: one stage's checklist. Ticks stay in memory unless the checklist is added to a case. */
export default function ChecklistPage({ params }: { params: RouteParams }) {
  const { t } = useTranslation(['screening']);
  const checklist = useChecklist(params.id ?? '');
  const trajectory = useTrajectory();
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const documentTitle = t('screening:checklist.documentTitle');

  if (checklist === undefined) return <p role="status">{t('screening:trajectory.loading')}</p>;
  if (checklist === null) {
    return (
      <section>
        <PageHeading title={documentTitle}>{t('screening:checklist.notFound')}</PageHeading>
        <p>{t('screening:checklist.notFoundBody')}</p>
        <p>
          <Link href="/trajectory">{t('screening:checklist.backToTrajectory')}</Link>
        </p>
      </section>
    );
  }
  const { data } = checklist;
  const stage = trajectory?.province?.data.stages.find((entry) => entry.stage === data.stage);
  const progress = checklistProgress(data.groups, checked);

  return (
    <section className="checklist-page">
      <PageHeading title={documentTitle}><Localized text={data.title} /></PageHeading>
      <p className="checklist-meta">
        {t('screening:checklist.meta', {
          stage: t(`screening:stages.${data.stage}`),
          sector: t(`screening:sectors.${data.sector}`),
          revision: data.revision,
        })}
      </p>
      <p className="lead"><Localized text={data.purpose} /></p>
      {stage?.approaches && <ApproachesList approaches={stage.approaches} />}
      <p className="checklist-progress" role="status">
        {t('screening:checklist.progress', progress)}
      </p>
      <ChecklistGroups
        groups={data.groups}
        checked={checked}
        onToggle={(itemId, isChecked) => setChecked((current) => ({ ...current, [itemId]: isChecked }))}
      />
      <p className="hint">{t('screening:checklist.notSaved')}</p>
      <AddToCase checklist={checklist} checked={checked} />
      <p>
        <Link href="/trajectory">{t('screening:checklist.backToTrajectory')}</Link>
      </p>
    </section>
  );
}

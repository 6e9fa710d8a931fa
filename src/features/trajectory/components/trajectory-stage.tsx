import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import type { ProtocolStage } from '../../../shared/kinds/protocol.ts';
import type { TrajectoryStage as StageName } from '../../../shared/kinds/trajectory.ts';
import { type LocalizedText, resolveText } from '../../../shared/localized.ts';
import { ApproachesList } from './approaches-list.tsx';
import { Localized } from '../../../components/localized.tsx';

interface Props {
  stage: StageName;
  province: ProtocolStage | undefined;
  regional: ProtocolStage | undefined;
  regionalTitle: string | null;
  checklists: { id: string; title: LocalizedText }[];
}

/** One stage of the trajectory: what each sector does, the three approaches, regional notes, its checklists. */
export function TrajectoryStage({ stage, province, regional, regionalTitle, checklists }: Props) {
  const { t, i18n } = useTranslation(['screening']);
  const text = (value: LocalizedText) => resolveText(value, i18n.language).text;
  return (
    <li className="trajectory-stage">
      <h2 className="stage-title">
        {t(`screening:stages.${stage}`)}
      </h2>
      {province?.summary && <p className="stage-summary"><Localized text={province.summary} /></p>}
      <div className="sector-columns">
        {(
          [
            ['immigration', province?.immigrationSector ?? []],
            ['violence', province?.violenceSector ?? []],
          ] as const
        ).map(([sector, duties]) =>
          duties.length > 0 ? (
            <section key={sector} className={`sector sector-${sector}`}>
              <h3>{t(`screening:sectors.${sector}`)}</h3>
              <ul>
                {duties.map((duty, index) => (
                  <li key={index}><Localized text={duty} /></li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
      </div>
      {province?.approaches && <ApproachesList approaches={province.approaches} />}
      {regional && regional.regionalNotes.length > 0 && (
        <section className="regional-notes">
          <h3>{regionalTitle}</h3>
          <ul>
            {regional.regionalNotes.map((note, index) => (
              <li key={index}><Localized text={note} /></li>
            ))}
          </ul>
        </section>
      )}
      {checklists.length > 0 && (
        <ul className="stage-checklists">
          {checklists.map((checklist) => (
            <li key={checklist.id}>
              <Link href={`/checklists/${checklist.id}`} className="button-link">
                {t('screening:trajectory.openChecklist', { title: text(checklist.title) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

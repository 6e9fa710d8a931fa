import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useGuides } from '../data/use-guides.ts';
import { answerOf } from '../model.ts';
import { INITIAL_SESSION, screeningReducer } from '../session.ts';
import { EmergencyBar } from './emergency-bar.tsx';
import { HandoverView } from './handover-view.tsx';
import { OutcomeView } from './outcome-view.tsx';
import { SaveCasePanel } from './save-case-panel.tsx';
import { ScreeningSetup } from './screening-setup.tsx';
import { ScreeningStep } from './screening-step.tsx';
import '../../../components/pathway.css';
import '../screening.css';

/** `/screening`: the guided screening. Answers stay in this component's memory only. */
export default function ScreeningPage() {
  const { t } = useTranslation(['screening']);
  const guides = useGuides();
  const [session, dispatch] = useReducer(screeningReducer, INITIAL_SESSION);

  let body;
  if (guides === undefined) body = <p role="status">{t('screening:page.loading')}</p>;
  else if (session.phase === 'setup') {
    body = <ScreeningSetup guides={guides} onStart={(start) => dispatch({ type: 'start', ...start })} />;
  } else {
    const current = guides.find((guide) => guide.id === session.guide.id);
    const newer = current && current.data.revision > session.guide.data.revision ? current.data.revision : null;
    const handoverItem = session.handoverItemId
      ? session.guide.data.sections
          .flatMap((section) => section.steps.flatMap((step) => step.items))
          .find((item) => item.id === session.handoverItemId)
      : undefined;
    body = (
      <>
        {newer !== null && (
          <p className="notice" role="status">
            {t('screening:page.newerRevision', { started: session.guide.data.revision, newer })}
          </p>
        )}
        {handoverItem ? (
          <HandoverView
            guide={session.guide.data}
            item={handoverItem}
            language={session.language}
            value={answerOf(session.answers, handoverItem.id)}
            onAnswer={(value) => dispatch({ type: 'answer', itemId: handoverItem.id, value })}
            onClose={() => dispatch({ type: 'handover', itemId: null })}
          />
        ) : session.phase === 'steps' ? (
          <ScreeningStep session={session} dispatch={dispatch} />
        ) : (
          <OutcomeView session={session} dispatch={dispatch}>
            {(outcome) => (
              <SaveCasePanel
                guide={session.guide}
                answers={session.answers}
                notes={session.notes}
                outcome={outcome}
                language={session.language}
                region={session.region}
              />
            )}
          </OutcomeView>
        )}
      </>
    );
  }

  return (
    <section className="screening">
      <PageHeading title={t('screening:page.documentTitle')}>{t('screening:page.title')}</PageHeading>
      <EmergencyBar />
      {body}
    </section>
  );
}

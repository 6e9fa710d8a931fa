import { type Dispatch, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveText } from '../../../shared/localized.ts';
import { answerOf, visibleSteps } from '../model.ts';
import type { ScreeningAction, ScreeningSession } from '../session.ts';
import { GuideItemField } from './guide-item-field.tsx';
import { StepProgress } from './step-progress.tsx';
import { Localized } from '../../../components/localized.tsx';

type StepsSession = Extract<ScreeningSession, { phase: 'steps' | 'outcome' }>;

/** One step of the guide at a time, with back and forward. */
export function ScreeningStep({ session, dispatch }: { session: StepsSession; dispatch: Dispatch<ScreeningAction> }) {
  const { t, i18n } = useTranslation(['screening']);
  const lng = i18n.language;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const steps = visibleSteps(session.guide.data, session.answers);
  const index = Math.min(session.stepIndex, steps.length - 1);
  const placed = steps[index];

  // Screen-reader users hear the new step's title; keyboard users start from it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  if (!placed) return null;
  const { section, step } = placed;
  const isLast = index === steps.length - 1;

  return (
    <div className="screening-step">
      <StepProgress current={index + 1} total={steps.length} section={resolveText(section.title, lng).text} />
      <h2 ref={headingRef} tabIndex={-1} className="step-title">
        <Localized text={step.title} />
      </h2>
      {step.intro && <p className="step-intro"><Localized text={step.intro} /></p>}
      {step.items.map((item) => (
        <GuideItemField
          key={item.id}
          item={item}
          value={answerOf(session.answers, item.id)}
          note={session.notes[item.id] ?? ''}
          onAnswer={(value) => dispatch({ type: 'answer', itemId: item.id, value })}
          onNote={(text) => dispatch({ type: 'note', itemId: item.id, text })}
          onShowHer={() => dispatch({ type: 'handover', itemId: item.id })}
        />
      ))}
      <nav className="step-nav" aria-label={t('screening:steps.navigation')}>
        <button type="button" onClick={() => dispatch({ type: 'back' })} disabled={index === 0}>
          {t('screening:steps.back')}
        </button>
        <button type="button" className="button-primary" onClick={() => dispatch({ type: 'next' })}>
          {isLast ? t('screening:steps.seeOutcome') : t('screening:steps.next')}
        </button>
      </nav>
      {!isLast && (
        <p>
          <button type="button" className="link-button" onClick={() => dispatch({ type: 'finish' })}>
            {t('screening:steps.finishNow')}
          </button>
        </p>
      )}
    </div>
  );
}

import { type Dispatch, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../components/link.tsx';
import { useSettings } from '../../../lib/settings.ts';
import { useChecklistTitles } from '../data/use-checklist-titles.ts';
import { directoryHref, evaluateOutcome, type ScreeningOutcome } from '../model.ts';
import type { ScreeningAction, ScreeningSession } from '../session.ts';
import { OutcomeIndicators } from './outcome-indicators.tsx';
import { Localized } from '../../../components/localized.tsx';

type OutcomeSession = Extract<ScreeningSession, { phase: 'steps' | 'outcome' }>;

function evaluate(session: OutcomeSession): ScreeningOutcome | null {
  try {
    return evaluateOutcome(session.guide.data, session.answers);
  } catch (error) {
    console.error('The guide gave no outcome.', error);
    return null;
  }
}

interface Props {
  session: OutcomeSession;
  dispatch: Dispatch<ScreeningAction>;
  /** Where the intervenor saves the screening in a case (rendered by the page). */
  children?: (outcome: ScreeningOutcome) => ReactNode;
}

/** The recommended path: urgency, advice, service types, a filtered directory link, next checklists. */
export function OutcomeView({ session, dispatch, children }: Props) {
  const { t } = useTranslation(['screening']);
  const { isDiscreet } = useSettings();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outcome = useMemo(() => evaluate(session), [session]);
  const checklists = useChecklistTitles(outcome?.nextChecklistIds ?? []);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (!outcome) return <p role="alert">{t('screening:outcome.failed')}</p>;

  return (
    <div className="screening-outcome">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('screening:outcome.title')}
      </h2>
      <p className="disclaimer"><Localized text={session.guide.data.disclaimer} /></p>
      <section className="outcome-block outcome-path" aria-labelledby="outcome-path">
        <h3 id="outcome-path"><Localized text={outcome.path.title} /></h3>
        <p className={`urgency urgency-${outcome.urgency}`}>
          {t('screening:outcome.urgencyLabel')} <strong>{t(`screening:urgency.${outcome.urgency}`)}</strong>
        </p>
        <ul>
          {outcome.path.advice.map((advice, index) => (
            <li key={index}><Localized text={advice} /></li>
          ))}
        </ul>
      </section>
      {outcome.additions.length > 0 && (
        <section className="outcome-block" aria-labelledby="outcome-additions">
          <h3 id="outcome-additions">{t('screening:outcome.considerations')}</h3>
          {outcome.additions.map((rule) => (
            <div key={rule.id} className="addition">
              <h4><Localized text={rule.title} /></h4>
              <ul>
                {rule.advice.map((advice, index) => (
                  <li key={index}><Localized text={advice} /></li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <section className="outcome-block" aria-labelledby="outcome-services">
        <h3 id="outcome-services">{t('screening:outcome.services')}</h3>
        {outcome.serviceTypes.length === 0 ? (
          <p>{t('screening:outcome.noServices')}</p>
        ) : (
          <ul>
            {outcome.serviceTypes.map((type) => (
              <li key={type}>{t(`screening:serviceTypes.${type}`)}</li>
            ))}
          </ul>
        )}
        <p>
          <Link
            className="button-link"
            href={directoryHref({ region: session.region, language: session.language, serviceTypes: outcome.serviceTypes }, isDiscreet)}
          >
            {t('screening:outcome.openDirectory')}
          </Link>
        </p>
      </section>
      <OutcomeIndicators outcome={outcome} />
      {checklists.length > 0 && (
        <section className="outcome-block" aria-labelledby="outcome-checklists">
          <h3 id="outcome-checklists">{t('screening:outcome.nextChecklists')}</h3>
          <ul>
            {checklists.map((checklist) => (
              <li key={checklist.id}>
                <Link href={`/checklists/${checklist.id}`}><Localized text={checklist.title} /></Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {children?.(outcome)}
      <p className="not-stored">{t('screening:outcome.notStored')}</p>
      <nav className="step-nav" aria-label={t('screening:steps.navigation')}>
        <button type="button" onClick={() => dispatch({ type: 'back' })}>
          {t('screening:outcome.backToQuestions')}
        </button>
        <button type="button" onClick={() => dispatch({ type: 'restart' })}>
          {t('screening:outcome.restart')}
        </button>
      </nav>
    </div>
  );
}

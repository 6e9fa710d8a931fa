import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { exitDestination, quickExit, replaceLocation, type ReplaceLocation } from '../../../lib/quick-exit/exit.ts';
import { createShiftDetector } from '../../../lib/quick-exit/shift-detector.ts';
import { useSettings } from '../../../lib/settings.ts';

/**
 * "Quitter rapidement" (SAFETY.md rule 4): the button, and Shift pressed three times
 * anywhere on the page. `replace` is injectable so tests can see where it goes.
 */
export function QuickExitButton({ replace = replaceLocation }: { replace?: ReplaceLocation }) {
  const { t } = useTranslation();
  const { exitUrl } = useSettings();
  const hintId = useId();

  const exit = useCallback(() => quickExit(exitDestination(exitUrl, navigator.onLine), replace), [exitUrl, replace]);

  // One detector for the component's life: settings arriving mid-sequence must not reset the count.
  const latestExit = useRef(exit);
  useLayoutEffect(() => {
    latestExit.current = exit;
  }, [exit]);

  // Layout effect: the keys work from the commit that shows the button. A passive effect
  // runs a task later after a transition render, and Shift pressed meanwhile was lost.
  useLayoutEffect(() => {
    const detector = createShiftDetector();
    const onKey = (event: KeyboardEvent) => {
      const type = event.type === 'keydown' ? 'keydown' : 'keyup';
      if (detector.handle({ type, key: event.key, repeat: event.repeat, timeStamp: event.timeStamp })) latestExit.current();
    };
    const reset = () => detector.reset();
    // Capture phase: a control that stops propagation must not swallow the exit.
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keyup', onKey, true);
    window.addEventListener('blur', reset);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('keyup', onKey, true);
      window.removeEventListener('blur', reset);
    };
  }, []);

  return (
    <>
      <button type="button" className="quick-exit-button" onClick={exit} aria-describedby={hintId}>
        {t('quickExit.button')}
      </button>
      <span id={hintId} className="visually-hidden">
        {t('quickExit.hint')}
      </span>
    </>
  );
}

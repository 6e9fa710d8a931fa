import { lazy, Suspense, useEffect } from 'react';
import { i18next } from '../lib/i18n/index.ts';
import { useIdleTimer } from '../lib/idle-timer.ts';
import { resetSession } from '../lib/session-reset.ts';
import { IDLE_MINUTES_DEFAULT, useTabletState } from '../lib/tablet.ts';

/** SAFETY.md rule 8: the person sees the countdown for this long before the tablet resets. */
export const COUNTDOWN_MS = 15_000;

const loadCountdown = () => import('../features/tablet/components/idle-countdown.tsx');
const IdleCountdown = lazy(loadCountdown);

/** On a shared tablet: after N idle minutes, a 15-second countdown, then the session reset. */
export function TabletIdleReset() {
  const tablet = useTabletState();
  const isEnabled = tablet?.config.isEnabled ?? false;
  const idleMs = (tablet?.config.idleMinutes ?? IDLE_MINUTES_DEFAULT) * 60_000;
  const { secondsLeft, stay } = useIdleTimer({
    enabled: isEnabled,
    idleMs,
    countdownMs: COUNTDOWN_MS,
    onExpire: () => void resetSession('idle'),
  });

  useEffect(() => {
    // Load the dialog and its words now, so the countdown shows at once, offline too.
    if (!isEnabled) return;
    void loadCountdown();
    void i18next.loadNamespaces('tablet');
  }, [isEnabled]);

  if (secondsLeft === null) return null;
  return (
    <Suspense fallback={null}>
      <IdleCountdown secondsLeft={secondsLeft} onStay={stay} />
    </Suspense>
  );
}

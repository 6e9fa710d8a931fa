import { useIdleTimer } from '../lib/idle-timer.ts';
import { lockNow, useLockStatus } from '../lib/lock.ts';
import { useSettings } from '../lib/settings.ts';

/**
 * Locks after `autoLockMinutes` idle when a lock provider (the cases feature) is
 * registered and unlocked. The lock screen itself is shown by the route gate.
 */
export function IntervenorLockTimer() {
  const { autoLockMinutes } = useSettings();
  const status = useLockStatus();
  useIdleTimer({
    enabled: status === 'unlocked' && autoLockMinutes !== null,
    idleMs: (autoLockMinutes ?? 1) * 60_000,
    countdownMs: 0,
    onExpire: () => void lockNow(),
  });
  return null;
}

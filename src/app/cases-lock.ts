/**
 * Plugs the referral cases into the intervenor lock (issue 7, item 4): when a case on
 * this device is protected by a passphrase and `autoLockMinutes` is set, intervenor pages
 * ask for a passphrase again after that idle time. A passphrase opens the cases it was set
 * on; women's pages never lock. Loaded after the first render (main.tsx); the case store
 * and its crypto load only when a passphrase is typed.
 */
import { hasPassphraseCases } from '../lib/cases/locked-cases.ts';
import { forgetAllKeys } from '../lib/cases/case-session.ts';
import { liveQuery } from '../lib/db.ts';
import { registerLock } from '../lib/lock.ts';
import { loadSettings } from '../lib/settings.ts';

export function startCasesLock(): () => void {
  let unregister: (() => void) | null = null;
  const subscription = liveQuery(loadSettings).subscribe((settings) => {
    const isEnabled = settings.autoLockMinutes !== null && settings.areCasesAllowed;
    if (isEnabled && !unregister) {
      unregister = registerLock({
        hasLockedData: () => hasPassphraseCases(),
        verify: async (passphrase) => {
          const { unlockAllCases } = await import('../lib/cases/case-store.ts');
          return (await unlockAllCases(passphrase)).opened > 0;
        },
        forget: forgetAllKeys,
      });
    } else if (!isEnabled && unregister) {
      unregister();
      unregister = null;
    }
  });
  return () => {
    subscription.unsubscribe();
    unregister?.();
  };
}

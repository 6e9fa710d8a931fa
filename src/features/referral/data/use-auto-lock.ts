import { useEffect } from 'react';
import { configureAutoLock } from '../../../lib/cases/case-session.ts';
import { useSettings } from '../../../lib/settings.ts';

/** Applies the device's idle time (settings `autoLockMinutes`) to the cases open in this tab. */
export function useAutoLockSetting(): void {
  const { autoLockMinutes } = useSettings();
  useEffect(() => configureAutoLock(autoLockMinutes), [autoLockMinutes]);
}

/**
 * App-wide alerts that must never be swallowed (a full disk, a failed save). Any module
 * may raise one; the shell shows them in a live region.
 */
import { useSyncExternalStore } from 'react';
import { isQuotaError } from './db-early.ts';

export type AlertKind = 'storageFull' | 'storageError';

let current: readonly AlertKind[] = [];
const listeners = new Set<() => void>();

function emit(next: readonly AlertKind[]): void {
  current = next;
  for (const listener of listeners) listener();
}

export function raiseAlert(kind: AlertKind): void {
  if (!current.includes(kind)) emit([...current, kind]);
}

export function dismissAlert(kind: AlertKind): void {
  emit(current.filter((item) => item !== kind));
}

/** Raises the right alert for a failed write, then rethrows nothing: the caller goes on. */
export function reportStorageFailure(error: unknown): void {
  console.error('Storage write failed.', error);
  raiseAlert(isQuotaError(error) ? 'storageFull' : 'storageError');
}

export function useAlerts(): readonly AlertKind[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
    () => current,
  );
}

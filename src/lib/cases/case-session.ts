/**
 * Keys of the locked cases opened in this tab, in memory only. They are forgotten after
 * the intervenor's idle time (settings `autoLockMinutes`), on "lock now", and with the page.
 */
import { useSyncExternalStore } from 'react';
import type { RecordKey } from '../crypto/passphrase-cipher.ts';

const keys = new Map<string, RecordKey>();
const listeners = new Set<() => void>();
let revision = 0;

function changed(): void {
  revision += 1;
  for (const listener of listeners) listener();
}

export function rememberKey(caseId: string, recordKey: RecordKey): void {
  keys.set(caseId, recordKey);
  watchIdleness();
  changed();
}

let idleMinutes: number | null = 15;
let lastActivity = Date.now();
let watcher: ReturnType<typeof setInterval> | undefined;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

function noteActivity(): void {
  lastActivity = Date.now();
}

/** Minutes without activity before open cases lock again (device settings); null: never. */
export function configureAutoLock(minutes: number | null): void {
  idleMinutes = minutes;
}

function watchIdleness(): void {
  noteActivity();
  if (watcher || typeof window === 'undefined') return;
  for (const event of ACTIVITY_EVENTS) window.addEventListener(event, noteActivity, { passive: true, capture: true });
  watcher = setInterval(() => {
    if (keys.size === 0) {
      stopWatching();
      return;
    }
    if (idleMinutes !== null && Date.now() - lastActivity >= idleMinutes * 60_000) forgetAllKeys();
  }, 10_000);
}

function stopWatching(): void {
  if (!watcher) return;
  clearInterval(watcher);
  watcher = undefined;
  for (const event of ACTIVITY_EVENTS) window.removeEventListener(event, noteActivity, { capture: true });
}

export function keyFor(caseId: string): RecordKey | undefined {
  return keys.get(caseId);
}

export function forgetKey(caseId: string): void {
  if (keys.delete(caseId)) changed();
}

/** Locks every case opened in this tab again. */
export function forgetAllKeys(): void {
  if (keys.size === 0) return;
  keys.clear();
  changed();
}

/** Changes whenever a case is unlocked or locked in this tab; for re-reading. */
export function useKeyRevision(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => revision,
    () => revision,
  );
}

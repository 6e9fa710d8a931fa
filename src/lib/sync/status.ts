/**
 * What the UI knows about sync: what the current run is doing (in memory, this tab) and
 * where the device stands (the checkpoint row, live across tabs). Kept free of zod and
 * of the engine, so that the header can show it without loading either.
 */
import { useSyncExternalStore } from 'react';
import { db, useLiveQuery } from '../db.ts';
import { INITIAL_CHECKPOINT, readCheckpoint } from './checkpoint.ts';
import type { SyncFailureReason } from './failure.ts';

export type SyncActivity =
  | { phase: 'idle' }
  | { phase: 'syncing'; received: number; total: number | null; isFirstSync: boolean }
  | { phase: 'failed'; reason: SyncFailureReason; retryAt: number | null };

export type SyncStatus = SyncActivity & {
  /** When the last run completed (ISO 8601); null if none ever did. */
  lastSuccessAt: string | null;
  /** Highest record version on this device. */
  contentVersion: number;
};

let activity: SyncActivity = { phase: 'idle' };
const listeners = new Set<() => void>();

export function setSyncActivity(next: SyncActivity): void {
  activity = next;
  for (const listener of listeners) listener();
}

export function getSyncActivity(): SyncActivity {
  return activity;
}

export function subscribeSyncActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Runner = () => Promise<void>;
let runner: Runner | null = null;
let isRequested = false;

/** The scheduler registers how to run a sync; returns the function that unregisters it. */
export function registerSyncRunner(next: Runner): () => void {
  runner = next;
  if (isRequested) {
    isRequested = false;
    void next();
  }
  return () => {
    if (runner === next) runner = null;
  };
}

/** "Sync now": runs at once, or as soon as the scheduler has started. */
export function syncNow(): void {
  if (runner) void runner();
  else isRequested = true;
}

export function useSyncStatus(): SyncStatus {
  const current = useSyncExternalStore(subscribeSyncActivity, getSyncActivity, getSyncActivity);
  const checkpoint = useLiveQuery(() => readCheckpoint(db), [], INITIAL_CHECKPOINT);
  return { ...current, lastSuccessAt: checkpoint.lastSuccessAt, contentVersion: checkpoint.contentVersion };
}

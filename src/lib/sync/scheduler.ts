/**
 * When to sync (ARCHITECTURE.md): at app start, when the browser comes back online,
 * every 15 minutes while the app is visible, and on "Sync now"; after a failure, again
 * after an exponential backoff with jitter. A failed run changes nothing the app reads:
 * it goes on with the data it has. Loaded with a dynamic import after the first render,
 * so that the engine and the zod schemas stay out of the entry chunk.
 */
import { db, isQuotaError, type PasserelleDatabase } from '../db.ts';
import { reportStorageFailure } from '../alerts.ts';
import { requestPersistentStorage } from '../storage.ts';
import { backoffDelay } from './backoff.ts';
import { pullChanges } from './engine.ts';
import { SyncError, SyncSupersededError, type SyncFailureReason } from './failure.ts';
import { withSyncLock } from './lock.ts';
import { registerSyncRunner, setSyncActivity } from './status.ts';

export const SYNC_INTERVAL_MS = 15 * 60_000;

export interface SchedulerOptions {
  database?: PasserelleDatabase;
  fetch?: typeof fetch;
  baseUrl?: string;
  intervalMs?: number;
  /** Delay before retrying after the n-th consecutive failure. */
  retryDelay?: (failures: number) => number;
}

type Trigger = 'start' | 'online' | 'interval' | 'visible' | 'manual' | 'retry';

function reasonOf(error: unknown): SyncFailureReason {
  if (error instanceof SyncError) return error.reason;
  // Anything else came from IndexedDB while storing a page.
  if (isQuotaError(error)) reportStorageFailure(error);
  return 'storage';
}

/** Starts the triggers; returns the function that stops them (tests, hot reload). */
export function startSyncScheduler(options: SchedulerOptions = {}): () => void {
  const database = options.database ?? db;
  const doFetch = options.fetch ?? ((input, init) => window.fetch(input, init));
  const baseUrl = options.baseUrl ?? window.location.origin;
  const intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
  const retryDelay = options.retryDelay ?? backoffDelay;
  let failures = 0;
  let lastAttemptAt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let isRunning = false;
  let isQueued = false;

  async function attempt(trigger: Trigger): Promise<void> {
    if (isRunning) {
      // A click during a run gets its own run right after (the page may have changed since).
      if (trigger === 'manual') isQueued = true;
      return;
    }
    if (trigger !== 'manual' && !navigator.onLine) return; // the `online` event brings us back
    clearTimeout(retryTimer);
    isRunning = true;
    lastAttemptAt = Date.now();
    setSyncActivity({ phase: 'syncing', received: 0, total: null, isFirstSync: false });
    try {
      const result = await withSyncLock(database, () =>
        pullChanges({ database, baseUrl, fetch: doFetch, onProgress: (progress) => setSyncActivity({ phase: 'syncing', ...progress }) }),
      );
      failures = 0;
      setSyncActivity({ phase: 'idle' });
      // The first data stored is the meaningful moment to ask the browser to keep it.
      if (result.isAcquired && result.value.received > 0) void requestPersistentStorage();
    } catch (error) {
      if (error instanceof SyncSupersededError) setSyncActivity({ phase: 'idle' });
      else {
        failures += 1;
        const delay = retryDelay(failures);
        retryTimer = setTimeout(() => void attempt('retry'), delay);
        setSyncActivity({ phase: 'failed', reason: reasonOf(error), retryAt: Date.now() + delay });
        console.warn(`Sync failed (${trigger}); next try in ${Math.round(delay / 1000)} s.`, error);
      }
    } finally {
      isRunning = false;
      if (isQueued) {
        isQueued = false;
        void attempt('manual');
      }
    }
  }

  const onOnline = () => {
    failures = 0;
    void attempt('online');
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'visible' && Date.now() - lastAttemptAt >= intervalMs) void attempt('visible');
  };
  const interval = setInterval(() => {
    if (document.visibilityState === 'visible') void attempt('interval');
  }, intervalMs);
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisibilityChange);
  const unregister = registerSyncRunner(() => attempt('manual'));
  void attempt('start');

  return () => {
    clearInterval(interval);
    clearTimeout(retryTimer);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisibilityChange);
    unregister();
  };
}

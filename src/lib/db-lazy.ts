/**
 * `db.ts` for the start-up modules (settings, tablet state, the expired-case purge),
 * which must not load Dexie before the first render (issue 8): it is imported when first
 * needed, after the first paint, and a live query starts behind its subscribers.
 */
import { afterNextPaint } from './scheduling.ts';
import type * as Database from './db.ts';

type DatabaseModule = typeof Database;

let loaded: DatabaseModule | undefined;

/** `db.ts` once loaded, else undefined: reading it needs no `await` (see `lazyLiveQuery`). */
export function loadedDatabase(): DatabaseModule | undefined {
  return loaded;
}

/** Loads `db.ts` (with Dexie) once. */
export async function loadDatabase(): Promise<DatabaseModule> {
  loaded ??= await import('./db.ts');
  return loaded;
}

/**
 * A live query whose subscribers may come before Dexie is loaded. The module that owns
 * the value keeps it (its `load` stores what it read); this re-runs `load` when the rows
 * it read change, and tells the subscribers. `load` should read through
 * `loadedDatabase()` when it can: Dexie follows a live query's reads across its own
 * promises, not across an `await` of another one before the first read.
 */
export interface LazyLiveQuery {
  /** For `useSyncExternalStore`: starts the query with the first subscriber, stops it with the last. */
  subscribe(listener: () => void): () => void;
  /** True once the running query has answered; false again when it stops. */
  isLive(): boolean;
  /** Tells the subscribers that the owner changed its value itself (a write shown at once). */
  changed(): void;
}

export function lazyLiveQuery(load: () => Promise<unknown>): LazyLiveQuery {
  const listeners = new Set<() => void>();
  let subscription: { unsubscribe(): void } | null = null;
  let live = false;

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  // After the next paint: on a cold start, the first screen shows before Dexie is
  // evaluated (issue 8); until then subscribers have the value read at start-up.
  function start(): void {
    new Promise<void>((resolve) => afterNextPaint(resolve))
      .then(loadDatabase)
      .then(({ liveQuery }) => {
        if (listeners.size === 0 || subscription) return;
        subscription = liveQuery(load).subscribe({
          next: () => {
            live = true;
            notify();
          },
          error: (error: unknown) => console.warn('A live query failed; its value stays as last read.', error),
        });
      })
      .catch((error: unknown) => console.warn('The device database could not be loaded.', error));
  }

  function stop(): void {
    subscription?.unsubscribe();
    subscription = null;
    live = false;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) start();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) stop();
      };
    },
    isLive: () => live,
    changed: notify,
  };
}

/**
 * The directory's search index for components: loaded from the device at first use,
 * then caught up whenever a sync page lands in the directory tables (liveQuery).
 */
import { useEffect, useState } from 'react';
import { db, liveQuery } from '../../../lib/db.ts';
import type { SearchIndex } from '../../../lib/search/index.ts';
import type { DirectoryEntry } from '../model.ts';
import { directoryIndex } from './directory-index.ts';

export interface DirectoryIndexState {
  /**
   * Null until the saved index is loaded. The saved index answers at once, then the
   * catch-up brings in what the tables hold beyond it (at most the last moments of a
   * sync before the app closed): stale-while-revalidate, so an offline cold start
   * shows the list without waiting for the tables (issue 8).
   */
  index: SearchIndex<DirectoryEntry> | null;
  /** Changes whenever the index changes, for memoised results. */
  revision: number;
  error: unknown;
}

/** Any change to the directory tables changes this value (liveQuery re-runs on each write). */
async function tablesSignature(): Promise<string> {
  const counts = await Promise.all([db.service.count(), db.organization.count(), db.location.count()]);
  const tops = await Promise.all([
    db.service.orderBy('version').last(),
    db.organization.orderBy('version').last(),
    db.location.orderBy('version').last(),
  ]);
  return [...counts, ...tops.map((row) => row?.version ?? 0)].join(':');
}

/**
 * Starts reading the saved index now, before any component asks: a route module calls it
 * when it loads, so the read overlaps with loading the page's translations and rendering.
 */
export function preloadDirectoryIndex(): void {
  directoryIndex()
    .open()
    .catch(() => undefined);
}

export function useDirectoryIndex(): DirectoryIndexState {
  const [state, setState] = useState<DirectoryIndexState>(() => {
    const engine = directoryIndex();
    return { index: engine.hasSavedIndex ? engine.index : null, revision: engine.index.revision, error: null };
  });
  useEffect(() => {
    const engine = directoryIndex();
    let isActive = true;
    const publish = () => {
      if (!isActive) return;
      // Same index, same revision: keep the state object so that memoised results stay.
      setState((previous) =>
        previous.index === engine.index && previous.revision === engine.index.revision && previous.error === null
          ? previous
          : { index: engine.index, revision: engine.index.revision, error: null },
      );
    };
    const catchUp = () => {
      engine.catchUp(publish).then(publish, (error: unknown) => {
        console.error('The directory could not be indexed.', error);
        if (isActive) setState((previous) => ({ ...previous, error }));
      });
    };
    // At once: a saved index answers without waiting for anything else. The live query
    // (which counts rows, a full key scan) starts only after that first step, so that it
    // does not compete with it.
    let subscription: { unsubscribe: () => void } | null = null;
    engine.open().then(() => {
      if (engine.hasSavedIndex) publish();
    }, () => undefined);
    engine.catchUp(() => {
      publish();
      if (!isActive || subscription) return;
      subscription = liveQuery(tablesSignature).subscribe({
        next: catchUp,
        error: (error: unknown) => {
          if (isActive) setState((previous) => ({ ...previous, error }));
        },
      });
    }).then(publish, (error: unknown) => {
      console.error('The directory could not be indexed.', error);
      if (isActive) setState((previous) => ({ ...previous, error }));
    });
    return () => {
      isActive = false;
      subscription?.unsubscribe();
    };
  }, []);
  return state;
}

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
  /** Null until the saved index is loaded and caught up. */
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

export function useDirectoryIndex(): DirectoryIndexState {
  const [state, setState] = useState<DirectoryIndexState>({ index: null, revision: 0, error: null });
  useEffect(() => {
    const engine = directoryIndex();
    let isActive = true;
    const subscription = liveQuery(tablesSignature).subscribe({
      next: () => {
        engine.catchUp().then(
          () => {
            if (isActive) setState({ index: engine.index, revision: engine.index.revision, error: null });
          },
          (error: unknown) => {
            console.error('The directory could not be indexed.', error);
            if (isActive) setState((previous) => ({ ...previous, error }));
          },
        );
      },
      error: (error: unknown) => {
        if (isActive) setState((previous) => ({ ...previous, error }));
      },
    });
    return () => {
      isActive = false;
      subscription.unsubscribe();
    };
  }, []);
  return state;
}

/**
 * The directory's search index for components: loaded from the device at first use,
 * then caught up whenever a sync page lands in the directory tables (liveQuery).
 */
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../../lib/scheduling.ts';
import { db, liveQuery } from '../../../lib/db.ts';
import type { SearchIndex } from '../../../lib/search/index.ts';
import type { DirectoryEntry } from '../model.ts';
import { directoryIndex } from './directory-index.ts';
import type { DirectoryPreview } from './preview.ts';

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
  /** The first screen saved with the index, shown while the index is decoded (preview.ts). */
  preview: DirectoryPreview | null;
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
 * Resolves (never rejects) once the saved first page is read.
 */
export function preloadDirectoryIndex(): Promise<unknown> {
  return directoryIndex()
    .prepare()
    .catch(() => undefined);
}

/**
 * The directory index. `previewLanguage`: the caller shows the saved preview in this
 * language until the index is decoded (the list); the index is then decoded only after the
 * preview has been painted, and saves keep a preview in that language.
 */
export function useDirectoryIndex(previewLanguage?: string): DirectoryIndexState {
  const [state, setState] = useState<DirectoryIndexState>(() => {
    const engine = directoryIndex();
    return { index: engine.hasSavedIndex ? engine.index : null, revision: engine.index.revision, preview: engine.preview, error: null };
  });
  useEffect(() => {
    if (previewLanguage) directoryIndex().previewLanguage = previewLanguage;
  }, [previewLanguage]);
  useEffect(() => {
    const engine = directoryIndex();
    let isActive = true;
    const publish = () => {
      if (!isActive) return;
      // Same index, same revision: keep the state object so that memoised results stay.
      setState((previous) =>
        previous.index === engine.index && previous.revision === engine.index.revision && previous.error === null
          ? previous
          : { index: engine.index, revision: engine.index.revision, preview: previous.preview, error: null },
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
    /** `isPreviewShown`: the screen already shows the same first page, so the index is shown once caught up. */
    const start = (isPreviewShown: boolean) => {
      if (!isActive) return;
      engine.open().then(() => {
        if (engine.hasSavedIndex && !isPreviewShown) publish();
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
        // A saved index still answers, even when catching up with the tables failed.
        if (engine.hasSavedIndex) publish();
        if (isActive) setState((previous) => ({ ...previous, error }));
      });
    };
    engine.prepare().then((preview) => {
      if (!isActive) return;
      const isShown = preview !== null && preview.lng === previewLanguage && !engine.hasSavedIndex;
      if (!isShown) {
        start(false);
        return;
      }
      // The list shows the preview first; decoding the index blocks the page for a moment,
      // so it waits until the preview is on screen. Rendering all entries would show the same
      // first page: the index is shown once caught up with the tables (search ready sooner).
      setState((previous) => (previous.preview === preview ? previous : { ...previous, preview }));
      afterNextPaint(() => start(true));
    }, () => start(false));
    return () => {
      isActive = false;
      subscription?.unsubscribe();
    };
    // The index is one per page: the language only decides whether to wait for a paint at first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}

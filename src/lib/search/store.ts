/**
 * Saving and loading a search index in the device database, with a small `meta` object
 * of the caller's (e.g. the highest record version the index reflects). One row per index:
 * written in one `put`, so a crash leaves either the old or the new index, both consistent
 * with their own meta. Postings travel as typed arrays and payloads as one JSON string,
 * which IndexedDB copies far faster than thousands of small objects.
 */
import { db, type SearchIndexRow } from '../db.ts';
import { SearchIndex, type SearchSnapshot } from './search-index.ts';

/** Bumped when the saved shape changes; an index saved in another format is ignored (and rebuilt). */
export const SEARCH_INDEX_FORMAT = 1;

interface SavedIndex extends SearchIndexRow {
  key: string;
  format: number;
  savedAt: string;
  ids: string;
  payloads: string;
  terms: string;
  offsets: Int32Array;
  postings: Int32Array;
  meta: unknown;
}

// Compared by tag, not instanceof: a typed array read back from IndexedDB may come from
// another realm (test environments, some browsers' structured clone).
const isInt32Array = (value: unknown): value is Int32Array => Object.prototype.toString.call(value) === '[object Int32Array]';

function isSavedIndex(row: unknown): row is SavedIndex {
  if (typeof row !== 'object' || row === null) return false;
  const value = row as Partial<SavedIndex>;
  return (
    value.format === SEARCH_INDEX_FORMAT &&
    typeof value.ids === 'string' &&
    typeof value.payloads === 'string' &&
    typeof value.terms === 'string' &&
    isInt32Array(value.offsets) &&
    isInt32Array(value.postings)
  );
}

/** Saves `index` (compacting it) under `key`, with the caller's `meta`. */
export async function saveSearchIndex<P>(key: string, index: SearchIndex<P>, meta: unknown): Promise<void> {
  const snapshot = index.snapshot();
  const row: SavedIndex = {
    key,
    format: SEARCH_INDEX_FORMAT,
    savedAt: new Date().toISOString(),
    ids: snapshot.ids.join('\n'),
    payloads: JSON.stringify(snapshot.payloads),
    terms: snapshot.terms,
    offsets: snapshot.offsets,
    postings: snapshot.postings,
    meta,
  };
  await db.searchIndex.put(row);
}

/** The index saved under `key` and its meta; null when there is none or it cannot be read. */
export async function loadSearchIndex<P>(key: string): Promise<{ index: SearchIndex<P>; meta: unknown } | null> {
  const row: unknown = await db.searchIndex.get(key);
  if (!isSavedIndex(row)) return null;
  try {
    const snapshot: SearchSnapshot<P> = {
      ids: row.ids === '' ? [] : row.ids.split('\n'),
      payloads: JSON.parse(row.payloads) as P[],
      terms: row.terms,
      offsets: row.offsets,
      postings: row.postings,
    };
    if (snapshot.ids.length !== snapshot.payloads.length || snapshot.offsets.length === 0) return null;
    return { index: SearchIndex.fromSnapshot(snapshot), meta: row.meta };
  } catch (error) {
    console.warn('The saved search index could not be read; it will be rebuilt.', error);
    return null;
  }
}

/** Forgets the index saved under `key`. */
export async function deleteSearchIndex(key: string): Promise<void> {
  await db.searchIndex.delete(key);
}

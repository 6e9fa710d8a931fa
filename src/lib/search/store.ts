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

/**
 * Payloads as columns: one list of keys, then one array of values per payload. Payloads
 * of one index share their keys, so this halves the JSON that a cold start must parse.
 */
interface Columns {
  keys: string[];
  rows: unknown[][];
}

function toColumns(payloads: readonly unknown[]): Columns | unknown[] {
  const first = payloads[0];
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return [...payloads];
  const keys = Object.keys(first);
  const rows: unknown[][] = [];
  for (const payload of payloads) {
    if (typeof payload !== 'object' || payload === null || Object.keys(payload).length !== keys.length) return [...payloads];
    const record = payload as Record<string, unknown>;
    rows.push(keys.map((key) => record[key]));
  }
  return { keys, rows };
}

function fromColumns(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  const { keys, rows } = value as Columns;
  return rows.map((row) => {
    const payload: Record<string, unknown> = {};
    for (let index = 0; index < keys.length; index += 1) {
      const key = keys[index] as string;
      if (row[index] !== undefined) payload[key] = row[index];
    }
    return payload;
  });
}

/** Saves `index` (compacting it) under `key`, with the caller's `meta`. */
export async function saveSearchIndex<P>(key: string, index: SearchIndex<P>, meta: unknown): Promise<void> {
  const snapshot = index.snapshot();
  const row: SavedIndex = {
    key,
    format: SEARCH_INDEX_FORMAT,
    savedAt: new Date().toISOString(),
    ids: snapshot.ids.join('\n'),
    payloads: JSON.stringify(toColumns(snapshot.payloads)),
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
      payloads: fromColumns(JSON.parse(row.payloads)) as P[],
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

/**
 * Saving and loading a search index in the device database, with a small `meta` object
 * of the caller's (e.g. the highest record version the index reflects). One row per index:
 * written in one `put`, so a crash leaves either the old or the new index, both consistent
 * with their own meta. Postings travel as bytes and payloads as JSON columns,
 * which IndexedDB copies far faster than thousands of small objects.
 */
import { db, readSearchIndexRowsEarly, type SearchIndexRow } from '../db.ts';
import type { SearchSnapshot } from './postings.ts';
import { SearchIndex } from './search-index.ts';

/** User Timing marks for benchmarks (tests/bench/search.ts); they stay in this page. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Bumped when the saved shape changes; an index saved in another format is ignored (and rebuilt). */
export const SEARCH_INDEX_FORMAT = 2;

interface SavedIndex extends SearchIndexRow {
  key: string;
  format: number;
  savedAt: string;
  ids: string;
  /** Columns, or a JSON string when the payloads do not share one shape. */
  payloads: Columns | string;
  terms: string;
  offsets: Int32Array;
  postings: Uint8Array;
  meta: unknown;
}

// Compared by tag, not instanceof: a typed array read back from IndexedDB may come from
// another realm (test environments, some browsers' structured clone).
const isInt32Array = (value: unknown): value is Int32Array => Object.prototype.toString.call(value) === '[object Int32Array]';
const isUint8Array = (value: unknown): value is Uint8Array => Object.prototype.toString.call(value) === '[object Uint8Array]';

function isSavedIndex(row: unknown): row is SavedIndex {
  if (typeof row !== 'object' || row === null) return false;
  const value = row as Partial<SavedIndex>;
  return (
    value.format === SEARCH_INDEX_FORMAT &&
    typeof value.ids === 'string' &&
    (typeof value.payloads === 'string' || (typeof value.payloads === 'object' && value.payloads !== null)) &&
    typeof value.terms === 'string' &&
    isInt32Array(value.offsets) &&
    isUint8Array(value.postings)
  );
}

/**
 * Payloads as columns: the keys once, then one JSON array per key. Payloads of one index
 * share their keys, so this drops the repeated keys; and each column is its own string, so
 * that only the columns with non-Latin text (names in Arabic, Chinese...) are stored as
 * two-byte strings. An `id` equal to the document's id is not stored twice.
 */
interface Columns {
  keys: string[];
  columns: string[];
  /** The `id` field was left out because it equals the document id. */
  hasIdFromDocument: boolean;
}

function toColumns(ids: readonly string[], payloads: readonly unknown[]): Columns | null {
  const first = payloads[0];
  if (typeof first !== 'object' || first === null || Array.isArray(first)) return null;
  const keys = Object.keys(first);
  const records: Record<string, unknown>[] = [];
  for (const payload of payloads) {
    if (typeof payload !== 'object' || payload === null || Object.keys(payload).length !== keys.length) return null;
    records.push(payload as Record<string, unknown>);
  }
  const hasIdFromDocument = keys.includes('id') && records.every((record, index) => record.id === ids[index]);
  const stored = hasIdFromDocument ? keys.filter((key) => key !== 'id') : keys;
  return { keys: stored, columns: stored.map((key) => JSON.stringify(records.map((record) => record[key] ?? null))), hasIdFromDocument };
}

/** Rows assembled from the columns per step of a sliced decode. */
const ROWS_PER_STEP = 2000;

type Decoded<P> = { index: SearchIndex<P>; meta: unknown } | null;

/**
 * Decodes a saved row in steps; each `yield` is a point where a caller may let the browser
 * work (paint, answer a tap). Parsing the columns of 10,000 entries takes ~0.2 s on a slow
 * phone: in one block, a tap during it would wait that long.
 */
function* decodeSteps<P>(key: string, row: unknown): Generator<void, Decoded<P>> {
  mark(`search-index:${key}:read`);
  if (!isSavedIndex(row)) return null;
  const ids = row.ids === '' ? [] : row.ids.split('\n');
  let payloads: unknown[];
  if (typeof row.payloads === 'string') {
    payloads = JSON.parse(row.payloads) as unknown[];
  } else {
    const { keys, hasIdFromDocument } = row.payloads;
    const columns: unknown[][] = [];
    for (const column of row.payloads.columns) {
      columns.push(JSON.parse(column) as unknown[]);
      yield;
    }
    payloads = [];
    for (let start = 0; start < ids.length; start += ROWS_PER_STEP) {
      for (let index = start; index < Math.min(ids.length, start + ROWS_PER_STEP); index += 1) {
        const payload: Record<string, unknown> = hasIdFromDocument ? { id: ids[index] } : {};
        for (let column = 0; column < keys.length; column += 1) payload[keys[column] as string] = columns[column]?.[index];
        payloads.push(payload);
      }
      yield;
    }
  }
  mark(`search-index:${key}:decoded`);
  if (ids.length !== payloads.length || row.offsets.length === 0) return null;
  const snapshot: SearchSnapshot<P> = { ids, payloads: payloads as P[], terms: row.terms, offsets: row.offsets, postings: row.postings };
  return { index: SearchIndex.fromSnapshot(snapshot), meta: row.meta };
}

function warnUnreadable(error: unknown): null {
  console.warn('The saved search index could not be read; it will be rebuilt.', error);
  return null;
}

/** A saved index decoded at once; null when the row is missing, of another format, or unreadable. */
function decodeSavedIndex<P>(key: string, row: unknown): Decoded<P> {
  try {
    const steps = decodeSteps<P>(key, row);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return step.value;
  } catch (error) {
    return warnUnreadable(error);
  }
}

/** Lets the browser paint and handle input; `scheduler.yield` where there is one (it resumes first). */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The same decode, giving the browser a turn between steps. */
async function decodeSavedIndexInSlices<P>(key: string, row: unknown): Promise<Decoded<P>> {
  try {
    const steps = decodeSteps<P>(key, row);
    let step = steps.next();
    while (!step.done) {
      await yieldToBrowser();
      step = steps.next();
    }
    return step.value;
  } catch (error) {
    return warnUnreadable(error);
  }
}

/** The key of the small row saved beside an index (see `saveSearchIndex`). */
const previewKey = (key: string) => `${key}:preview`;

interface SavedPreview extends SearchIndexRow {
  format: number;
  value: unknown;
}

/**
 * Saves `index` (compacting it) under `key`, with the caller's `meta`, and optionally a
 * `preview`: a small value of the caller's derived from the same index (e.g. the first
 * screen of a list), readable before the index itself. Both rows are written in one
 * transaction, so the preview always matches the saved index; without one, an older
 * preview is removed.
 */
export async function saveSearchIndex<P>(key: string, index: SearchIndex<P>, meta: unknown, preview?: unknown): Promise<void> {
  const snapshot = index.snapshot();
  const row: SavedIndex = {
    key,
    format: SEARCH_INDEX_FORMAT,
    savedAt: new Date().toISOString(),
    ids: snapshot.ids.join('\n'),
    payloads: toColumns(snapshot.ids, snapshot.payloads) ?? JSON.stringify(snapshot.payloads),
    terms: snapshot.terms,
    offsets: snapshot.offsets,
    postings: snapshot.postings,
    meta,
  };
  await db.transaction('rw', db.searchIndex, async () => {
    await db.searchIndex.put(row);
    if (preview === undefined) await db.searchIndex.delete(previewKey(key));
    else await db.searchIndex.put({ key: previewKey(key), format: SEARCH_INDEX_FORMAT, value: preview } satisfies SavedPreview);
  });
}

/** The index saved under `key` and its meta; null when there is none or it cannot be read. */
export async function loadSearchIndex<P>(key: string): Promise<{ index: SearchIndex<P>; meta: unknown } | null> {
  return decodeSavedIndex<P>(key, await db.searchIndex.get(key));
}

export interface EarlySearchIndexRead<P> {
  /** The preview saved with the index; null when there is none. */
  preview: unknown;
  /** Decodes the index, already fetched: the costly part, left to the caller's moment and done in slices. */
  load(): Promise<{ index: SearchIndex<P>; meta: unknown } | null>;
}

/**
 * Fetches the index saved under `key` and its preview, and decodes only the preview: a
 * screen can show it at once and decode the index after its first paint. Two reads, the
 * preview's first: in one, the preview waited for the index row (several MB on 10,000
 * services) and, on a cold start, reached the screen up to ~0.15 s later (issue 8). A
 * save between them can pair a preview with a newer index; the screen catches up anyway.
 */
export async function readSearchIndexEarly<P>(key: string): Promise<EarlySearchIndexRead<P>> {
  const previewRead = readSearchIndexRowsEarly([previewKey(key)]);
  const indexRead = readSearchIndexRowsEarly([key]);
  const previewValues = await previewRead;
  const saved = previewValues?.[0]?.() as Partial<SavedPreview> | undefined;
  return {
    preview: saved?.format === SEARCH_INDEX_FORMAT ? (saved.value ?? null) : null,
    load: async () => {
      const indexValues = await indexRead;
      const indexRow = indexValues?.[0];
      return indexRow ? decodeSavedIndexInSlices<P>(key, indexRow()) : loadSearchIndex<P>(key);
    },
  };
}

/** Forgets the index saved under `key`, and its preview. */
export async function deleteSearchIndex(key: string): Promise<void> {
  await db.searchIndex.bulkDelete([key, previewKey(key)]);
}

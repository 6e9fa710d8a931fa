/**
 * The device database — the only module that imports Dexie (ARCHITECTURE.md, "one door
 * to the data"). Features reach it through their own `data/` hooks.
 *
 * Versions are append-only (STYLE.md): never edit a shipped `version(n)`; add `n + 1`
 * with an `upgrade()` that says why. Published tables hold what the server syncs and may
 * be cleared by a sync reset; local-only tables (cases, settings) are never touched by sync.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { RecordKind } from '../shared/records.ts';

// DO NOT RENAME: renaming the database would orphan every device's data.
export const DATABASE_NAME = 'passerelle';

/** A published record as stored on the device. `data` was validated by the shared schema. */
export interface StoredRecord<T = unknown> {
  id: string;
  version: number;
  data: T;
  /** Sync generation that last wrote the row (not indexed); a rebuild sweeps older ones. */
  epoch?: number;
}

/** Key-value rows about sync: the cursor, the last successful run. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A record the device refused (failed validation), kept to be shown in settings. */
export interface RejectedRecord {
  seq?: number;
  kind: string;
  id: string;
  version: number;
  reason: string;
  at: string;
}

/** A referral case. Local only, never synced (SAFETY.md rule 2). Shape grows with the referral issue. */
export interface CaseRow {
  id: string;
  updatedAt: string;
  expiresAt: string;
  payload: unknown;
}

/** Device settings, one row per key; validated by `lib/settings` on read. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A saved search index (lib/search/store.ts): derived from the published tables and
 * rebuildable from them, so a sync reset may clear it. `key` names the index.
 */
export interface SearchIndexRow {
  key: string;
  [field: string]: unknown;
}

export type PublishedTables = { [K in RecordKind]: Table<StoredRecord, string> };

export class PasserelleDatabase extends Dexie {
  declare organization: Table<StoredRecord, string>;
  declare service: Table<StoredRecord, string>;
  declare location: Table<StoredRecord, string>;
  declare guide: Table<StoredRecord, string>;
  declare checklist: Table<StoredRecord, string>;
  declare article: Table<StoredRecord, string>;
  declare protocol: Table<StoredRecord, string>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare rejected: EntityTable<RejectedRecord, 'seq'>;
  declare cases: EntityTable<CaseRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare searchIndex: EntityTable<SearchIndexRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 (2026-11): the first shipped schema.
    this.version(1).stores({
      organization: '&id, version',
      service: '&id, version',
      location: '&id, version',
      guide: '&id, version',
      checklist: '&id, version',
      article: '&id, version',
      protocol: '&id, version',
      meta: '&key',
      rejected: '++seq, kind, id',
      cases: '&id, updatedAt, expiresAt',
      settings: '&key',
    });
    // Version 2 (2026-11, directory search): adds `searchIndex`, the saved token index of
    // the directory with the highest record version it reflects, so that a cold start
    // loads it and catches up from the tables' `version` index instead of rebuilding.
    // No upgrade(): the table starts empty and fills itself from the published tables.
    this.version(2).stores({
      searchIndex: '&key',
    });
  }

  /** The table that stores published records of `kind`. */
  published(kind: RecordKind): Table<StoredRecord, string> {
    return this.table(kind);
  }
}

export const db = new PasserelleDatabase();

/** True when `error` means the device ran out of storage quota. */
export function isQuotaError(error: unknown): boolean {
  const nameOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'name' in value ? (value as { name: unknown }).name : undefined;
  const inner = typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
  return [nameOf(error), nameOf(inner)].some(
    (name) => name === 'QuotaExceededError' || name === Dexie.errnames.QuotaExceeded,
  );
}

/** A plain IndexedDB connection; 'absent' when the database does not exist yet; null on failure. */
type EarlyConnection = IDBDatabase | 'absent' | null;

/**
 * Opens the device database with plain IndexedDB, without Dexie, to read a few rows
 * early (start-up, a screen's first render). It only reads: a database that does not
 * exist yet is not created (Dexie creates it, with its schema), and the connection closes
 * when Dexie asks for an upgrade.
 */
function openForEarlyRead(name: string): Promise<EarlyConnection> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      // No database yet: nothing stored. Abort so that no empty database is left behind.
      request.transaction?.abort();
      resolve('absent');
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null); // also after the abort above, which has already answered
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const database = request.result;
      database.onversionchange = () => database.close();
      resolve(database);
    };
  });
}

/** Runs `read` in one read-only transaction of `table`; its answer once the transaction completes, null on failure. */
async function readEarly<T>(name: string, table: string, absent: T, read: (store: IDBObjectStore) => () => T): Promise<T | null> {
  const connection = await openForEarlyRead(name);
  if (connection === 'absent' || connection === null) return connection === 'absent' ? absent : null;
  return new Promise((resolve) => {
    try {
      const transaction = connection.transaction(table, 'readonly');
      const answer = read(transaction.objectStore(table));
      transaction.oncomplete = () => {
        connection.close();
        resolve(answer());
      };
      transaction.onerror = transaction.onabort = () => {
        connection.close();
        resolve(null);
      };
    } catch {
      connection.close();
      resolve(null);
    }
  });
}

/** The rows of the `settings` table by key; null when they could not be read this way. */
export type SettingsRows = ReadonlyMap<string, unknown> | null;

/**
 * The `settings` rows read with plain IndexedDB, without opening Dexie: start-up needs
 * only these before its first render, and opening Dexie (its schema and twelve tables)
 * costs ~40 ms on a slow phone, which it then pays after the first paint (issue 8).
 * Empty when there is no database yet; null on any failure: callers then read through Dexie.
 */
export function readSettingsRows(name = DATABASE_NAME): Promise<SettingsRows> {
  return readEarly<ReadonlyMap<string, unknown>>(name, 'settings', new Map(), (store) => {
    const all = store.getAll();
    return () => new Map((all.result as SettingRow[]).map((row) => [row.key, row.value]));
  });
}

/**
 * Rows of the saved search indexes (`searchIndex`) by key, read with plain IndexedDB; each
 * value is taken from its request only when asked for. Chromium deserialises a stored
 * value when its request's `result` is first read, so a screen can fetch a large row
 * early and pay for decoding it later, after its first paint (the directory: issue 8).
 * Undefined values when there is no database yet; null on any failure.
 */
export function readSearchIndexRowsEarly(keys: readonly string[], name = DATABASE_NAME): Promise<(() => unknown)[] | null> {
  return readEarly<(() => unknown)[]>(
    name,
    'searchIndex',
    keys.map(() => () => undefined),
    (store) => {
      const requests = keys.map((key) => store.get(key));
      return () => requests.map((request) => () => request.result as unknown);
    },
  );
}

export { liveQuery } from 'dexie';
export { useLiveQuery } from 'dexie-react-hooks';

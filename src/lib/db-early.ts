/**
 * The part of the device database that start-up opens before Dexie is loaded (issue 8):
 * plain IndexedDB reads of a few rows, and what a failed write means. It imports no code,
 * so the entry chunk can use it and leave Dexie (~80 KB minified) to load after the first
 * paint. Everything else goes through `db.ts`, which re-exports these.
 */

import type { SettingRow } from './db.ts';

// DO NOT RENAME: renaming the database would orphan every device's data.
export const DATABASE_NAME = 'passerelle';

/** True when `error` means the device ran out of storage quota. */
export function isQuotaError(error: unknown): boolean {
  const nameOf = (value: unknown) =>
    typeof value === 'object' && value !== null && 'name' in value ? (value as { name: unknown }).name : undefined;
  const inner = typeof error === 'object' && error !== null ? (error as { inner?: unknown }).inner : undefined;
  // Dexie's own error for it has the same name, with the browser's error as `inner`.
  return [nameOf(error), nameOf(inner)].some((name) => name === 'QuotaExceededError');
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


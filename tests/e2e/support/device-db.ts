/**
 * Raw reads of the device database from a page of the app's origin: what a test or a
 * benchmark checks the app stored, without going through the app. A database or table
 * that does not exist reads as empty, and is never created by the read.
 */
import type { Page } from '@playwright/test';

type Read = { kind: 'get'; key: string } | { kind: 'count' } | { kind: 'all' };

function readStore(page: Page, store: string, read: Read): Promise<unknown> {
  return page.evaluate(
    ({ store, read }) =>
      new Promise<unknown>((resolve, reject) => {
        const empty = read.kind === 'count' ? 0 : read.kind === 'all' ? [] : undefined;
        const open = indexedDB.open('passerelle');
        open.onupgradeneeded = () => open.transaction?.abort(); // no database: leave none behind
        open.onerror = (event) => {
          event.preventDefault();
          resolve(empty);
        };
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains(store)) {
            database.close();
            resolve(empty);
            return;
          }
          const table = database.transaction(store).objectStore(store);
          const request = read.kind === 'get' ? table.get(read.key) : read.kind === 'count' ? table.count() : table.getAll();
          request.onsuccess = () => {
            database.close();
            resolve(request.result);
          };
          request.onerror = () => {
            database.close();
            reject(request.error ?? new Error(`cannot read ${store}`));
          };
        };
      }),
    { store, read },
  );
}

/** The row of `store` under `key`, or undefined. */
export function storedRow<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  return readStore(page, store, { kind: 'get', key }) as Promise<T | undefined>;
}

/** How many rows `store` holds. */
export function storedCount(page: Page, store: string): Promise<number> {
  return readStore(page, store, { kind: 'count' }) as Promise<number>;
}

/** Every row of `store`. */
export function storedRows<T>(page: Page, store: string): Promise<T[]> {
  return readStore(page, store, { kind: 'all' }) as Promise<T[]>;
}

/**
 * Puts a content pack's records into the page's IndexedDB, as the sync engine would leave
 * them (rows `{id, version, data}` in the tables of their kind, versions increasing).
 *
 * TODO(sync engine, issue 3): once it lands, import the pack on the server with the
 * content CLI and let the app pull it instead; until then the rows are written directly.
 */
import type { Page } from '@playwright/test';
import type { ContentPack } from '../../../src/shared/content-pack.ts';

interface Row {
  kind: string;
  id: string;
  version: number;
  data: unknown;
}

export function packRows(pack: ContentPack, firstVersion = 1): Row[] {
  return pack.records.map((record, index) => ({ kind: record.kind, id: record.id, version: firstVersion + index, data: record.data }));
}

/** Writes `rows` in chunks (one transaction each) into the app's own database. */
export async function seedRows(page: Page, rows: readonly Row[], chunkSize = 2000): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    await page.evaluate(async (batch) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('passerelle');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('cannot open the database'));
      });
      await new Promise<void>((resolve, reject) => {
        const transaction = database.transaction(['service', 'organization', 'location'], 'readwrite');
        for (const row of batch) transaction.objectStore(row.kind).put({ id: row.id, version: row.version, data: row.data });
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
      });
      database.close();
    }, chunk);
  }
}

/** The version the saved search index reflects, or null when there is none yet. */
export async function savedIndexVersion(page: Page): Promise<number | null> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('passerelle');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open'));
    });
    const row = await new Promise<{ meta?: { version?: number } } | undefined>((resolve) => {
      const request = database.transaction('searchIndex').objectStore('searchIndex').get('directory');
      request.onsuccess = () => resolve(request.result as { meta?: { version?: number } } | undefined);
      request.onerror = () => resolve(undefined);
    });
    database.close();
    return row?.meta?.version ?? null;
  });
}

/** Waits until the app has saved a search index reflecting `version`. */
export async function waitForSavedIndex(page: Page, version: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await savedIndexVersion(page)) !== version) {
    if (Date.now() > deadline) throw new Error(`the search index was not saved at version ${version}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Puts the articles pack straight into the device database, the way the sync engine will
 * (same table, same row shape), so the article pages can be tested before sync lands.
 * Call it once the app has opened its database, then load a page: Dexie does not see
 * writes made by another connection until it reads again.
 */
import type { Page } from '@playwright/test';
import { articlesPack } from '../../../src/content/articles/index.ts';
import type { ArticleData } from '../../../src/shared/kinds/article.ts';

export const ARTICLES = articlesPack().records.map((record) => ({ id: record.id, data: record.data as ArticleData }));

export async function seedArticles(page: Page): Promise<void> {
  const rows = ARTICLES.map((article, index) => ({ id: article.id, version: index + 1, data: article.data }));
  await page.evaluate(async (records) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('passerelle');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction('article', 'readwrite');
      for (const record of records) transaction.objectStore('article').put(record);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    database.close();
  }, rows);
}

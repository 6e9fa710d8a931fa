/** Small page helpers for the women's-side e2e specs. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { languageMetaSchema, type LanguageMeta } from '../../../src/shared/language-schemas.ts';

/** Every language the build offers (locales/<lng>/meta.json): the 16 once the translators are done. */
export const UI_LANGUAGES: readonly (LanguageMeta & { code: string })[] = readdirSync('locales')
  .filter((code) => {
    try {
      readFileSync(path.join('locales', code, 'meta.json'));
      return true;
    } catch {
      return false;
    }
  })
  .map((code) => ({ code, ...languageMetaSchema.parse(JSON.parse(readFileSync(path.join('locales', code, 'meta.json'), 'utf8'))) }));

/** Writing direction of a content language, from its meta.json, else from the script. */
export function directionOfLanguage(code: string): 'ltr' | 'rtl' {
  return UI_LANGUAGES.find((language) => language.code === code)?.dir ?? (['ar', 'fa', 'ur', 'he', 'ps'].includes(code) ? 'rtl' : 'ltr');
}

/**
 * Merges `patch` into the device settings row, as the settings screen would. The app must
 * have opened its database already; load a page afterwards so that it reads them. Like
 * every write through the app's database, it drops start-up's copy of the settings
 * (src/lib/db-snapshot.ts), so that the next start reads them from IndexedDB. It writes
 * from a page without the app: an app page may be rewriting that copy from what it read
 * just before, and only the app's own writes tell it that it is stale.
 */
export async function patchSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.goto(new URL('/robots.txt', page.url()).href);
  await page.evaluate(async (changes) => {
    localStorage.removeItem('passerelle:settings');
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('passerelle');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const store = () => database.transaction('settings', 'readwrite').objectStore('settings');
    const current = await new Promise<{ value?: Record<string, unknown> } | undefined>((resolve) => {
      const request = store().get('device');
      request.onsuccess = () => resolve(request.result as { value?: Record<string, unknown> } | undefined);
    });
    const defaults = {
      schemaVersion: 1,
      language: null,
      textScale: 1,
      highContrast: false,
      reducedMotion: false,
      isSetUp: false,
      isDiscreet: false,
      exitUrl: null,
      isQuickExitProminent: false,
      areCasesAllowed: true,
      autoLockMinutes: 15,
    };
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction('settings', 'readwrite');
      transaction.objectStore('settings').put({ key: 'device', value: { ...defaults, ...current?.value, ...changes } });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    database.close();
  }, patch);
}

/** What remains of Passerelle in this browser profile, seen from a same-origin page. */
export async function leftovers(page: Page): Promise<{ databases: string[]; caches: string[]; workers: number }> {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

/**
 * "Erase everything on this device" (settings; SAFETY.md rule 9: an erase erases). Deletes
 * the IndexedDB database, every Cache Storage cache, localStorage and sessionStorage, and
 * unregisters the service workers. Each step runs even when an earlier one failed, and
 * the result says which ones did not finish so that the screen never claims more than
 * was done. What a browser cannot erase (history entries, downloads) stays; the UI says so.
 */
import { db } from './db.ts';

export type EraseStep = 'database' | 'caches' | 'localStorage' | 'sessionStorage' | 'serviceWorkers';

export interface EraseResult {
  failed: EraseStep[];
}

async function attempt(step: EraseStep, run: () => Promise<unknown> | unknown, failed: EraseStep[]): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.error(`Erasing ${step} failed.`, error);
    failed.push(step);
  }
}

export async function eraseDevice(): Promise<EraseResult> {
  const failed: EraseStep[] = [];
  // Dexie closes the connection and keeps it closed (no auto-reopen by a live query).
  await attempt('database', () => db.delete(), failed);
  await attempt(
    'caches',
    async () => {
      if (typeof caches === 'undefined') return;
      for (const name of await caches.keys()) await caches.delete(name);
    },
    failed,
  );
  await attempt('localStorage', () => localStorage.clear(), failed);
  await attempt('sessionStorage', () => sessionStorage.clear(), failed);
  await attempt(
    'serviceWorkers',
    async () => {
      if (!('serviceWorker' in navigator)) return;
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    },
    failed,
  );
  return { failed };
}

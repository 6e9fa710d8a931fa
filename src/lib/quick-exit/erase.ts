/**
 * "Exit and erase" (SAFETY.md rules 4 and 9): quick exit that also deletes everything
 * Passerelle keeps on this device — IndexedDB, Cache Storage, local and session storage,
 * the service worker. It cannot erase the browser's history; the UI says so.
 *
 * Going to a site, everything is erased here before leaving (`eraseDevice`). Going to the
 * local neutral page, the page can only open offline from the service worker's cache, so
 * the cache and the worker cannot go first: the app erases the database and storage,
 * marks the tab (window.name survives a same-origin navigation), and the local page's own
 * script (public/recettes.js) removes the cache and the worker once served from them.
 */
import { db } from '../db.ts';
import { eraseDevice } from '../device-erase.ts';
import { blankScreen, clearSessionState, LOCAL_EXIT_PAGE, quickExit, replaceLocation, type ReplaceLocation } from './exit.ts';

/** Read by public/recettes.js. DO NOT CHANGE one without the other. */
export const ERASE_REQUEST_MARK = 'clear-site-data';

/** Erasing must never keep her on the page: whatever is slower than this is abandoned. */
const ERASE_TIMEOUT_MS = 3000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

/** Erases what can go before the local page is served: the database and web storage. */
async function eraseAllButOfflineShell(): Promise<void> {
  // Dexie closes the connection and keeps it closed (no live query reopens it).
  await db.delete();
  for (const storage of [window.localStorage, window.sessionStorage]) {
    try {
      storage.clear();
    } catch {
      // Storage may be disabled; there is nothing in it then.
    }
  }
}

export interface EraseOptions {
  replace?: ReplaceLocation;
  /** The erasing itself; injectable for tests. */
  erase?: (destination: string) => Promise<unknown>;
}

function defaultErase(destination: string): Promise<unknown> {
  if (destination !== LOCAL_EXIT_PAGE) return eraseDevice();
  window.name = ERASE_REQUEST_MARK;
  return eraseAllButOfflineShell();
}

export async function eraseAndExit(destination: string, options: EraseOptions = {}): Promise<void> {
  const { replace = replaceLocation, erase = defaultErase } = options;
  blankScreen();
  clearSessionState();
  await within(
    erase(destination).catch((error: unknown) => console.error('Erasing failed in part; leaving anyway.', error)),
    ERASE_TIMEOUT_MS,
  );
  quickExit(destination, replace);
}

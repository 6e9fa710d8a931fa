/**
 * "Exit and erase" (SAFETY.md rules 4 and 9): quick exit that also deletes everything
 * Passerelle keeps on this device — IndexedDB, Cache Storage, local and session storage,
 * the service worker. It cannot erase the browser's history; the UI says so.
 *
 * Offline, the local neutral page can only open from the service worker's cache, so the
 * cache and the worker cannot be removed before leaving. The app then erases its data,
 * marks the tab (window.name survives a same-origin navigation), and the local page's
 * own script removes the cache and the worker once it has been served from them.
 */
import { db } from '../db.ts';
import { blankScreen, clearSessionState, LOCAL_EXIT_PAGE, quickExit, replaceLocation, type ReplaceLocation } from './exit.ts';

/** Read by public/recettes.js. DO NOT CHANGE one without the other. */
export const ERASE_REQUEST_MARK = 'clear-site-data';

/** Erasing must never keep her on the page: whatever is slower than this is abandoned. */
const ERASE_TIMEOUT_MS = 3000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms))]);
}

export async function clearCacheStorage(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const keys = await caches.keys();
  await Promise.all(keys.map((key) => caches.delete(key)));
}

export async function unregisterServiceWorkers(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registrations = await navigator.serviceWorker.getRegistrations();
  await Promise.all(registrations.map((registration) => registration.unregister()));
}

export interface EraseOptions {
  replace?: ReplaceLocation;
  /** Deletes the device database; Dexie's delete() also stops it from reopening. */
  deleteDatabase?: () => Promise<unknown>;
}

export async function eraseAndExit(destination: string, options: EraseOptions = {}): Promise<void> {
  const { replace = replaceLocation, deleteDatabase = () => db.delete() } = options;
  blankScreen();
  clearSessionState();
  try {
    window.localStorage.clear();
  } catch {
    // Storage may be disabled; there is nothing in it then.
  }
  const erasing = [deleteDatabase()];
  if (destination === LOCAL_EXIT_PAGE) window.name = ERASE_REQUEST_MARK;
  else erasing.push(clearCacheStorage(), unregisterServiceWorkers());
  await within(
    Promise.all(erasing).catch((error: unknown) => console.error('Erasing failed in part; leaving anyway.', error)),
    ERASE_TIMEOUT_MS,
  );
  quickExit(destination, replace);
}

/**
 * Session reset: the end of one person's visit on a shared tablet (SAFETY.md rule 8).
 * The next person must find the tablet as the organisation left it: home page, the
 * tablet's language, normal text size, no open dialog, nothing typed, no session state.
 *
 * How a feature takes part (e.g. screening drops an unsaved screening):
 *   - `onSessionReset((reason) => ...)` returns an unsubscribe function (plain modules);
 *   - `useOnSessionReset((reason) => ...)` in a component;
 *   - or listen to the window event `passerelle:session-reset` (`CustomEvent<{ reason }>`).
 * Listeners run first, synchronously, while the current page is still mounted; they must
 * only drop state, never ask the person anything. Then the app clears sessionStorage,
 * closes native dialogs, remounts every page component (so React state is gone, see
 * `useSessionEpoch`), goes home, and restores the tablet's language and text size.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { i18next } from './i18n/index.ts';
import { pickLanguage } from './i18n/languages.ts';
import { navigate } from './router.ts';
import { updateSettings } from './settings.ts';
import { loadTabletState } from './tablet.ts';

export type SessionResetReason = 'idle' | 'manual';
export type SessionResetListener = (reason: SessionResetReason) => void;

export const SESSION_RESET_EVENT = 'passerelle:session-reset';

const listeners = new Set<SessionResetListener>();
const epochListeners = new Set<() => void>();
let epoch = 0;

/** Calls `listener` at every session reset; returns the function that stops it. */
export function onSessionReset(listener: SessionResetListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** `onSessionReset` for components: the latest `listener` runs, for as long as the component is mounted. */
export function useOnSessionReset(listener: SessionResetListener): void {
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  }, [listener]);
  useEffect(() => onSessionReset((reason) => ref.current(reason)), []);
}

/** A number that changes at every reset: the app keys its page tree on it to drop all React state. */
export function useSessionEpoch(): number {
  return useSyncExternalStore(
    (listener) => {
      epochListeners.add(listener);
      return () => epochListeners.delete(listener);
    },
    () => epoch,
    () => epoch,
  );
}

/** Ends the current visit (see the module comment for what that does and in which order). */
export async function resetSession(reason: SessionResetReason): Promise<void> {
  for (const listener of [...listeners]) {
    try {
      listener(reason);
    } catch (error) {
      // One feature's failure must not leave the previous visit on screen.
      console.error('A session-reset listener failed.', error);
    }
  }
  window.dispatchEvent(new CustomEvent(SESSION_RESET_EVENT, { detail: { reason } }));
  for (const dialog of document.querySelectorAll('dialog[open]')) (dialog as HTMLDialogElement).close();
  try {
    sessionStorage.clear();
  } catch (error) {
    console.warn('Session storage could not be cleared.', error);
  }
  epoch += 1;
  for (const listener of epochListeners) listener();
  navigate('/', { replace: true });
  window.scrollTo?.(0, 0);

  const { config } = await loadTabletState();
  const language = pickLanguage([config.defaultLanguage, ...navigator.languages]);
  await i18next.changeLanguage(language);
  await updateSettings({ language: config.defaultLanguage, textScale: 1 }).catch((error: unknown) => {
    console.error('The display settings could not be reset.', error);
  });
}

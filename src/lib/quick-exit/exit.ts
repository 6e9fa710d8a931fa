/**
 * Quick exit (SAFETY.md rule 4): blank the page at once, clear session state, replace the
 * current history entry and go somewhere neutral. Kept tiny and free of React: the app
 * layout loads it on every page.
 */

/** The neutral page that ships with the app (public/), precached: it opens offline. */
export const LOCAL_EXIT_PAGE = '/recettes.html';

/** How the page leaves; `location.replace` so that Back does not return here. */
export type ReplaceLocation = (url: string) => void;

export const replaceLocation: ReplaceLocation = (url) => window.location.replace(url);

/**
 * Where quick exit goes: the neutral site chosen in settings when the device is online,
 * the local page otherwise (offline, a site would show the browser's error page).
 */
export function exitDestination(exitUrl: string | null, isOnline: boolean): string {
  return isOnline && exitUrl ? exitUrl : LOCAL_EXIT_PAGE;
}

/** Hides everything now, before anything slower runs. CSSOM writes are allowed by the CSP. */
export function blankScreen(): void {
  document.documentElement.style.background = '#ffffff';
  document.body.style.visibility = 'hidden';
  document.title = '';
}

/**
 * Forgets this visit: session storage and any voice reading aloud. In-memory state goes
 * with the document, which the navigation discards (and `pageshow` below keeps it from
 * coming back out of the back-forward cache).
 */
export function clearSessionState(): void {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage may be disabled; there is nothing in it then.
  }
  window.speechSynthesis?.cancel();
}

let exitedTo: string | null = null;

function leaveAgainIfRestored(event: PageTransitionEvent): void {
  // A page restored from the back-forward cache after an exit must not show again.
  if (event.persisted && exitedTo) {
    blankScreen();
    window.location.replace(exitedTo);
  }
}

/** Leaves now. Synchronous on purpose: nothing may delay the blank screen or the exit. */
export function quickExit(destination: string, replace: ReplaceLocation = replaceLocation): void {
  blankScreen();
  clearSessionState();
  if (!exitedTo) window.addEventListener('pageshow', leaveAgainIfRestored);
  exitedTo = destination;
  replace(destination);
}

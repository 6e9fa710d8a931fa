/**
 * A small client-side router over the History API. The app has a handful of flat routes;
 * this keeps the entry chunk small and leaves no router state outside the URL, so that
 * every screen can be deep-linked and reloaded offline.
 */
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
let hasNavigated = false;

function notify(): void {
  hasNavigated = true;
  for (const listener of listeners) listener();
}

/** True once the user moved inside the app (link, back or forward) since the page loaded. */
export function hasNavigatedInApp(): boolean {
  return hasNavigated;
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

/** Goes to `to` (a same-origin path) without reloading the page. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  notify();
}

export interface AppLocation {
  pathname: string;
  searchParams: URLSearchParams;
}

/** The current path and query; re-renders on navigation and on back/forward. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref, () => '/');
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, searchParams: url.searchParams };
}

export type RouteParams = Record<string, string>;

/**
 * Matches `pathname` against a pattern such as `/directory/:id`. Returns the decoded
 * params, or null. A trailing slash is ignored.
 */
export function matchPath(pattern: string, pathname: string): RouteParams | null {
  const split = (path: string) => path.split('/').filter(Boolean);
  const expected = split(pattern);
  const actual = split(pathname);
  if (expected.length !== actual.length) return null;
  const params: RouteParams = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) {
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (part !== value) {
      return null;
    }
  }
  return params;
}

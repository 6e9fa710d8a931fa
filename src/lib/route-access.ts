/**
 * Which routes are "women's pages" (CONTRACTS.md). Every other page is an intervenor
 * page: hidden on a women-only shared tablet (SAFETY.md rule 8) and behind the
 * intervenor lock. It is an allow-list on purpose: a page added later is closed on a
 * women-only tablet until someone lists it here, which fails safe.
 */
import { matchPath } from './router.ts';

export const WOMENS_PAGES: readonly string[] = [
  '/',
  '/info',
  '/info/:slug',
  '/safety',
  '/directory',
  '/directory/:id',
  '/interpretation',
  '/settings',
  '/setup',
];

/** True when `pathname` is a page a woman may open on any device, whatever its mode. */
export function isWomensPage(pathname: string): boolean {
  return WOMENS_PAGES.some((pattern) => matchPath(pattern, pathname) !== null);
}

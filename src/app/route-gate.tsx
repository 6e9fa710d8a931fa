import { lazy, type ReactNode } from 'react';
import { useCheckedSettings } from '../lib/settings.ts';
import { useLockStatus } from '../lib/lock.ts';
import { isWomensPage } from '../lib/route-access.ts';
import { isWomenOnly, useTabletState } from '../lib/tablet.ts';
import { Loading } from './loading.tsx';

const SetupPage = lazy(() => import('../features/tablet/components/setup-page.tsx'));
const UnavailablePage = lazy(() => import('../features/tablet/components/unavailable-page.tsx'));
const LockScreen = lazy(() => import('../features/tablet/components/lock-screen.tsx'));

/**
 * Decides whether the page for `pathname` may show (SAFETY.md rule 8), checked on every
 * render so deep links are covered:
 *   1. not set up yet (or settings unreadable) → the first-run set-up, shown in place of
 *      the home page and of intervenor pages (no redirect: a stale read can never loop);
 *      women's pages always open, so the set-up never holds back information;
 *   2. women-only shared tablet → intervenor pages show a neutral "not available" page,
 *      unknown paths too (so a tool's deep link is closed whether or not it exists yet);
 *   3. intervenor lock engaged → intervenor pages show the lock screen.
 * Intervenor pages wait for the stored state instead of flashing before a guard applies.
 */
export function RouteGate({ pathname, isKnownRoute, children }: { pathname: string; isKnownRoute: boolean; children: ReactNode }) {
  const settings = useCheckedSettings();
  const tablet = useTabletState();
  const lock = useLockStatus();
  const isOpenToAll = isWomensPage(pathname);
  const isLoading = !settings || !tablet;
  const needsSetUp = !isLoading && (!settings.isSetUp || tablet.isCorrupt);

  if (isOpenToAll && pathname !== '/') return children;
  if (isLoading) return <Loading />;
  if (isKnownRoute && needsSetUp) return <SetupPage />;
  if (isOpenToAll) return children;
  if (isWomenOnly(tablet.config)) return <UnavailablePage />;
  if (isKnownRoute && lock === 'locked') return <LockScreen />;
  return children;
}

/**
 * The route table. Paths are neutral words (SAFETY.md rule 7: nothing revealing in a
 * URL or a title that someone may read in the history). Each page is its own lazy chunk,
 * precached by the service worker so that deep links work offline.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchPath, type RouteParams } from '../lib/router.ts';

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType<{ params: RouteParams }>>;
}

export const ROUTES: readonly AppRoute[] = [
  { path: '/', page: lazy(() => import('../features/home/components/home-page.tsx')) },
  { path: '/tools', page: lazy(() => import('../features/home/components/tools-page.tsx')) },
  { path: '/info', page: lazy(() => import('../features/prevention/components/info-page.tsx')) },
  { path: '/info/:slug', page: lazy(() => import('../features/prevention/components/article-page.tsx')) },
  { path: '/safety', page: lazy(() => import('../features/prevention/components/safety-page.tsx')) },
  { path: '/settings', page: lazy(() => import('./settings-screen.tsx')) },
  { path: '/setup', page: lazy(() => import('../features/tablet/components/setup-page.tsx')) },
  { path: '/screening', page: lazy(() => import('../features/screening/components/screening-page.tsx')) },
  { path: '/trajectory', page: lazy(() => import('../features/trajectory/components/trajectory-page.tsx')) },
  { path: '/checklists/:id', page: lazy(() => import('../features/trajectory/components/checklist-page.tsx')) },
  { path: '/cases', page: lazy(() => import('../features/referral/components/cases-page.tsx')) },
  { path: '/cases/:id', page: lazy(() => import('../features/referral/components/case-page.tsx')) },
  { path: '/follow-ups', page: lazy(() => import('../features/referral/components/follow-ups-page.tsx')) },
];

export const NotFoundPage = lazy(() => import('./not-found-page.tsx'));

/** The route for `pathname`, with its params; undefined when none matches. */
export function resolveRoute(pathname: string): { route: AppRoute; params: RouteParams } | undefined {
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (params) return { route, params };
  }
  return undefined;
}

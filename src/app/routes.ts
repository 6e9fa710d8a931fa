/**
 * The route table. Paths are neutral words (SAFETY.md rule 7: nothing revealing in a
 * URL or a title that someone may read in the history). Each page is its own lazy chunk,
 * precached by the service worker so that deep links work offline.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { matchPath, type RouteParams } from '../lib/router.ts';

type PageModule = { default: ComponentType<{ params: RouteParams }> };

export interface AppRoute {
  path: string;
  page: LazyExoticComponent<ComponentType<{ params: RouteParams }>>;
  /** Starts loading the page's chunk ahead of its first render (see `preloadRoute`). */
  preload?: () => Promise<PageModule>;
}

/** A lazy page whose chunk can also be fetched before React asks for it. */
function lazyPage(load: () => Promise<PageModule>): Pick<AppRoute, 'page' | 'preload'> {
  return { page: lazy(load), preload: load };
}

export const ROUTES: readonly AppRoute[] = [
  { path: '/', ...lazyPage(() => import('../features/home/components/home-page.tsx')) },
  { path: '/tools', ...lazyPage(() => import('../features/home/components/tools-page.tsx')) },
  { path: '/info', ...lazyPage(() => import('../features/prevention/components/info-page.tsx')) },
  { path: '/info/:slug', ...lazyPage(() => import('../features/prevention/components/article-page.tsx')) },
  { path: '/safety', ...lazyPage(() => import('../features/prevention/components/safety-page.tsx')) },
  { path: '/settings', ...lazyPage(() => import('./settings-screen.tsx')) },
  { path: '/setup', ...lazyPage(() => import('../features/tablet/components/setup-page.tsx')) },
  { path: '/screening', ...lazyPage(() => import('../features/screening/components/screening-page.tsx')) },
  { path: '/trajectory', ...lazyPage(() => import('../features/trajectory/components/trajectory-page.tsx')) },
  { path: '/checklists/:id', ...lazyPage(() => import('../features/trajectory/components/checklist-page.tsx')) },
  { path: '/cases', ...lazyPage(() => import('../features/referral/components/cases-page.tsx')) },
  { path: '/cases/:id', ...lazyPage(() => import('../features/referral/components/case-page.tsx')) },
  { path: '/follow-ups', ...lazyPage(() => import('../features/referral/components/follow-ups-page.tsx')) },
  { path: '/directory', ...lazyPage(() => import('../features/directory/components/directory-page.tsx')) },
  { path: '/directory/:id', ...lazyPage(() => import('../features/directory/components/service-page.tsx')) },
  { path: '/interpretation', ...lazyPage(() => import('../features/directory/components/interpretation-page.tsx')) },
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

/**
 * Fetches the chunk of the page at `pathname` while start-up still reads settings and the
 * language catalog (issue 8, cold start): the page no longer waits for them to begin
 * loading. The module promise is shared with `lazy`, so nothing loads twice.
 */
export function preloadRoute(pathname: string): void {
  resolveRoute(pathname)
    ?.route.preload?.()
    .catch(() => {
      // The render that needs it retries, and the error boundary reports a failure.
    });
}

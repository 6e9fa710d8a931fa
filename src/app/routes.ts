/**
 * The route table. Paths are neutral words (SAFETY.md rule 7: nothing revealing in a
 * URL or a title that someone may read in the history). Each page but home is its own
 * lazy chunk, precached by the service worker so that deep links work offline.
 */
import { createElement, lazy, type ComponentType } from 'react';
import { i18next } from '../lib/i18n/index.ts';
import HomePage from '../features/home/components/home-page.tsx';
import { matchPath, type RouteParams } from '../lib/router.ts';

interface PageModule {
  default: ComponentType<{ params: RouteParams }>;
  /**
   * What the page's first screen reads from the device, started when its module loads.
   * Start-up renders once it is read (see `preloadRoute`), instead of rendering an empty
   * screen and then rendering again.
   */
  prepare?: () => Promise<unknown>;
}

export interface AppRoute {
  path: string;
  page: ComponentType<{ params: RouteParams }>;
  /** Starts loading the page's chunk ahead of its first render (see `preloadRoute`). */
  preload?: () => Promise<PageModule>;
  /** Catalog namespaces the page needs at its first render, loaded with it (no suspended first render). */
  namespaces?: readonly string[];
}

/**
 * A lazy page whose chunk can also be fetched before React asks for it. Once fetched, the
 * page renders at once instead of suspending: a suspended first render shows the loading
 * fallback, and React then holds the page back for its fallback throttle (~300 ms),
 * which measured as most of the directory's search-ready time after a cold start.
 */
function lazyPage(load: () => Promise<PageModule>): Pick<AppRoute, 'page' | 'preload'> {
  let loaded: PageModule | null = null;
  let pending: Promise<PageModule> | null = null;
  const preload = () => {
    pending ??= load().then(
      (module) => {
        loaded = module;
        return module;
      },
      (error: unknown) => {
        pending = null; // a later render may try again
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(preload);
  function Page(props: { params: RouteParams }) {
    return createElement(loaded ? loaded.default : Lazy, props);
  }
  return { page: Page, preload };
}

export const ROUTES: readonly AppRoute[] = [
  // In the entry chunk, not lazy: `/` is the installed app's start page, and a lazy chunk
  // reaches its first render through three main-thread tasks (body handed over, compiled,
  // module graph announced), each waiting behind the start-up's other work. Cold start at
  // CPU ×4, interleaved A/Bs of 15 runs: home −52 and −55 ms (both orders), directory
  // −37 ms (the heading, shared by most pages, comes along: 0.9 KB gzip in all).
  { path: '/', page: HomePage },
  { path: '/tools', ...lazyPage(() => import('../features/home/components/tools-page.tsx')), namespaces: ['directory', 'screening'] },
  { path: '/info', ...lazyPage(() => import('../features/prevention/components/info-page.tsx')), namespaces: ['prevention'] },
  { path: '/info/:slug', ...lazyPage(() => import('../features/prevention/components/article-page.tsx')), namespaces: ['prevention'] },
  { path: '/safety', ...lazyPage(() => import('../features/prevention/components/safety-page.tsx')), namespaces: ['prevention'] },
  { path: '/settings', ...lazyPage(() => import('./settings-screen.tsx')) },
  { path: '/setup', ...lazyPage(() => import('../features/tablet/components/setup-page.tsx')) },
  { path: '/screening', ...lazyPage(() => import('../features/screening/components/screening-page.tsx')) },
  { path: '/trajectory', ...lazyPage(() => import('../features/trajectory/components/trajectory-page.tsx')) },
  { path: '/checklists/:id', ...lazyPage(() => import('../features/trajectory/components/checklist-page.tsx')) },
  { path: '/cases', ...lazyPage(() => import('../features/referral/components/cases-page.tsx')) },
  { path: '/cases/:id', ...lazyPage(() => import('../features/referral/components/case-page.tsx')) },
  { path: '/follow-ups', ...lazyPage(() => import('../features/referral/components/follow-ups-page.tsx')) },
  { path: '/directory', ...lazyPage(() => import('../features/directory/components/directory-page.tsx')), namespaces: ['directory'] },
  { path: '/directory/:id', ...lazyPage(() => import('../features/directory/components/service-page.tsx')), namespaces: ['directory'] },
  { path: '/interpretation', ...lazyPage(() => import('../features/directory/components/interpretation-page.tsx')), namespaces: ['directory'] },
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
 * loading. The module promise is shared with `lazy`, so nothing loads twice. Resolves
 * once the page's `prepare` has read what its first screen shows: the directory's saved
 * first page, whose IndexedDB read a cold start otherwise paints a "loading" list for.
 */
export async function preloadRoute(pathname: string): Promise<void> {
  try {
    const module = await resolveRoute(pathname)?.route.preload?.();
    await module?.prepare?.();
  } catch {
    // The render that needs it retries, and the error boundary reports a failure.
  }
}

/** The catalog namespaces of the page at `pathname` (call once i18n is initialised). */
export async function preloadRouteNamespaces(pathname: string): Promise<void> {
  const namespaces = resolveRoute(pathname)?.route.namespaces;
  if (!namespaces) return;
  try {
    await i18next.loadNamespaces([...namespaces]);
  } catch {
    // The page's own useTranslation loads them again and reports a failure.
  }
}

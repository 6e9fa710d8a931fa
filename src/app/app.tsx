import { Suspense } from 'react';
import { useLocation } from '../lib/router.ts';
import { useSessionEpoch } from '../lib/session-reset.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { IntervenorLockTimer } from './intervenor-lock.tsx';
import { Layout } from './layout.tsx';
import { Loading } from './loading.tsx';
import { RouteGate } from './route-gate.tsx';
import { NotFoundPage, resolveRoute } from './routes.ts';
import { TabletIdleReset } from './tablet-idle-reset.tsx';
import { useDisplaySettings } from './use-display-settings.ts';

export function App() {
  const { pathname } = useLocation();
  useDisplaySettings();
  // A session reset remounts the page tree: no state of the last visit survives. The
  // layout stays mounted (its update prompt registers the service worker once).
  const sessionEpoch = useSessionEpoch();
  const match = resolveRoute(pathname);
  const Page = match?.route.page;
  return (
    <>
      <Layout pathname={pathname}>
        <ErrorBoundary key={sessionEpoch} resetKey={pathname}>
          <Suspense fallback={<Loading />}>
            <RouteGate pathname={pathname} isKnownRoute={Page !== undefined}>
              {Page ? <Page params={match.params} /> : <NotFoundPage />}
            </RouteGate>
          </Suspense>
        </ErrorBoundary>
      </Layout>
      <TabletIdleReset />
      <IntervenorLockTimer />
    </>
  );
}

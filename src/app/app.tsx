import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from '../lib/router.ts';
import { ErrorBoundary } from './error-boundary.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage, resolveRoute } from './routes.ts';
import { useDisplaySettings } from './use-display-settings.ts';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

export function App() {
  const { pathname } = useLocation();
  useDisplaySettings();
  const match = resolveRoute(pathname);
  const Page = match?.route.page;
  return (
    <Layout pathname={pathname}>
      <ErrorBoundary resetKey={pathname}>
        <Suspense fallback={<Loading />}>{Page ? <Page params={match.params} /> : <NotFoundPage />}</Suspense>
      </ErrorBoundary>
    </Layout>
  );
}

import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.tsx';
import { QuickExitBar } from '../features/prevention/components/quick-exit-bar.tsx';
import { useDiscreetFavicon } from '../features/prevention/use-discreet-favicon.ts';
import { afterNextPaint } from '../lib/after-paint.ts';
import { isWomensPage } from '../lib/route-access.ts';
import { isWomenOnly, useTabletState } from '../lib/tablet.ts';
import { AlertsRegion } from './alerts-region.tsx';
import { LanguagePicker } from './language-picker.tsx';
import { NetworkIndicator } from './network-indicator.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

// Its own chunk, so that the sync status and its catalog stay out of the entry chunk.
const SyncHeaderStatus = lazy(() => import('../features/sync-status/components/sync-header-status.tsx'));

/** False until the first screen has been painted. */
function useIsPainted(): boolean {
  const [isPainted, setIsPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setIsPainted(true)), []);
  return isPainted;
}

export function Layout({ children, pathname }: { children: ReactNode; pathname: string }) {
  const { t } = useTranslation();
  // The sync status loads its chunk, and Dexie with it, once the first screen is painted
  // (cold start, issue 8); the network indicator stands in for it until then.
  const isPainted = useIsPainted();
  useDiscreetFavicon();
  const tablet = useTabletState();
  // A women-only shared tablet does not even show the way to the intervenors' pages
  // (nor while its state is still unknown).
  const isRestricted = tablet ? isWomenOnly(tablet.config) : true;
  const links = [
    { href: '/', label: t('nav.home') },
    { href: '/tools', label: t('nav.tools') },
    { href: '/info', label: t('nav.info') },
    { href: '/settings', label: t('nav.settings') },
  ].filter((link) => !isRestricted || isWomensPage(link.href));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-row">
          <Link href="/" className="brand">
            {t('app.name')}
          </Link>
          {isPainted ? (
            <Suspense fallback={<NetworkIndicator />}>
              <SyncHeaderStatus />
            </Suspense>
          ) : (
            <NetworkIndicator />
          )}
          <LanguagePicker />
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="nav-list">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} aria-current={link.href === pathname ? 'page' : undefined}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {/* Right under the header, sticky: the header never slides beneath it. */}
      <QuickExitBar />
      <AlertsRegion />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <UpdatePrompt />
    </>
  );
}

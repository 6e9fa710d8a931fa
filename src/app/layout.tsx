import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/link.tsx';
import { QuickExitBar } from '../features/prevention/components/quick-exit-bar.tsx';
import { useDiscreetFavicon } from '../features/prevention/use-discreet-favicon.ts';
import { afterNextPaint, whenIdle } from '../lib/scheduling.ts';
import { isWomensPage } from '../lib/route-access.ts';
import { isWomenOnly, useTabletState } from '../lib/tablet.ts';
import { AlertsRegion } from './alerts-region.tsx';
import { LanguagePicker } from './language-picker.tsx';
import { NetworkIndicator } from './network-indicator.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

// Its own chunk, so that the sync status and its catalog stay out of the entry chunk.
const SyncHeaderStatus = lazy(() => import('../features/sync-status/components/sync-header-status.tsx'));

/** False until the first screen has been painted and the main thread is idle. */
function useIsSettled(): boolean {
  const [isSettled, setIsSettled] = useState(false);
  useEffect(() => {
    // Cancelled on unmount: a state update after it would reach a page (or a test) gone.
    let cancelIdle: (() => void) | undefined;
    const cancelPaint = afterNextPaint(() => (cancelIdle = whenIdle(() => setIsSettled(true))));
    return () => {
      cancelPaint();
      cancelIdle?.();
    };
  }, []);
  return isSettled;
}

export function Layout({ children, pathname }: { children: ReactNode; pathname: string }) {
  const { t } = useTranslation();
  // The sync status loads its chunk, and Dexie with it, once the first screen is painted
  // and the page idle (cold start, issue 8: not beside the directory's index decode);
  // the network indicator stands in for it until then.
  const isSettled = useIsSettled();
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
          <LanguagePicker />
          {/* Its own row, as tall as its tallest state: when it changes, nothing moves. */}
          <div className="header-status">
            {isSettled ? (
              <Suspense fallback={<NetworkIndicator />}>
                <SyncHeaderStatus />
              </Suspense>
            ) : (
              <NetworkIndicator />
            )}
          </div>
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

/** Entry point: read device settings, start i18n in the right language, render, then start sync. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/app.tsx';
import { guardPreloadErrors } from './app/preload-guard.ts';
import { preloadRoute, preloadRouteNamespaces } from './app/routes.ts';
import { purgeExpiredCases } from './lib/cases/purge.ts';
import { i18next, initI18n } from './lib/i18n/index.ts';
import { pickLanguage } from './lib/i18n/languages.ts';
import { isWomensPage } from './lib/route-access.ts';
import { whenIdle } from './lib/scheduling.ts';
import { loadStartUpSettings } from './lib/settings.ts';
import { loadStartUpTabletState } from './lib/tablet.ts';
import { readStartUpRows } from './app/start-up-rows.ts';
import './app/styles.css';

guardPreloadErrors();

/** Start-up milestones, read by `BENCH_DEBUG=1 npm run bench:coldstart` (issue 8). */
function mark(name: string): void {
  performance.mark(`start:${name}`);
}

async function start(): Promise<void> {
  mark('entry');
  // The page's chunk loads while settings are read (cold start, issue 8), and the first
  // render waits for it so that it does not suspend (see lazyPage in routes.ts). The
  // tablet state too: the first render must already know which doors are closed.
  const page = preloadRoute(location.pathname);
  const rows = await readStartUpRows(location.pathname);
  const [settings] = await Promise.all([loadStartUpSettings(rows), loadStartUpTabletState(rows)]);
  mark('settings');
  await Promise.all([initI18n(pickLanguage([settings.language, ...navigator.languages])).then(() => preloadRouteNamespaces(location.pathname)), page]);
  mark('ready');
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');
  const root = createRoot(container);
  // Not as a transition: rendered in one task, the first screen is painted ~0.05–0.08 s
  // sooner on a cold start at CPU ×4 (issue 8, BENCHMARKS.md). Slicing it let chunk loads
  // and IndexedDB callbacks in between its slices, and the task comes before the first
  // paint either way, so it does not count as blocking time.
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18next}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
  mark('rendered');
  // The referral cases, after the first render: expired ones are deleted (SAFETY.md rule
  // 3; reads skip them anyway) and the intervenor lock starts, as its own chunk. On an
  // intervenor page (where the lock screen may have to show) at once: render() only
  // schedules the first render and pages read cases in effects, after their first
  // commit, so the delete is queued before any such read. A women's page shows no case
  // and never locks: there, when the first screen is done.
  const startCases = () => {
    purgeExpiredCases().catch((error: unknown) => console.warn('Expired cases could not be deleted.', error));
    import('./app/cases-lock.ts').then(
      ({ startCasesLock }) => startCasesLock(),
      (error: unknown) => console.error('The intervenor lock could not start.', error),
    );
  };
  if (isWomensPage(location.pathname)) whenIdle(startCases);
  else startCases();
  // When the first screen is done (idle), so that loading the engine does not compete
  // with it for the CPU on a slow phone (measured by bench:coldstart).
  whenIdle(() =>
    import('./lib/sync/scheduler.ts').then(
      ({ startSyncScheduler }) => startSyncScheduler(),
      (error: unknown) => console.warn('Sync could not start; the app goes on with the data on this device.', error),
    ),
  );
}

void start();

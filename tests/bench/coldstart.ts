/**
 * `npm run bench:coldstart` (issue 8): the offline cold start of a device that holds
 * 10,000 services, in headless Chromium against the production build on the real server.
 *
 * Set-up, once: a browser profile on disk; the app is loaded until its service worker
 * controls it, the first-run set-up is answered (intervenor device), the first sync from
 * the server's default packs completes, then 10,000 generated services with their
 * organisations and locations are written into IndexedDB (search-support/seed.ts, with
 * versions above the sync checkpoint, as a later sync would leave them) and the directory
 * route is opened until the app has saved its search index for them.
 *
 * Each run: Chromium is started afresh on that profile (so the service worker, IndexedDB
 * and the page all start cold, as after a phone's browser was closed), the network is
 * offline (`context.setOffline(true)`), the page's CPU is throttled ×4
 * (`Emulation.setCPUThrottlingRate` through CDP; the service worker's own thread is not
 * throttled, CDP throttles one target), and one route is loaded:
 *   - home: `/`, until its `<h1>` (in `section.home`) is in the DOM with a non-empty box;
 *   - directory: `/directory`, until the first `.result-card` is in the DOM AND the
 *     result count (`p.result-count`, the live region) announces a number.
 * What is timed: `performance.now()` in the page (its origin is the navigation start),
 * read by a MutationObserver installed before any app script (an init script), at the
 * first task after the next animation frame once the condition holds — i.e. once the
 * frame that shows it has been produced. Nothing about time is asserted.
 *
 * Options: `--no-build` reuses dist/; env `BENCH_RUNS` (default 5), `BENCH_SERVICES`
 * (default 10000), `BENCH_JSON` (results file, BENCH-CONTRACT.md), `BENCH_DEBUG=1`
 * (resource timings and start-up marks of each run), `BENCH_TRACE=<dir>` (a Chrome
 * trace of each run, for chrome://tracing or `npx tsx tests/bench/trace-summary.ts`),
 * `BENCH_PROFILE=<dir>` (keep the prepared profile there and reuse it on the next run,
 * with the server on port 4391: for trying changes quickly; a kept profile takes the
 * new build's service worker before the runs).
 * Targets: home ≤ 600 ms, directory ≤ 1000 ms (medians).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { generateDemoDirectory } from '../../src/content/directory/index.ts';
import { skipSetup, waitForServiceWorkerControl } from '../e2e/fixtures.ts';
import { storedCount, storedRow } from '../e2e/support/device-db.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { packRows, seedRows, waitForSavedIndex } from './search-support/seed.ts';
import { buildApp, startServer } from './search-support/server.ts';
import { median, printTable, writeBenchJson, type BenchRow } from './table.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const CPU_SLOWDOWN = 4;
const KEPT_PROFILE_PORT = 4391;
const TARGETS = { home: 600, directory: 1000 } as const;
export type Screen = keyof typeof TARGETS;
const PATHS: Record<Screen, string> = { home: '/', directory: '/directory' };

/**
 * Runs in the page before the app (plain JavaScript: an init script). Records, in
 * `window.__coldStart`, when each screen's condition first holds ("…Dom") and the first
 * task after the following animation frame (the reported figure), then logs
 * `cold-start:<screen>` for the bench to read them.
 */
const OBSERVER = `(() => {
  const result = {};
  window.__coldStart = result;
  const settle = (name) => {
    if (result[name + 'Dom'] !== undefined) return;
    result[name + 'Dom'] = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      result[name] = performance.now();
      console.debug('cold-start:' + name);
    }, 0));
  };
  const shown = (element) => { const box = element.getBoundingClientRect(); return box.width > 0 && box.height > 0; };
  const check = () => {
    const heading = document.querySelector('section.home h1');
    if (heading && shown(heading)) settle('home');
    const card = document.querySelector('.result-card');
    const count = document.querySelector('.directory p.result-count');
    if (card && shown(card) && count && /[0-9]/.test(count.textContent || '')) settle('directory');
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const args = new Set(process.argv.slice(2));

function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    serviceWorkers: 'allow',
    viewport: { width: 412, height: 823 },
  });
}

/** The sync checkpoint's content version once a sync has succeeded. */
async function syncedVersion(page: Page): Promise<number | null> {
  const row = await storedRow<{ value?: { contentVersion?: number; lastSuccessAt?: string | null } }>(page, 'meta', 'sync');
  return row?.value?.lastSuccessAt ? (row.value.contentVersion ?? 0) : null;
}

async function prepareProfile(profile: string, baseURL: string): Promise<void> {
  const context = await launch(profile, baseURL);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await skipSetup(page);
    let version: number | null = null;
    for (const deadline = Date.now() + 120_000; version === null; await page.waitForTimeout(100)) {
      if (Date.now() > deadline) throw new Error('the first sync did not complete within 120 s');
      version = await syncedVersion(page);
    }
    // Offline from here on: no later sync may change what the runs read.
    await context.setOffline(true);
    const pack = generateDemoDirectory({ services: SERVICES });
    const rows = packRows(pack, version + 1);
    console.log(`Writing ${rows.length} records (${SERVICES} services) into IndexedDB…`);
    await seedRows(page, rows);
    await page.goto('/directory');
    await waitForSavedIndex(page, version + rows.length, 300_000);
    await page.locator('.result-card').first().waitFor();
  } finally {
    await context.close();
  }
}

/** Starts a Chrome trace of the page; the returned function ends it and gives its events. */
async function startTrace(cdp: CDPSession): Promise<() => Promise<unknown[]>> {
  const events: unknown[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8.execute,disabled-by-default-devtools.timeline,blink.user_timing,loading,disabled-by-default-v8.cpu_profiler',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** A kept profile's service worker moves to the build on disk (as "Update now" does). */
export async function takeNewBuild(profile: string, baseURL: string): Promise<void> {
  const context = await launch(profile, baseURL);
  try {
    // No sync: this server is a new one, whose cursor secret would reset the device's data
    // to the default packs. Only the service worker script may come from the network.
    await context.route('**/api/**', (route) => route.abort());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (!registration) throw new Error('no service worker registration');
      await registration.update();
      const installing = registration.installing;
      if (installing) await new Promise<void>((resolve) => installing.addEventListener('statechange', () => installing.state === 'installed' && resolve()));
      const waiting = registration.waiting;
      if (!waiting) return;
      const changed = new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve()));
      waiting.postMessage({ type: 'SKIP_WAITING' });
      await changed;
    });
    // The new build runs twice, as on a device that has opened it before: Chromium makes
    // V8's code cache of a script on its second run within 72 h, and making it costs the
    // page ~65 ms at ×4 (`v8.produceModuleCache` of the entry). A fresh profile's set-up
    // runs the app twice too, so both kinds of profile start the timed runs with the cache.
    for (let load = 0; load < 2; load += 1) {
      await page.goto('/');
      await page.locator('section.home h1').waitFor();
      await page.waitForTimeout(500);
    }
    // The app may reload itself once the new service worker controls it: count from a
    // page without the app.
    await page.goto('/recettes.html');
    const services = await storedCount(page, 'service');
    if (services < SERVICES) throw new Error(`the kept profile holds ${services} services, not ${SERVICES}: delete ${profile} and run again`);
  } finally {
    await context.close();
  }
}

export async function measure(profile: string, baseURL: string, screen: Screen): Promise<{ shown: number; dom: number }> {
  const context = await launch(profile, baseURL);
  try {
    await context.setOffline(true);
    await context.addInitScript({ content: OBSERVER });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const trace = process.env.BENCH_TRACE ? await startTrace(cdp) : null;
    // Waiting on a console message, not polling with waitForFunction: Playwright's injected
    // script (compiled on its first evaluation, ~35 ms at ×4) would run on the page's main
    // thread in the middle of the start-up it measures.
    const settled = page.waitForEvent('console', { predicate: (message) => message.text() === `cold-start:${screen}`, timeout: 60_000 });
    await page.goto(PATHS[screen], { waitUntil: 'commit' });
    await settled;
    const figures = await page.evaluate((name) => {
      const result = (window as unknown as { __coldStart?: Record<string, number> }).__coldStart;
      return result?.[name] !== undefined ? { shown: result[name], dom: result[`${name}Dom`] as number } : null;
    }, screen);
    if (!figures) throw new Error(`no figures for ${screen}`);
    if (trace && process.env.BENCH_TRACE) {
      mkdirSync(process.env.BENCH_TRACE, { recursive: true });
      const file = path.join(process.env.BENCH_TRACE, `coldstart-${screen}-${Date.now()}.json`);
      writeFileSync(file, JSON.stringify({ traceEvents: await trace() }));
      console.log(`trace: ${file}`);
    }
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) throw new Error('the page was not served by the service worker');
    if (process.env.BENCH_DEBUG) {
      const entries = await page.evaluate(() =>
        [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource'), ...performance.getEntriesByType('mark')].map(
          (entry) => `${entry.entryType} ${entry.name.replace(location.origin, '')} start ${entry.startTime.toFixed(0)} end ${(entry.startTime + entry.duration).toFixed(0)}`,
        ),
      );
      console.log(`${screen}:\n  ${entries.join('\n  ')}`);
    }
    return figures;
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    console.log('Building the app (vite build)…');
    buildApp();
  }
  const keptProfile = process.env.BENCH_PROFILE;
  const server = await startServer(keptProfile ? KEPT_PROFILE_PORT : undefined);
  const profile = keptProfile ?? mkdtempSync(path.join(tmpdir(), 'passerelle-coldstart-'));
  const readyMarker = path.join(profile, 'passerelle-prepared');
  const results: Record<Screen, { shown: number[]; dom: number[] }> = { home: { shown: [], dom: [] }, directory: { shown: [], dom: [] } };
  try {
    if (!existsSync(readyMarker)) {
      await prepareProfile(profile, server.baseUrl);
      if (keptProfile) writeFileSync(readyMarker, new Date().toISOString());
    } else {
      await takeNewBuild(profile, server.baseUrl);
    }
    for (let run = 0; run < RUNS; run += 1) {
      for (const screen of ['home', 'directory'] as const) {
        const figures = await measure(profile, server.baseUrl, screen);
        results[screen].shown.push(figures.shown);
        results[screen].dom.push(figures.dom);
      }
    }
  } finally {
    await server.stop();
    if (!keptProfile) rmSync(profile, { recursive: true, force: true });
  }

  const round = (values: number[]) => values.map((value) => Math.round(value));
  const rows: BenchRow[] = [
    { metric: 'home rendered', unit: 'ms', values: round(results.home.shown), target: TARGETS.home, better: 'lower' },
    { metric: 'directory list rendered', unit: 'ms', values: round(results.directory.shown), target: TARGETS.directory, better: 'lower' },
    { metric: 'home h1 in the DOM', unit: 'ms', values: round(results.home.dom), target: null, better: 'lower' },
    { metric: 'directory cards and count in the DOM', unit: 'ms', values: round(results.directory.dom), target: null, better: 'lower' },
  ];
  console.log(`\nbench:coldstart — offline, CPU ×${CPU_SLOWDOWN}, ${SERVICES} services in IndexedDB, service worker in control; from navigation start`);
  printTable(
    ['metric', 'median', 'min', 'max', 'runs', 'target'],
    rows.map((row) => [
      row.metric,
      `${median(row.values)} ms`,
      `${Math.min(...row.values)} ms`,
      `${Math.max(...row.values)} ms`,
      String(row.values.length),
      row.target === null ? '' : `≤ ${row.target} ms`,
    ]),
  );
  writeBenchJson('coldstart', RUNS, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset) with the system Chromium against the
 * production build on the real server. Prints the four category scores per page.
 * Targets (issue 8): performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 90.
 *
 * The pages are those of a device in use, not of a first visit: before Lighthouse runs,
 * the same Chromium profile opens the app, its service worker takes control, the
 * first-run set-up is marked done, the first sync from the server's default packs
 * completes and the directory has built its search index. Lighthouse then keeps that
 * storage (`disableStorageReset`). Without this, `/` would show the set-up and the
 * resource and article pages would have no content yet.
 *
 * Pages: `LIGHTHOUSE_PAGES` (comma-separated), default home, directory, a resource of the
 * default demo directory and an article of the default articles pack. `BENCH_RUNS`
 * (default 1) runs per page; `BENCH_JSON` writes the scores (BENCH-CONTRACT.md).
 * `LIGHTHOUSE_DEBUG=1` prints the metrics and the audits behind the performance score;
 * `LIGHTHOUSE_TRACE=<dir>` writes the trace Lighthouse scored, per page and run.
 *
 * Each run starts a new Chromium on that profile, as the Lighthouse CLI does: the page
 * starts cold, like the app opened on a phone. Runs in one long-lived browser measured
 * the browser instead: DevTools walks the renderer's whole V8 heap when Lighthouse
 * attaches, and that heap held every earlier run's pages, a task of up to ~0.12 s before
 * the navigation that the ×4 simulation turned into ~0.3 s of blocking time on `/`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { patchSettings } from '../e2e/support/women.ts';
import { DEFAULT_ARTICLE_SLUG, DEFAULT_SERVICE_ID } from './default-content.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, startServer } from './server.ts';
import { median, printTable, writeBenchJson, type BenchRow } from './table.ts';

const PAGES = (process.env.LIGHTHOUSE_PAGES ?? `/,/directory,/directory/${DEFAULT_SERVICE_ID},/info/${DEFAULT_ARTICLE_SLUG}`).split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 90 };

/** Brings the profile to a synced, set-up device (see the header). */
async function prepareDevice(port: number, baseUrl: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0] ?? (await browser.newContext());
    // tsx keeps function names with a `__name` helper that the page does not have.
    await context.addInitScript({ content: 'window.__name = (target) => target;' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/directory`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
    await patchSettings(page, { isSetUp: true });
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('passerelle');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const request = open.result.transaction('meta').objectStore('meta').get('sync');
            request.onsuccess = () => resolve(Boolean((request.result as { value?: { lastSuccessAt?: string } } | undefined)?.value?.lastSuccessAt));
            request.onerror = () => resolve(false);
          };
        }),
      undefined,
      { timeout: 120_000, polling: 250 },
    );
    await page.goto(`${baseUrl}/directory`);
    await page.locator('.result-card').first().waitFor({ timeout: 120_000 });
    await page.close();
  } finally {
    // Disconnects Playwright only: the Chromium belongs to chrome-launcher.
    await browser.close();
  }
}

/**
 * Chromium on the profile for `task`, then closed through the DevTools protocol (not
 * killed), so that what the profile stored is on disk for the next launch.
 */
async function withChromium<T>(profile: string, task: (port: number) => Promise<T>): Promise<T> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, userDataDir: profile });
  try {
    return await task(chrome.port);
  } finally {
    const exited = new Promise((resolve) => chrome.process.once('exit', resolve));
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
      await (await browser.newBrowserCDPSession()).send('Browser.close');
    } catch {
      // Already gone: the kill below is harmless.
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    chrome.kill();
  }
}

const server = await startServer(Number(process.env.PORT ?? 4390));
const profile = mkdtempSync(path.join(tmpdir(), 'passerelle-lighthouse-'));
const scores = new Map<string, number[]>();
const failing: string[] = [];
try {
  await withChromium(profile, (port) => prepareDevice(port, server.baseUrl));
  for (const page of PAGES) {
    for (let run = 0; run < RUNS; run += 1) {
      const result = await withChromium(profile, (port) =>
        lighthouse(`${server.baseUrl}${page}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          disableStorageReset: true,
        }),
      );
      const categories = result?.lhr.categories ?? {};
      if (process.env.LIGHTHOUSE_TRACE) {
        const trace = (result?.artifacts as { Trace?: unknown } | undefined)?.Trace;
        mkdirSync(process.env.LIGHTHOUSE_TRACE, { recursive: true });
        writeFileSync(path.join(process.env.LIGHTHOUSE_TRACE, `lighthouse-${page.replaceAll('/', '_')}-${run}.json`), JSON.stringify(trace));
      }
      if (process.env.LIGHTHOUSE_DEBUG) {
        for (const id of ['metrics', 'inspector-issues', 'layout-shifts', 'errors-in-console', 'bootup-time', 'long-tasks']) {
          console.log(page, id, JSON.stringify(result?.lhr.audits[id]?.details ?? null).slice(0, 3000));
        }
      }
      for (const name of CATEGORIES) {
        const score = Math.round((categories[name]?.score ?? 0) * 100);
        const key = `${page}\t${name}`;
        scores.set(key, [...(scores.get(key) ?? []), score]);
        if (score >= TARGETS[name]) continue;
        for (const ref of categories[name]?.auditRefs ?? []) {
          const audit = result?.lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) {
            failing.push(`${page} ${name}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
  }
} finally {
  await server.stop();
  rmSync(profile, { recursive: true, force: true });
}

for (const line of new Set(failing)) console.log(`  ${line}`);
console.log(`\nLighthouse 12, mobile preset, system Chromium; a set-up, synced device; ${RUNS} run(s) per page (median)`);
printTable(
  ['page', ...CATEGORIES],
  PAGES.map((page) => [page, ...CATEGORIES.map((name) => String(median(scores.get(`${page}\t${name}`) ?? [])))]),
);
const below = PAGES.filter((page) => CATEGORIES.some((name) => median(scores.get(`${page}\t${name}`) ?? []) < TARGETS[name]));
if (below.length) console.log(`\n${below.length} page(s) below target (performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 90).`);

const rows: BenchRow[] = PAGES.flatMap((page) =>
  CATEGORIES.map((name) => ({ metric: `${page} ${name}`, unit: 'points', values: scores.get(`${page}\t${name}`) ?? [], target: TARGETS[name], better: 'higher' as const })),
);
writeBenchJson('lighthouse', RUNS, rows);

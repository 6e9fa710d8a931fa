/**
 * `npm run bench:sync` (issue 3): a generated directory of 10,000 services with their
 * organisations and locations, synced by the app in headless Chromium from the real
 * server. Measures the first full sync (time, bytes on the wire, peak JS heap), a delta
 * of 100 changes, and a sync with nothing new (304). Prints a table of medians.
 * Targets: first sync ≤ 5 s and ≤ 2 MB; delta ≤ 300 ms; no change ≤ 50 ms.
 *
 * Times come from the page's own clock: the first sync from the start of the navigation
 * (the app loads, then syncs) to the stored "last successful sync"; the others from the
 * click on "Sync now" to the stored checkpoint that shows the run. `BENCH_RUNS` (default
 * 5), `BENCH_SERVICES` (default 10,000), `BENCH_JSON=<file>` (results as JSON,
 * BENCH-CONTRACT.md), `PORT` (default 4391), `BENCH_SNAPSHOT_READY=0` (time a device that
 * syncs right after the publish, before the new snapshot is built: it is served the
 * previous one and pulls the rest; by default the run waits until the snapshot is current,
 * as the production server makes it at start and within a minute of each publish).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { generateDemoDirectory } from '../../src/content/directory/generate.ts';
import type { ContentPack } from '../../src/shared/content-pack.ts';
import { skipSetup } from '../e2e/fixtures.ts';
import { runContentCli } from '../helpers/content-cli.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { startServer } from './server.ts';
import { awaitCheckpoint, clickAndTime, installWatcher, readCheckpoint } from './sync-support/in-page.ts';
import { median, printTable, writeBenchJson, type BenchRow } from './table.ts';

/**
 * Waits until the server serves a snapshot of its current content. While a new one
 * builds it serves the previous one (src/server/snapshot.ts), so asking once is not
 * enough: the snapshot is current when a pull from its last cursor brings nothing.
 */
async function snapshotOfCurrentContent(baseUrl: string): Promise<void> {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
    const lines = (await (await fetch(`${baseUrl}/api/v1/snapshot`)).text()).trim().split('\n');
    const { cursor } = JSON.parse(lines.at(-1) ?? '{}') as { cursor?: string };
    const after = (await (await fetch(`${baseUrl}/api/v1/pull?limit=1&cursor=${encodeURIComponent(cursor ?? '')}`)).json()) as { changes?: unknown[] };
    if (after.changes?.length === 0) return;
  }
  throw new Error('the server did not serve a snapshot of its current content within 120 s');
}

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);

function writePack(pack: ContentPack): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'passerelle-bench-pack-')), `${pack.manifest.name}.json`);
  writeFileSync(file, JSON.stringify(pack));
  return file;
}

/** The same pack with 100 services changed (a new description), as an editor would publish. */
function deltaOf(pack: ContentPack, round: number): ContentPack {
  let changed = 0;
  const records = pack.records.flatMap((record) => {
    if (record.kind !== 'service' || changed >= 100) return [];
    changed += 1;
    const data = record.data as { description: Record<string, string> };
    return [{ ...record, data: { ...data, description: { ...data.description, fr: `${data.description.fr ?? ''} (mise à jour ${round})` } } }];
  });
  return { manifest: { ...pack.manifest, name: `bench-delta-${round}`, version: String(round) }, records };
}

const pack = generateDemoDirectory({ services: SERVICES, seed: 7 });
const counts = { service: 0, organization: 0, location: 0 };
for (const record of pack.records) if (record.kind in counts) counts[record.kind as keyof typeof counts] += 1;

const server = await startServer(Number(process.env.PORT ?? 4391));
const imported = await runContentCli(['import', writePack(pack)], server.dataDir);
if (imported.code !== 0) throw new Error(`import failed: ${imported.stderr}`);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const loadBefore = loadavg();
const SYNC_NOW = 'Synchroniser maintenant';

const first = { ms: [] as number[], bytes: [] as number[], heap: [] as number[], requests: [] as number[] };
const delta = { ms: [] as number[], bytes: [] as number[] };
const unchanged = { ms: [] as number[], isNotModified: [] as number[] };
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-CA' });
    // tsx keeps function names with a `__name` helper that the page does not have.
    await context.addInitScript({ content: 'window.__name = (target) => target;' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    const pullStatus = new Map<string, number>();
    let wireBytes = 0;
    let pulls = 0;
    cdp.on('Network.responseReceived', (event) => {
      // A first sync reads the snapshot (one download), later ones pull pages.
      if (/\/api\/v1\/(pull|snapshot)/.test(event.response.url)) pullStatus.set(event.requestId, event.response.status);
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (!pullStatus.has(event.requestId)) return;
      wireBytes += event.encodedDataLength;
      pulls += 1;
    });
    let peakHeap = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics');
        peakHeap = Math.max(peakHeap, metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();

    // Each run publishes a delta. The production server rebuilds the snapshot within a
    // minute (src/server/main.ts); BENCH_SNAPSHOT_READY=0 times a device that comes first.
    if (process.env.BENCH_SNAPSHOT_READY !== '0') await snapshotOfCurrentContent(server.baseUrl);
    await page.goto(`${server.baseUrl}/settings`);
    await page.evaluate(installWatcher);
    first.ms.push(await page.evaluate(awaitCheckpoint, { lastSuccessNot: null }));
    sampling = false;
    await sampler;
    first.bytes.push(wireBytes);
    first.heap.push(peakHeap);
    first.requests.push(pulls);

    // The settings page (with "Sync now") opens once the first-run set-up is answered.
    await skipSetup(page);
    await page.goto(`${server.baseUrl}/settings`);
    await page.getByRole('button', { name: SYNC_NOW }).waitFor();
    await page.evaluate(installWatcher);
    // The start-up sync of this page load must be over before anything is timed.
    await page.waitForTimeout(300);

    // A delta of 100 changed services, published with the CLI, pulled with "Sync now".
    const { contentVersion } = await page.evaluate(readCheckpoint);
    const changes = await runContentCli(['import', writePack(deltaOf(pack, run + 1))], server.dataDir);
    if (changes.code !== 0) throw new Error(`delta import failed: ${changes.stderr}`);
    wireBytes = 0;
    delta.ms.push(await page.evaluate(clickAndTime, { label: SYNC_NOW, goal: { minVersion: contentVersion + 100 } }));
    delta.bytes.push(wireBytes);

    // Nothing new: the app asks once, the server answers 304.
    await page.waitForTimeout(200);
    const { lastSuccessAt } = await page.evaluate(readCheckpoint);
    pullStatus.clear();
    unchanged.ms.push(await page.evaluate(clickAndTime, { label: SYNC_NOW, goal: { lastSuccessNot: lastSuccessAt } }));
    const statuses = [...pullStatus.values()];
    unchanged.isNotModified.push(statuses.length === 1 && statuses[0] === 304 ? 1 : 0);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const loadAfter = loadavg();
const kb = (bytes: number) => Math.round(bytes / 1024);
const rows: BenchRow[] = [
  { metric: 'first sync', unit: 'ms', values: first.ms.map(Math.round), target: 5000, better: 'lower' },
  { metric: 'first sync on the wire', unit: 'KB', values: first.bytes.map(kb), target: 2048, better: 'lower' },
  { metric: 'first sync peak JS heap', unit: 'MB', values: first.heap.map((bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10), target: null, better: 'lower' },
  { metric: 'delta of 100', unit: 'ms', values: delta.ms.map(Math.round), target: 300, better: 'lower' },
  { metric: 'delta on the wire', unit: 'KB', values: delta.bytes.map(kb), target: null, better: 'lower' },
  { metric: 'no change', unit: 'ms', values: unchanged.ms.map(Math.round), target: 50, better: 'lower' },
  { metric: 'no change answered 304', unit: '1/0', values: unchanged.isNotModified, target: 1, better: 'higher' },
];
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(' ');
console.log(`\nbench:sync — ${counts.service} services, ${counts.organization} organisations, ${counts.location} locations (+ default packs); median of ${RUNS} runs`);
console.log(`machine: ${cpus()[0]?.model ?? 'CPU'}, ${cpus().length} cores; Node ${process.version}; Chromium ${chromiumVersion}`);
console.log(`load average (1, 5, 15 min): before ${load(loadBefore)}, after ${load(loadAfter)}`);
printTable(
  ['measure', 'unit', 'median', 'runs', 'target'],
  [
    ...rows.map((row) => [
      row.metric,
      row.unit,
      String(median(row.values)),
      row.values.join(' '),
      row.target === null ? '' : `${row.better === 'lower' ? '≤' : '='} ${row.target}`,
    ]),
    ['first sync pull requests', '', String(median(first.requests)), first.requests.join(' '), ''],
  ],
);
writeBenchJson('sync', RUNS, rows);

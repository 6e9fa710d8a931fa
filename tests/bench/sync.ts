/**
 * `npm run bench:sync` (issue 3): a generated directory of 10,000 services with their
 * organisations and locations, synced by the app in headless Chromium from the real
 * server. Measures the first full sync (time, bytes on the wire, peak JS heap), a delta
 * of 100 changes, and a sync with nothing new (304). Prints a table of medians.
 * Targets: first sync ≤ 5 s and ≤ 2 MB; delta ≤ 300 ms; no change ≤ 50 ms.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { generateDemoDirectory } from '../../src/content/directory/generate.ts';
import type { ContentPack } from '../../src/shared/content-pack.ts';
import { skipSetup } from '../e2e/fixtures.ts';
import { runContentCli } from '../helpers/content-cli.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { startServer } from './server.ts';
import { median, printTable } from './table.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);

interface Checkpoint {
  contentVersion: number;
  lastSuccessAt: string | null;
}

/** The sync checkpoint as the app stored it (raw IndexedDB: the bench does not import app code into the page). */
function readCheckpoint(page: Page): Promise<Checkpoint> {
  return page.evaluate(
    () =>
      new Promise<Checkpoint>((resolve, reject) => {
        const open = indexedDB.open('passerelle');
        open.onerror = () => reject(open.error ?? new Error('no database'));
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('meta')) {
            database.close();
            resolve({ contentVersion: 0, lastSuccessAt: null });
            return;
          }
          const request = database.transaction('meta').objectStore('meta').get('sync');
          request.onsuccess = () => {
            const value = (request.result as { value?: Checkpoint } | undefined)?.value;
            database.close();
            resolve({ contentVersion: value?.contentVersion ?? 0, lastSuccessAt: value?.lastSuccessAt ?? null });
          };
          request.onerror = () => reject(request.error ?? new Error('no checkpoint'));
        };
      }),
  );
}

async function waitFor(page: Page, condition: (checkpoint: Checkpoint) => boolean): Promise<void> {
  for (;;) {
    if (condition(await readCheckpoint(page))) return;
    await page.waitForTimeout(5);
  }
}

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

const first = { ms: [] as number[], bytes: [] as number[], heap: [] as number[], requests: [] as number[] };
const delta: number[] = [];
const deltaBytes: number[] = [];
const unchanged: number[] = [];
const unchangedStatus: number[] = [];
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-CA' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    const pullUrls = new Map<string, string>();
    const pullStatus = new Map<string, number>();
    let wireBytes = 0;
    let pulls = 0;
    cdp.on('Network.responseReceived', (event) => {
      if (event.response.url.includes('/api/v1/pull')) {
        pullUrls.set(event.requestId, event.response.url);
        pullStatus.set(event.requestId, event.response.status);
      }
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (!pullUrls.has(event.requestId)) return;
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

    const start = Date.now();
    await page.goto(`${server.baseUrl}/settings`);
    await waitFor(page, (checkpoint) => checkpoint.lastSuccessAt !== null);
    first.ms.push(Date.now() - start);
    sampling = false;
    await sampler;
    first.bytes.push(wireBytes);
    first.heap.push(peakHeap);
    first.requests.push(pulls);

    // The settings page (with "Sync now") opens once the first-run set-up is answered.
    await skipSetup(page);
    await page.goto(`${server.baseUrl}/settings`);
    // A delta of 100 changed services, published with the CLI, pulled with "Sync now".
    const before = await readCheckpoint(page);
    const changes = await runContentCli(['import', writePack(deltaOf(pack, run + 1))], server.dataDir);
    if (changes.code !== 0) throw new Error(`delta import failed: ${changes.stderr}`);
    const syncNow = page.getByRole('button', { name: 'Synchroniser maintenant' });
    wireBytes = 0;
    const deltaStart = Date.now();
    await syncNow.click();
    await waitFor(page, (checkpoint) => checkpoint.contentVersion >= before.contentVersion + 100);
    delta.push(Date.now() - deltaStart);
    deltaBytes.push(wireBytes);

    // Nothing new: the app asks, the server answers 304.
    await page.waitForTimeout(200);
    const settled = await readCheckpoint(page);
    pullStatus.clear();
    const idleStart = Date.now();
    await syncNow.click();
    await waitFor(page, (checkpoint) => checkpoint.lastSuccessAt !== settled.lastSuccessAt);
    unchanged.push(Date.now() - idleStart);
    unchangedStatus.push(...pullStatus.values());
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(`\nbench:sync — ${counts.service} services, ${counts.organization} organisations, ${counts.location} locations (+ default packs); ${RUNS} runs; ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);
printTable(
  ['measure', 'median', 'target'],
  [
    ['first sync, time', `${median(first.ms)} ms`, '≤ 5000 ms'],
    ['first sync, bytes on the wire', kb(median(first.bytes)), '≤ 2048 KB'],
    ['first sync, pull requests', String(median(first.requests)), ''],
    ['first sync, peak JS heap', `${(median(first.heap) / 1024 / 1024).toFixed(1)} MB`, ''],
    ['delta of 100 changes, time', `${median(delta)} ms`, '≤ 300 ms'],
    ['delta of 100 changes, bytes', kb(median(deltaBytes)), ''],
    ['no change, time', `${median(unchanged)} ms`, '≤ 50 ms'],
    ['no change, HTTP status', [...new Set(unchangedStatus)].join(', '), '304'],
  ],
);

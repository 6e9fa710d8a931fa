import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '../../../src/lib/db.ts';
import { readCheckpoint } from '../../../src/lib/sync/checkpoint.ts';
import { startSyncScheduler, type SchedulerOptions } from '../../../src/lib/sync/scheduler.ts';
import { getSyncActivity, subscribeSyncActivity, syncNow, type SyncActivity } from '../../../src/lib/sync/status.ts';
import { runContentCli } from '../../helpers/content-cli.ts';
import { directoryPack } from '../../helpers/directory-records.ts';
import { startServerProcess, type ServerProcess } from '../../helpers/server-process.ts';

let server: ServerProcess;
let database: PasserelleDatabase;
let stop = () => {};
let isNetworkDown = false;
let isOnline = true;
let visibility: DocumentVisibilityState = 'visible';
let pulls = 0;
const seen: SyncActivity[] = [];

/** The network between the app and the real server, which a test can cut. */
const network: typeof fetch = async (input, init) => {
  if (String(input).includes('/api/v1/pull')) pulls += 1;
  if (isNetworkDown) throw new TypeError('Failed to fetch');
  return fetch(input, init);
};

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting until ${what}`);
}

const idle = () => getSyncActivity().phase === 'idle';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(options: SchedulerOptions = {}) {
  stop = startSyncScheduler({ database, fetch: network, baseUrl: server.base, retryDelay: () => 60 * 60_000, ...options });
}

beforeAll(async () => {
  server = await startServerProcess();
  const folder = `${server.dataDir}-packs`;
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/demo.json`, JSON.stringify(directoryPack('demo', 5)));
  expect((await runContentCli(['import', `${folder}/demo.json`], server.dataDir)).code).toBe(0);
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => isOnline });
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
});

afterAll(async () => {
  await server.stop();
});

let unsubscribe = () => {};
beforeEach(() => {
  database = new PasserelleDatabase(`scheduler-${crypto.randomUUID()}`);
  isNetworkDown = false;
  isOnline = true;
  visibility = 'visible';
  pulls = 0;
  seen.length = 0;
  unsubscribe = subscribeSyncActivity(() => seen.push(getSyncActivity()));
});

afterEach(async () => {
  await until(idle, 'the last run ended').catch(() => {});
  stop();
  unsubscribe();
  database.close();
});

describe('sync scheduler', () => {
  it('syncs at app start, showing a first sync with counts', async () => {
    start();
    await until(async () => (await readCheckpoint(database)).lastSuccessAt !== null && idle(), 'the first sync completed');
    expect(await database.service.count()).toBe(5);
    // The server also holds its default packs: count what it publishes instead of assuming.
    const { contentVersion } = (await (await fetch(`${server.base}/api/v1/status`)).json()) as { contentVersion: number };
    const firstSync = seen.filter((activity) => activity.phase === 'syncing' && activity.isFirstSync);
    expect(firstSync.at(-1)).toEqual({ phase: 'syncing', received: contentVersion, total: contentVersion, isFirstSync: true });
  });

  it('reports a failure, keeps the data, and retries after a delay', async () => {
    start({ retryDelay: () => 300 });
    await until(async () => idle() && (await database.service.count()) === 5, 'synced');
    isNetworkDown = true;
    syncNow();
    await until(() => getSyncActivity().phase === 'failed', 'the run failed');
    expect(getSyncActivity()).toMatchObject({ phase: 'failed', reason: 'network', retryAt: expect.any(Number) });
    expect(await database.service.count()).toBe(5);
    isNetworkDown = false;
    await until(idle, 'the retry succeeded');
  });

  it('syncs as soon as the browser is back online', async () => {
    isOnline = false;
    start();
    await pause(200);
    expect(pulls).toBe(0);
    isOnline = true;
    window.dispatchEvent(new Event('online'));
    await until(async () => idle() && (await database.service.count()) === 5, 'synced after coming online');
  });

  it('syncs on its interval only while the app is visible', async () => {
    start({ intervalMs: 100 });
    await until(async () => idle() && pulls > 0, 'synced at start');
    visibility = 'hidden';
    const hiddenFrom = pulls;
    await pause(450);
    expect(pulls).toBe(hiddenFrom);
    visibility = 'visible';
    await until(() => pulls > hiddenFrom + 1, 'synced on the interval again');
  });
});

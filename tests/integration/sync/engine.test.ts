// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PasserelleDatabase } from '../../../src/lib/db.ts';
import { readCheckpoint } from '../../../src/lib/sync/checkpoint.ts';
import { SyncError } from '../../../src/lib/sync/failure.ts';
import { deviceCopy, deviceVersions, serverCopy } from '../../helpers/device-copy.ts';
import { deletion, directoryPack, pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
import type { Fault, FaultProxy } from '../../helpers/fault-proxy.ts';
import { startSyncRig, type SyncRig } from '../../helpers/sync-rig.ts';
import type { TestServer } from '../../helpers/test-server.ts';

let rig: SyncRig;
let server: TestServer;
let proxy: FaultProxy;
let database: PasserelleDatabase;
let sync: SyncRig['sync'];
let publish: SyncRig['publish'];
const org = uuidFrom('a', 0);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

beforeEach(async () => {
  // 25 records: one organisation and 24 services, versions 1 to 25.
  rig = await startSyncRig({ name: 'engine', services: 24, pageSize: 10 });
  ({ server, proxy, database, sync, publish } = rig);
});

afterEach(() => rig.close());

async function failure(run: Promise<unknown>): Promise<SyncError> {
  const error = await run.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

describe('sync engine against the real server', () => {
  it('stores every record on a first sync, then is told 304 when nothing changed', async () => {
    expect(await sync()).toMatchObject({ pages: 3, received: 25, rejected: 0 });
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    expect(await sync()).toMatchObject({ pages: 0, isNotModified: true });
    expect(proxy.requests.at(-1)?.status).toBe(304);
    expect((await readCheckpoint(database)).lastSuccessAt).not.toBeNull();
  });

  it('is told 304 by the first check after a delta, in one request', async () => {
    await sync();
    await publish(pack('edit', [serviceRecord(uuidFrom('a', 3), org, 'Renommé')]));
    expect(await sync()).toMatchObject({ pages: 1, received: 1 });
    const before = proxy.requests.length;
    expect(await sync()).toMatchObject({ pages: 0, received: 0, isNotModified: true });
    expect(proxy.requests.slice(before).map((request) => request.status)).toEqual([304]);
  });

  it('brings updates and deletions in a later run', async () => {
    await sync();
    await publish(pack('edit', [serviceRecord(uuidFrom('a', 3), org, 'Renommé'), deletion('service', uuidFrom('a', 4))]));
    expect(await sync()).toMatchObject({ pages: 1, received: 2 });
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    expect(await database.service.get(uuidFrom('a', 4))).toBeUndefined();
  });

  const pageFaults: [string, Fault, SyncError['reason']][] = [
    ['the connection drops in the middle of a page', { kind: 'drop-mid-body' }, 'network'],
    ['the JSON of a page is cut short', { kind: 'truncate' }, 'invalid-response'],
    ['the server answers 500', { kind: 'status', status: 500 }, 'server'],
    ['the server answers 503', { kind: 'status', status: 503 }, 'server'],
  ];

  it.each(pageFaults)('keeps the pages stored before a failure when %s, and resumes from them', async (_label, fault, reason) => {
    await sync({ pageSize: 10, now: () => new Date('2026-11-26T10:00:00Z') });
    await publish(directoryPack('more', 24, 'b'));
    // The first page of the delta goes through; the second one fails.
    proxy.inject({ kind: 'pass' });
    proxy.inject(fault);
    expect((await failure(sync())).reason).toBe(reason);
    // Exactly the first delta page (versions 26 to 35) was added to what the device had.
    expect(await deviceVersions(database)).toEqual(range(1, 35));
    expect((await readCheckpoint(database)).lastSuccessAt).toBe('2026-11-26T10:00:00.000Z');

    const resumeAt = proxy.requests.length;
    expect(await sync()).toMatchObject({ pages: 2, received: 15 });
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    // The next run started from the stored cursor, not from the beginning.
    expect(proxy.requests[resumeAt]?.url).toMatch(/cursor=/);
  });

  it('changes nothing when the server does not answer in time, and completes later', async () => {
    proxy.inject({ kind: 'hang' });
    expect((await failure(sync({ timeoutMs: 300 }))).reason).toBe('timeout');
    expect(await deviceVersions(database)).toEqual([]);
    expect(await readCheckpoint(database)).toMatchObject({ cursor: null, lastSuccessAt: null });
    await sync();
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
  });

  it('stays consistent when the same page is delivered twice', async () => {
    proxy.inject({ kind: 'pass' });
    proxy.inject({ kind: 'replay-previous' });
    expect((await failure(sync())).reason).toBe('invalid-response');
    expect(await deviceVersions(database)).toEqual(range(1, 10));
    await sync();
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    expect(await database.service.count()).toBe(24);
  });
});

// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '../../../src/lib/db.ts';
import { readCheckpoint } from '../../../src/lib/sync/checkpoint.ts';
import { pullChanges } from '../../../src/lib/sync/engine.ts';
import { SyncSupersededError } from '../../../src/lib/sync/failure.ts';
import { withSyncLock } from '../../../src/lib/sync/lock.ts';
import { deviceCopy, serverCopy } from '../../helpers/device-copy.ts';
import { pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
import type { FaultProxy } from '../../helpers/fault-proxy.ts';
import { startSyncRig, type SyncRig } from '../../helpers/sync-rig.ts';
import type { TestServer } from '../../helpers/test-server.ts';

let rig: SyncRig;
let server: TestServer;
let proxy: FaultProxy;
let database: PasserelleDatabase;
let sync: SyncRig['sync'];
let publish: SyncRig['publish'];
const org = uuidFrom('a', 0);
const target = uuidFrom('a', 5);

beforeEach(async () => {
  rig = await startSyncRig({ name: 'records', services: 8, pageSize: 500 });
  ({ server, proxy, database, sync, publish } = rig);
});

afterEach(() => rig.close());

type Change = { id?: unknown; data?: Record<string, unknown> };
const spoil = (id: string) => (body: { changes: Change[] }) => ({
  ...body,
  changes: body.changes.map((change) => (change.id === id ? { ...change, data: { ...change.data, languagesSpoken: [] } } : change)),
});

describe('records the device refuses', () => {
  it('skips a record that fails validation, keeps the rest of the page, and says why', async () => {
    proxy.inject({ kind: 'rewrite', edit: spoil(target) });
    expect(await sync()).toMatchObject({ pages: 1, received: 9, rejected: 1 });
    expect(await database.service.count()).toBe(7);
    expect(await database.service.get(target)).toBeUndefined();
    const [rejected] = await database.rejected.toArray();
    expect(rejected).toMatchObject({ kind: 'service', id: target, version: 6 });
    expect(rejected?.reason).toContain('languagesSpoken');
  });

  it('removes the older copy of a record whose new version it refuses, and takes the next valid one', async () => {
    await sync();
    expect(await database.service.get(target)).toBeDefined();
    await publish(pack('edit', [serviceRecord(target, org, 'Changé')]));
    proxy.inject({ kind: 'rewrite', edit: spoil(target) });
    expect(await sync()).toMatchObject({ rejected: 1 });
    expect(await database.service.get(target)).toBeUndefined();
    expect(await database.rejected.count()).toBe(1);

    await publish(pack('edit-again', [serviceRecord(target, org, 'Corrigé')]));
    await sync();
    expect(await database.service.get(target)).toMatchObject({ version: 11, data: { name: { fr: 'Corrigé' } } });
    expect(await database.rejected.count()).toBe(0);
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
  });

  it('sets aside a record of a kind this app version does not know, without blocking the feed', async () => {
    proxy.inject({
      kind: 'rewrite',
      edit: (body: { changes: Change[] }) => ({
        ...body,
        changes: [...body.changes, { kind: 'practice', id: uuidFrom('f', 1), version: 9, deleted: false, data: { title: 'x' } }],
      }),
    });
    expect(await sync()).toMatchObject({ rejected: 1 });
    expect(await database.rejected.toArray()).toEqual([expect.objectContaining({ kind: 'practice', reason: expect.stringContaining('unknown kind') })]);
    expect(await database.service.count()).toBe(8);
  });
});

describe('one run at a time', () => {
  it('lets a single run hold the lock; a second one is turned away instead of waiting', async () => {
    let release = () => {};
    let started = () => {};
    const isStarted = new Promise<void>((resolve) => (started = resolve));
    const held = withSyncLock(database, () => {
      started();
      return new Promise<void>((resolve) => (release = resolve));
    });
    await isStarted;
    expect(await withSyncLock(database, () => sync())).toEqual({ isAcquired: false });
    release();
    expect(await held).toEqual({ isAcquired: true, value: undefined });
    expect(await withSyncLock(database, () => sync())).toMatchObject({ isAcquired: true, value: { received: 9 } });
  });

  it('respects the lease of another tab until it expires', async () => {
    await database.meta.put({ key: 'sync.lease', value: { owner: 'other-tab', expiresAt: Date.now() + 60_000 } });
    expect(await withSyncLock(database, () => sync())).toEqual({ isAcquired: false });
    await database.meta.put({ key: 'sync.lease', value: { owner: 'other-tab', expiresAt: Date.now() - 1 } });
    expect(await withSyncLock(database, () => sync())).toMatchObject({ isAcquired: true });
    expect(await database.meta.get('sync.lease')).toBeUndefined();
  });

  it('writes nothing if another tab stored a page while this one was fetching', async () => {
    const other = new PasserelleDatabase(database.name);
    // This run's request is answered only after the other tab has finished a sync.
    const slowFetch: typeof fetch = async (input, init) => {
      await pullChanges({ database: other, baseUrl: server.base, fetch, pageSize: 500 });
      return fetch(input, init);
    };
    await expect(sync({ fetch: slowFetch })).rejects.toBeInstanceOf(SyncSupersededError);
    expect(await database.service.count()).toBe(8);
    expect((await readCheckpoint(database)).epoch).toBe(1);
    other.close();
  });
});

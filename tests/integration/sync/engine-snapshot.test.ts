// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../../../src/lib/sync/checkpoint.ts';
import { SyncError } from '../../../src/lib/sync/failure.ts';
import { deviceCopy, deviceVersions, serverCopy } from '../../helpers/device-copy.ts';
import { pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
import { startSyncRig, type SyncRig } from '../../helpers/sync-rig.ts';

const SNAPSHOT = '/api/v1/snapshot';
let rig: SyncRig | null = null;

afterEach(async () => {
  await rig?.close();
  rig = null;
});

/** A rig whose runs read a first sync from the snapshot, as the app does. */
async function snapshotRig(services: number): Promise<SyncRig> {
  rig = await startSyncRig({ name: 'snapshot', services, pageSize: 1000 });
  return rig;
}

const paths = (current: SyncRig, from = 0) => current.proxy.requests.slice(from).map((request) => request.url.split('?')[0]);

describe('a first sync through the snapshot', () => {
  it('stores every record from the snapshot, checks with one pull that nothing came after it, and the next run is a 304', async () => {
    const current = await snapshotRig(24);
    expect(await current.sync({ useSnapshot: true })).toMatchObject({ pages: 1, snapshotPages: 1, received: 25, rejected: 0, isNotModified: false });
    expect(paths(current)).toEqual([SNAPSHOT, '/api/v1/pull']);
    expect(current.proxy.requests.at(-1)).toMatchObject({ status: 304 });
    expect(await deviceCopy(current.database)).toEqual(await serverCopy(current.server.base));

    expect(await current.sync({ useSnapshot: true })).toMatchObject({ pages: 0, isNotModified: true });
    expect(current.proxy.requests.at(-1)).toMatchObject({ status: 304 });
    expect(paths(current, 2)).toEqual(['/api/v1/pull']);
  });

  it('pulls what was published after the snapshot it was served, while the server builds the new one', async () => {
    const current = await snapshotRig(24);
    await current.server.app.snapshots.fresh();
    await current.publish(pack('edit', [serviceRecord(uuidFrom('a', 3), uuidFrom('a', 0), 'Publié après')]));
    const summary = await current.sync({ useSnapshot: true });
    expect(summary).toMatchObject({ pages: 2, snapshotPages: 1, received: 26, rejected: 0 });
    expect(paths(current)).toEqual([SNAPSHOT, '/api/v1/pull']);
    expect(await deviceCopy(current.database)).toEqual(await serverCopy(current.server.base));
    expect(JSON.stringify(await deviceCopy(current.database))).toContain('Publié après');
  });

  it('keeps the pages that came in whole when the connection drops mid-download, and completes by pull', async () => {
    // 2,401 records: three lines of 1,000, 1,000 and 401; the cut falls in the second.
    const current = await snapshotRig(2400);
    current.proxy.inject({ kind: 'drop-mid-body' }, SNAPSHOT);
    const error = await current.sync({ useSnapshot: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect((error as SyncError).reason).toBe('network');
    // Exactly the first page, with its cursor: a consistent state to resume from.
    expect(await deviceVersions(current.database)).toEqual(Array.from({ length: 1000 }, (_, index) => index + 1));
    expect(await readCheckpoint(current.database)).toMatchObject({ contentVersion: 1000, lastSuccessAt: null });
    expect((await readCheckpoint(current.database)).cursor).not.toBeNull();

    const before = current.proxy.requests.length;
    expect(await current.sync({ useSnapshot: true })).toMatchObject({ snapshotPages: 0, received: 1401 });
    expect(new Set(paths(current, before))).toEqual(new Set(['/api/v1/pull']));
    expect(await deviceCopy(current.database)).toEqual(await serverCopy(current.server.base));
  });

  it('syncs through pull when the server answers 404 to the snapshot (an older server)', async () => {
    const current = await snapshotRig(24);
    current.proxy.inject({ kind: 'status', status: 404 }, SNAPSHOT);
    expect(await current.sync({ useSnapshot: true })).toMatchObject({ snapshotPages: 0, pages: 1, received: 25 });
    expect(paths(current)).toEqual([SNAPSHOT, '/api/v1/pull']);
    expect(await deviceCopy(current.database)).toEqual(await serverCopy(current.server.base));
  });

  it('fails the run on a 200 whose last line is cut short, storing only whole lines', async () => {
    const current = await snapshotRig(24);
    current.proxy.inject({ kind: 'truncate' }, SNAPSHOT);
    const error = await current.sync({ useSnapshot: true }).catch((caught: unknown) => caught);
    expect((error as SyncError).reason).toBe('invalid-response');
    expect(await current.database.service.count()).toBe(0);
    expect((await readCheckpoint(current.database)).cursor).toBeNull();
  });

  it('rebuilds from the snapshot when a server no longer knows the device cursor, keeping local data', async () => {
    const current = await snapshotRig(24);
    await current.sync({ useSnapshot: true });
    const localCase = { id: 'case-7Q2', updatedAt: '2026-11-20T10:00:00Z', expiresAt: '2027-02-18T10:00:00Z', payload: { notes: 'local only' } };
    await current.database.cases.put(localCase);
    const epoch = (await readCheckpoint(current.database)).epoch;

    // A server that lost its data folder: a new cursor secret and fewer services.
    await current.replaceServer(5);
    expect(await current.sync({ useSnapshot: true })).toMatchObject({ snapshotPages: 1, received: 6 });
    expect(paths(current)).toEqual(['/api/v1/pull', SNAPSHOT, '/api/v1/pull']);
    expect(await deviceCopy(current.database)).toEqual(await serverCopy(current.server.base));
    expect(await current.database.service.count()).toBe(5);
    expect(await readCheckpoint(current.database)).toMatchObject({ epoch: epoch + 1, isRebuilding: false });
    expect(await current.database.cases.toArray()).toEqual([localCase]);
  });
});

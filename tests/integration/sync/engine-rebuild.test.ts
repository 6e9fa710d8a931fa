// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PasserelleDatabase } from '../../../src/lib/db.ts';
import { readCheckpoint } from '../../../src/lib/sync/checkpoint.ts';
import { SyncError } from '../../../src/lib/sync/failure.ts';
import { deviceCopy, serverCopy } from '../../helpers/device-copy.ts';
import { deletion, pack, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';
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
const removed = uuidFrom('a', 2);
const renamed = uuidFrom('a', 3);
const localCase = { id: 'case-7Q2', updatedAt: '2026-11-20T10:00:00Z', expiresAt: '2027-02-18T10:00:00Z', payload: { notes: 'local only' } };
const localSettings = { key: 'device', value: { schemaVersion: 1, language: 'ar', textScale: 1.5 } };

beforeEach(async () => {
  rig = await startSyncRig({ name: 'rebuild', services: 8, pageSize: 500 });
  ({ server, proxy, database, sync, publish } = rig);
});

afterEach(() => rig.close());

/** The device synced, then keeps local-only data while the server deletes, edits and compacts. */
async function deviceThatMissedACompaction() {
  await sync();
  await database.cases.put(localCase);
  await database.settings.put(localSettings);
  await database.rejected.add({ kind: 'service', id: uuidFrom('f', 1), version: 1, reason: 'old refusal', at: '2026-11-01T00:00:00Z' });
  await publish(pack('edit', [deletion('service', removed), serviceRecord(renamed, org, 'Renommé')]));
  await server.app.contentStore.compactTombstones(new Date(Date.now() + 60_000));
}

async function expectLocalDataUntouched() {
  expect(await database.cases.toArray()).toEqual([localCase]);
  expect(await database.settings.toArray()).toEqual([localSettings]);
}

describe('starting over', () => {
  it('rebuilds published tables after a reset and leaves cases and settings alone', async () => {
    await deviceThatMissedACompaction();
    const epoch = (await readCheckpoint(database)).epoch;
    expect(await database.service.get(removed)).toBeDefined();

    await sync();
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    expect(await database.service.get(removed)).toBeUndefined();
    expect(await database.service.get(renamed)).toMatchObject({ data: { name: { fr: 'Renommé' } } });
    expect(await database.rejected.count()).toBe(0);
    expect(await readCheckpoint(database)).toMatchObject({ epoch: epoch + 1, isRebuilding: false });
    await expectLocalDataUntouched();
  });

  it('keeps the old copy readable when a rebuild is interrupted, and finishes it at the next run', async () => {
    await deviceThatMissedACompaction();
    proxy.inject({ kind: 'pass' });
    proxy.inject({ kind: 'drop-mid-body' });
    expect(await sync({ pageSize: 3 }).catch((error: unknown) => error)).toBeInstanceOf(SyncError);
    // Mid-rebuild: nothing was taken away yet, the first page's records are fresh.
    expect(await database.service.count()).toBe(8);
    expect(await database.service.get(removed)).toBeDefined();
    expect(await readCheckpoint(database)).toMatchObject({ isRebuilding: true });
    await expectLocalDataUntouched();

    await sync({ pageSize: 3 });
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    expect(await readCheckpoint(database)).toMatchObject({ isRebuilding: false });
    await expectLocalDataUntouched();
  });

  it('rebuilds from what a server has when that server no longer knows the device cursor', async () => {
    // On the lost server the first service reached version 10; the new one has it at 2.
    await publish(pack('edit', [serviceRecord(uuidFrom('a', 1), org, 'Perdu')]));
    await sync();
    await database.cases.put(localCase);
    // A server that lost its data folder and was refilled with less content.
    await rig.replaceServer(3);
    ({ server, proxy } = rig);
    await sync();
    expect(await deviceCopy(database)).toEqual(await serverCopy(server.base));
    expect(await database.service.count()).toBe(3);
    expect(await database.service.get(uuidFrom('a', 1))).toMatchObject({ version: 2, data: { name: { fr: 'Service 1' } } });
    expect(proxy.requests.map((request) => request.status)).toEqual([400, 200]);
    expect(await database.cases.toArray()).toEqual([localCase]);
  });
});

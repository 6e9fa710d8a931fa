// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareRecord } from '../../../src/server/publish.ts';
import { KindConflictError, type ChangeToApply, type ContentStore } from '../../../src/server/storage/content-store.ts';
import { openSqliteContentStore } from '../../../src/server/storage/sqlite.ts';
import type { PackRecord } from '../../../src/shared/content-pack.ts';
import { deletion, locationRecord, organizationRecord, serviceRecord, uuidFrom } from '../../helpers/directory-records.ts';

const origin = { updatedBy: 'test', at: new Date('2026-11-26T12:00:00Z') };

function prepared(record: PackRecord): ChangeToApply {
  const result = prepareRecord(record.kind, record.id, record.deleted, record.data);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ...result.change, source: 'pack:test@1' };
}

async function everything(store: ContentStore) {
  return (await store.pull({ afterVersion: 0, limit: 1000, mustRestart: () => false })).changes;
}

let dataDir: string;
let store: ContentStore;
const org = uuidFrom('1', 0);
const first = uuidFrom('1', 1);
const second = uuidFrom('1', 2);

beforeEach(async () => {
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'passerelle-store-')), 'data');
  store = await openSqliteContentStore(dataDir);
});

afterEach(async () => {
  await store.close();
});

describe('content store', () => {
  it('gives each stored change the next version of one global counter', async () => {
    const summary = await store.applyChanges(
      [prepared(organizationRecord(org)), prepared(serviceRecord(first, org)), prepared(serviceRecord(second, org))],
      origin,
    );
    expect(summary).toMatchObject({ created: 3, updated: 0, unchanged: 0, contentVersion: 3 });
    expect((await everything(store)).map((change) => [change.id, change.version])).toEqual([
      [org, 1],
      [first, 2],
      [second, 3],
    ]);
  });

  it('gives no new version to a record imported again unchanged, and a new one when it changes', async () => {
    await store.applyChanges([prepared(organizationRecord(org)), prepared(serviceRecord(first, org))], origin);
    const again = await store.applyChanges([prepared(organizationRecord(org)), prepared(serviceRecord(first, org, 'Nouveau nom'))], origin);
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1, contentVersion: 3 });
    const changes = await everything(store);
    expect(changes.map((change) => [change.id, change.version])).toEqual([
      [org, 1],
      [first, 3],
    ]);
    expect(JSON.parse(changes[1]?.dataJson ?? '{}')).toMatchObject({ name: { fr: 'Nouveau nom' } });
  });

  it('keeps a deletion as a tombstone without data, and ignores the deletion of an unknown record', async () => {
    await store.applyChanges([prepared(serviceRecord(first, org))], origin);
    const summary = await store.applyChanges([prepared(deletion('service', first)), prepared(deletion('service', second))], origin);
    expect(summary).toMatchObject({ deleted: 1, unchanged: 1, contentVersion: 2 });
    expect(await everything(store)).toEqual([{ kind: 'service', id: first, version: 2, deleted: true, dataJson: null }]);
    expect(await store.countLive()).toEqual({});
  });

  it('refuses a batch whose id belongs to another kind, and changes nothing', async () => {
    await store.applyChanges([prepared(organizationRecord(org))], origin);
    const batch = [prepared(serviceRecord(first, org)), prepared(serviceRecord(org, org))];
    await expect(store.applyChanges(batch, origin)).rejects.toBeInstanceOf(KindConflictError);
    expect(await store.state()).toEqual({ contentVersion: 1, tombstoneHorizon: 0 });
    expect((await everything(store)).map((change) => change.id)).toEqual([org]);
  });

  it('compacts old tombstones, raises the horizon, and never reuses their versions', async () => {
    await store.applyChanges([prepared(serviceRecord(first, org)), prepared(serviceRecord(second, org))], origin);
    await store.applyChanges([prepared(deletion('service', second))], origin);
    expect(await store.compactTombstones(new Date('2026-11-01T00:00:00Z'))).toEqual({ removed: 0, tombstoneHorizon: 0 });
    expect(await store.compactTombstones(new Date('2026-12-01T00:00:00Z'))).toEqual({ removed: 1, tombstoneHorizon: 3 });
    const next = await store.applyChanges([prepared(organizationRecord(org))], origin);
    expect(next.contentVersion).toBe(4);
    expect(await store.state()).toEqual({ contentVersion: 4, tombstoneHorizon: 3 });
  });

  it('never writes a confidential address, nor exact coordinates of a city-only place, to the database', async () => {
    const street = '777, chemin Secret-Confidentiel';
    const secretPlace = uuidFrom('5', 1);
    const cityPlace = uuidFrom('5', 2);
    await store.applyChanges(
      [prepared(locationRecord(secretPlace, org, 'confidential', street)), prepared(locationRecord(cityPlace, org, 'city', street))],
      origin,
    );
    const [secret, city] = (await everything(store)).map((change) => JSON.parse(change.dataJson ?? '{}') as Record<string, unknown>);
    expect(secret).toEqual({ addressVisibility: 'confidential', demo: true, organizationId: org, region: '06' });
    expect(city).toMatchObject({ addressVisibility: 'city', city: 'Montréal', latitude: 45.51, longitude: -73.57 });
    expect(city).not.toHaveProperty('address');
    await store.close();
    store = await openSqliteContentStore(dataDir);
    for (const file of readdirSync(dataDir)) {
      const bytes = readFileSync(path.join(dataDir, file)).toString('latin1');
      expect(bytes, file).not.toContain('chemin Secret');
      expect(bytes, file).not.toContain('H2X 1Y4');
      expect(bytes, file).not.toContain('45.512345');
    }
  });

  it('keeps its content across restarts', async () => {
    await store.applyChanges([prepared(organizationRecord(org))], origin);
    await store.close();
    store = await openSqliteContentStore(dataDir);
    expect(await store.state()).toEqual({ contentVersion: 1, tombstoneHorizon: 0 });
    expect(await store.countLive()).toEqual({ organization: 1 });
  });
});

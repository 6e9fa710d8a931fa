// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config.ts';
import { prepareRecord } from '../../../src/server/publish.ts';
import { directoryPack, uuidFrom } from '../../helpers/directory-records.ts';
import { startTestServer } from '../../helpers/test-server.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('tombstone horizon', () => {
  it('is 90 days unless configured, and a bad value stops the server with one line', () => {
    expect(loadConfig({}).tombstoneHorizonDays).toBe(90);
    expect(loadConfig({ TOMBSTONE_HORIZON_DAYS: '30' }).tombstoneHorizonDays).toBe(30);
    expect(() => loadConfig({ TOMBSTONE_HORIZON_DAYS: '0' })).toThrow(/^Invalid configuration — TOMBSTONE_HORIZON_DAYS: /);
    expect(() => loadConfig({ TOMBSTONE_HORIZON_DAYS: 'forever' })).toThrow(/TOMBSTONE_HORIZON_DAYS/);
  });

  it('compacts deletions older than the horizon when the server starts, and keeps newer ones', async () => {
    const first = await startTestServer({ defaultPacks: () => [directoryPack('demo', 3)] });
    const store = first.app.contentStore;
    const tombstone = (index: number) => {
      const prepared = prepareRecord('service', uuidFrom('a', index), true, null);
      if (!prepared.ok) throw new Error('unexpected');
      return { ...prepared.change, source: 'test' };
    };
    await store.applyChanges([tombstone(1)], { updatedBy: 'test', at: new Date(Date.now() - 40 * DAY_MS) });
    await store.applyChanges([tombstone(2)], { updatedBy: 'test', at: new Date(Date.now() - 10 * DAY_MS) });
    await first.close();

    const again = await startTestServer({ dataDir: first.dataDir, env: { TOMBSTONE_HORIZON_DAYS: '30' } });
    try {
      expect(await again.app.contentStore.state()).toEqual({ contentVersion: 6, tombstoneHorizon: 5 });
      const page = (await again.app.contentStore.pull({ afterVersion: 0, limit: 10, mustRestart: () => false })).changes;
      expect(page.filter((change) => change.deleted).map((change) => change.id)).toEqual([uuidFrom('a', 2)]);
    } finally {
      await again.close();
    }
  });
});

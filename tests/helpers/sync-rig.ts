/**
 * What every sync-engine integration test starts from: the real server publishing a demo
 * directory, the fault proxy in front of it (helpers/fault-proxy.ts), and an empty device
 * database of its own, so tests never share state.
 */
import { PasserelleDatabase } from '../../src/lib/db.ts';
import { pullChanges, type PullOptions, type PullSummary } from '../../src/lib/sync/engine.ts';
import { importPacks } from '../../src/server/content-packs.ts';
import type { ContentPack } from '../../src/shared/content-pack.ts';
import { directoryPack } from './directory-records.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { startTestServer, type TestServer } from './test-server.ts';

export interface SyncRig {
  server: TestServer;
  proxy: FaultProxy;
  database: PasserelleDatabase;
  /** One pull run of the device, through the proxy. */
  sync: (options?: Partial<PullOptions>) => Promise<PullSummary>;
  /** Publishes packs on the server, as one import. */
  publish: (...packs: ContentPack[]) => Promise<void>;
  /**
   * Closes the proxy and the server and starts new ones, the server refilled with
   * `services` services (a server that lost its data folder). `server` and `proxy` change.
   */
  replaceServer: (services: number) => Promise<void>;
  close: () => Promise<void>;
}

async function startServerAndProxy(services: number): Promise<{ server: TestServer; proxy: FaultProxy }> {
  const server = await startTestServer({ defaultPacks: () => [directoryPack('demo', services)] });
  return { server, proxy: await startFaultProxy(server.base) };
}

/**
 * Starts the server with one organisation and `services` services (versions 1 to
 * services + 1), the proxy, and a database named after `name`.
 */
export async function startSyncRig({ name, services, pageSize }: { name: string; services: number; pageSize: number }): Promise<SyncRig> {
  const database = new PasserelleDatabase(`${name}-${crypto.randomUUID()}`);
  // Methods read rig.server and rig.proxy when called: replaceServer() swaps them.
  const rig: SyncRig = {
    ...(await startServerAndProxy(services)),
    database,
    // Pull only unless a test asks for the snapshot: these tests are about the pull protocol.
    sync: (options = {}) => pullChanges({ database, baseUrl: rig.proxy.base, fetch, pageSize, timeoutMs: 2_000, useSnapshot: false, ...options }),
    publish: async (...packs) => {
      await importPacks(rig.server.app.contentStore, packs.map((content, index) => ({ file: `p${index}.json`, content })), 'test');
    },
    replaceServer: async (nextServices) => {
      await rig.proxy.close();
      await rig.server.close();
      Object.assign(rig, await startServerAndProxy(nextServices));
    },
    close: async () => {
      database.close();
      await rig.proxy.close();
      await rig.server.close();
    },
  };
  return rig;
}

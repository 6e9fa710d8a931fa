/** Builds the Fastify application; `main.ts` starts it, tests listen on a free port. */
import { randomBytes } from 'node:crypto';
import fastifyCompress from '@fastify/compress';
import Fastify, { type FastifyInstance } from 'fastify';
import { defaultPacks } from '../content/default-packs.ts';
import type { ContentPack } from '../shared/content-pack.ts';
import { compactOnce, scheduleCompaction } from './compaction.ts';
import type { ServerConfig } from './config.ts';
import { importDefaultPacksIfEmpty } from './content-packs.ts';
import { registerErrorHandling } from './errors.ts';
import { CursorCodec } from './pull-cursor.ts';
import { registerHealthRoutes } from './routes/health.ts';
import { registerPullRoutes } from './routes/pull.ts';
import { registerSnapshotRoutes } from './routes/snapshot.ts';
import { registerStatusRoutes } from './routes/status.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { SnapshotCache } from './snapshot.ts';
import { registerStatic } from './static.ts';
import type { ContentStore } from './storage/content-store.ts';
import { openContentStore } from './storage/open.ts';
import { SERVER_VERSION } from './version.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The published content; opened by buildApp, closed with the app. */
    contentStore: ContentStore;
    /** The first-sync snapshot, built on demand (tests count its builds). */
    snapshots: SnapshotCache;
  }
}

export interface BuildOptions {
  /** The packs an empty database receives on first start (tests pass their own). */
  defaultPacks?: () => ContentPack[];
}

export async function buildApp(config: ServerConfig, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Structured logs without personal data: no query strings, no bodies, no IPs.
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          path: request.url.split('?')[0],
        }),
      },
    },
    trustProxy: true,
    return503OnClosing: true,
  });
  const store = await openContentStore(config);
  let stopCompaction = () => {};
  app.decorate('contentStore', store);
  app.addHook('onClose', async () => {
    stopCompaction();
    await store.close();
  });
  try {
    const imported = await importDefaultPacksIfEmpty(store, (options.defaultPacks ?? defaultPacks)());
    if (imported) app.log.info({ packs: imported.packs.map((pack) => pack.name), records: imported.created }, 'default packs imported');
    await compactOnce(store, config.tombstoneHorizonDays, app.log);
    stopCompaction = scheduleCompaction(store, config.tombstoneHorizonDays, app.log);
    const cursors = new CursorCodec(await store.secret('pull-cursor-hmac', () => randomBytes(32).toString('base64url')));

    // br or gzip by Accept-Encoding, for the app files and the API alike.
    await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
    registerSecurityHeaders(app);
    registerErrorHandling(app);
    registerHealthRoutes(app, SERVER_VERSION);
    registerPullRoutes(app, store, cursors);
    const snapshots = new SnapshotCache(store, cursors);
    app.decorate('snapshots', snapshots);
    registerSnapshotRoutes(app, snapshots);
    registerStatusRoutes(app, store, SERVER_VERSION);
    await registerStatic(app, config.staticDir);
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

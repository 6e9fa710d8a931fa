/** The real server on a free port over a throwaway data folder (API only: no built app). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';

export interface TestServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:<port>` */
  base: string;
  dataDir: string;
  close: () => Promise<void>;
}

export async function startTestServer(options: BuildOptions & { env?: Record<string, string>; dataDir?: string } = {}): Promise<TestServer> {
  const root = mkdtempSync(path.join(tmpdir(), 'passerelle-test-'));
  const dataDir = options.dataDir ?? path.join(root, 'data');
  const config = loadConfig({ DATA_DIR: dataDir, STATIC_DIR: path.join(root, 'no-build'), LOG_LEVEL: 'silent', ...options.env }, root);
  const app = await buildApp(config, { defaultPacks: options.defaultPacks ?? (() => []) });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, base, dataDir, close: () => app.close() };
}

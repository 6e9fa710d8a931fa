/**
 * Starts the production server over the production build on a fresh data folder, for
 * benchmarks and Lighthouse. Returns its base URL and a stop function.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/chromium.ts';

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export async function startServer(port: number, dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-bench-'))): Promise<RunningServer> {
  // One process (no npx wrapper) so that stopping it stops the server.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
  });
  const baseUrl = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      if ((await fetch(`${baseUrl}/api/v1/health`)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    baseUrl,
    dataDir,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Flags for a Chromium launched outside Playwright (chrome-launcher, Lighthouse). */
export const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];
export { CHROMIUM_PATH };

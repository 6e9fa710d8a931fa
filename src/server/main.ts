/** Starts the production server: validated config, the app, a clean shutdown on SIGTERM. */
import { mkdirSync } from 'node:fs';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';

const SNAPSHOT_CHECK_MS = 60_000;

async function main(): Promise<void> {
  const config = loadConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const app = await buildApp(config);

  let isClosing = false;
  let stopWarming = () => {};
  const shutdown = (signal: string) => {
    if (isClosing) return;
    isClosing = true;
    stopWarming();
    app.log.info({ signal }, 'shutting down');
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  stopWarming = keepSnapshotWarm(app);
}

/**
 * Builds the first-sync snapshot now and after each publish (the content CLI writes from
 * another process, so the server looks once a minute), so that the first device to sync
 * after a change does not wait for the build (it is served the kept one meanwhile).
 * `fresh()` only reads the content state when nothing changed.
 */
function keepSnapshotWarm(app: Awaited<ReturnType<typeof buildApp>>): () => void {
  const warm = () => {
    app.snapshots.fresh().catch((error: unknown) => app.log.warn({ err: error }, 'the first-sync snapshot could not be built'));
  };
  warm();
  const timer = setInterval(warm, SNAPSHOT_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(`Passerelle could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

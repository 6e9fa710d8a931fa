// Starts the production server for the e2e suite on a fresh data folder, and writes that
// folder's path to tests/artifacts/e2e-data-dir.txt so that tests can publish content
// into it with the content CLI (`npm run content -- import`) while the server runs.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dataDir = mkdtempSync(path.join(tmpdir(), 'passerelle-e2e-'));
mkdirSync('tests/artifacts', { recursive: true });
writeFileSync('tests/artifacts/e2e-data-dir.txt', dataDir);
const child = spawn('npx', ['tsx', 'src/server/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir },
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

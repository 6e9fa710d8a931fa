/** Runs the real content CLI (`npm run content -- …`) in a child process. */
import { execFile } from 'node:child_process';
import path from 'node:path';

// The repository root: vitest and playwright both run from it.
const repo = process.cwd();
const tsx = path.join(repo, 'node_modules/tsx/dist/cli.mjs');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runContentCli(args: string[], dataDir: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, path.join(repo, 'src/server/cli/content.ts'), ...args],
      { cwd: repo, env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/**
 * `npm run bench` (issue 8): builds the app once, runs bench:sync, bench:search and
 * bench:coldstart one after another (each a child process with `BENCH_RUNS` ≥ 5 and its
 * own `BENCH_JSON` file, BENCH-CONTRACT.md), then prints ONE table of medians with the
 * machine it ran on and the load average before and after (the machine may be shared:
 * figures from a loaded machine are slower than the app). Nothing here passes or fails on
 * time; the exit code is non-zero only when a benchmark itself crashed.
 *
 * Options: `--no-build` reuses dist/; `--only=sync,search,coldstart`; env `BENCH_RUNS`
 * (default 5, at least 5); `BENCH_JSON=<file>` also writes the aggregated results.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_PATH } from '../tools/chromium.ts';
import { buildApp, ROOT } from './search-support/server.ts';
import { median, printTable, type BenchRow } from './table.ts';

interface BenchResult {
  bench: string;
  runs: number;
  rows: BenchRow[];
}

/** Each benchmark, its script, and the flag that skips its own build (when it has one). */
const BENCHES = [
  { name: 'sync', file: 'tests/bench/sync.ts', args: [] as string[] },
  { name: 'search', file: 'tests/bench/search.ts', args: ['--no-build'] },
  { name: 'coldstart', file: 'tests/bench/coldstart.ts', args: ['--no-build'] },
] as const;

const args = new Map(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=') as [string, string | undefined]));
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5) || 5);
const only = args.get('only')?.split(',');

function osName(): string {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1] ?? `${os.type()} ${os.release()}`;
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return `unknown (${CHROMIUM_PATH})`;
  }
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

function format(value: number, unit: string): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

function verdict(row: BenchRow, value: number): string {
  if (row.target === null) return '';
  const isMet = row.better === 'lower' ? value <= row.target : value >= row.target;
  return isMet ? 'yes' : 'NO';
}

async function main(): Promise<void> {
  const loadAtStart = load();
  const startedAt = new Date().toISOString();
  if (!args.has('no-build')) {
    console.log('Building the app once (vite build)…');
    buildApp();
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'passerelle-bench-all-'));
  const results: BenchResult[] = [];
  const problems: string[] = [];
  try {
    for (const bench of BENCHES.filter((candidate) => !only || only.includes(candidate.name))) {
      const json = path.join(folder, `${bench.name}.json`);
      console.log(`\n=== bench:${bench.name} (BENCH_RUNS=${RUNS}) ===`);
      const child = spawnSync(process.execPath, ['--import', 'tsx', bench.file, ...bench.args], {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, BENCH_RUNS: String(RUNS), BENCH_JSON: json },
      });
      if (child.status !== 0) problems.push(`bench:${bench.name} exited with ${child.status ?? child.signal}`);
      if (existsSync(json)) results.push(JSON.parse(readFileSync(json, 'utf8')) as BenchResult);
      else problems.push(`bench:${bench.name} wrote no BENCH_JSON results (see its own table above)`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const loadAtEnd = load();

  const cpus = os.cpus();
  const machine = [
    ['CPU', `${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores`],
    ['RAM', `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', osName()],
    ['Node', process.version],
    ['Chromium', chromiumVersion()],
    ['load average (1/5/15 min) at start', loadAtStart],
    ['load average (1/5/15 min) at end', loadAtEnd],
    ['started', startedAt],
  ];
  console.log('\n=== npm run bench: medians ===\n');
  printTable(['machine', ''], machine);
  console.log('');
  printTable(
    ['bench', 'metric', 'median', 'min', 'max', 'runs', 'target', 'met?'],
    results.flatMap((result) =>
      result.rows.map((row) => {
        const middle = median(row.values);
        const comparison = row.better === 'lower' ? '≤' : '≥';
        return [
          result.bench,
          row.metric,
          format(middle, row.unit),
          format(Math.min(...row.values), row.unit),
          format(Math.max(...row.values), row.unit),
          String(row.values.length),
          row.target === null ? '' : `${comparison} ${format(row.target, row.unit)}`,
          verdict(row, middle),
        ];
      }),
    ),
  );
  for (const problem of problems) console.log(`\n! ${problem}`);
  if (process.env.BENCH_JSON) {
    writeFileSync(process.env.BENCH_JSON, `${JSON.stringify({ machine: Object.fromEntries(machine), results }, null, 2)}\n`);
  }
  if (problems.some((problem) => problem.includes('exited'))) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

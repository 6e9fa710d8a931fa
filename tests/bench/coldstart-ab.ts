/**
 * `npm run bench:coldstart:ab -- <buildA> <buildB>` (issue 8): compares the offline cold
 * start of two builds (two `vite build` output folders), runs interleaved.
 *
 * Why: on a shared 2-core machine, the same build's median drifts by 50–100 ms from one
 * run of `bench:coldstart` to the next (session 6 measured 596 then 650 ms for one build),
 * more than most changes are worth. Here each run times A and B back to back, the order
 * alternating, so that a drift slows both.
 *
 * How: the profile prepared by `BENCH_PROFILE=<dir> npm run bench:coldstart` is copied
 * once per build (`<dir>-A`, `<dir>-B`); each copy takes its build's service worker as
 * `bench:coldstart` does for a kept profile, then every run is measured as there (offline,
 * CPU ×4, fresh Chromium). Env: `BENCH_PROFILE` (required, already prepared), `BENCH_RUNS`
 * (default 11), `BENCH_SCREENS=home,directory`. Besides the medians it prints the median
 * of the per-run differences and how many runs B won: a sign test (e.g. 20 of 25 or more
 * happens by chance less than 1 % of the time when A and B are the same).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { measure, takeNewBuild, type Screen } from './coldstart.ts';
import { startServer } from './search-support/server.ts';
import { median, printTable } from './table.ts';

const KEPT_PROFILE_PORT = 4391;
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const SCREENS = (process.env.BENCH_SCREENS ?? 'home,directory').split(',') as Screen[];

async function main(): Promise<void> {
  const builds = process.argv.slice(2).map((folder) => path.resolve(folder));
  const profile = process.env.BENCH_PROFILE;
  if (builds.length !== 2 || !profile) throw new Error('usage: BENCH_PROFILE=<prepared profile> npm run bench:coldstart:ab -- <buildA> <buildB>');
  if (!existsSync(path.join(profile, 'passerelle-prepared'))) throw new Error(`${profile} is not prepared: run BENCH_PROFILE=${profile} npm run bench:coldstart first`);
  const variants = builds.map((build, index) => ({ label: 'AB'[index] ?? '?', build, profile: `${profile}-${'AB'[index]}` }));
  for (const variant of variants) {
    rmSync(variant.profile, { recursive: true, force: true });
    cpSync(profile, variant.profile, { recursive: true });
    process.env.STATIC_DIR = variant.build;
    const server = await startServer(KEPT_PROFILE_PORT);
    try {
      await takeNewBuild(variant.profile, server.baseUrl);
    } finally {
      await server.stop();
    }
  }
  // Offline runs never reach the server; the navigation only needs its origin.
  const server = await startServer(KEPT_PROFILE_PORT);
  const results = new Map<string, number[]>();
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const order = run % 2 === 0 ? variants : [...variants].reverse();
      for (const screen of SCREENS) {
        for (const variant of order) {
          const { shown } = await measure(variant.profile, server.baseUrl, screen);
          const key = `${screen} ${variant.label}`;
          results.set(key, [...(results.get(key) ?? []), Math.round(shown)]);
        }
      }
    }
  } finally {
    await server.stop();
  }
  console.log(`\nbench:coldstart:ab — A ${builds[0]}, B ${builds[1]}; offline, CPU ×4, interleaved, from navigation start`);
  const signed = (value: number) => `${value > 0 ? '+' : ''}${value} ms`;
  printTable(
    ['screen', 'A median', 'B median', 'B − A', 'median of pairs', 'B faster', 'runs'],
    SCREENS.map((screen) => {
      const aRuns = results.get(`${screen} A`) ?? [];
      const bRuns = results.get(`${screen} B`) ?? [];
      // Each run's A and B ran back to back: their difference cancels most of the drift
      // of a shared machine, and how often B wins is a sign test of the change.
      const pairs = bRuns.map((b, index) => b - (aRuns[index] ?? b));
      const a = median(aRuns);
      const b = median(bRuns);
      return [screen, `${a} ms`, `${b} ms`, signed(b - a), signed(median(pairs)), `${pairs.filter((pair) => pair < 0).length}/${pairs.length}`, String(RUNS)];
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

// Bundle budget (issue 8), checked from the build output in `npm test`:
// - JS loaded by the home route ≤ 160 KB gzip (entry + its static imports + the home page chunk and its imports);
// - everything the service worker precaches ≤ 2.5 MB;
// - no Dexie in the entry and its static imports: start-up reads its rows with plain
//   IndexedDB and Dexie loads after the first paint (cold start);
// - no zod there either: start-up validates with src/lib/compiled-schemas.ts (zod's 57 KB
//   cost home's cold start ~100 ms on one core, BENCHMARKS.md).
// A failure names the offending chunks and their sizes.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(import.meta.dirname, '../../dist');
const HOME_JS_BUDGET = 160 * 1024;
const PRECACHE_BUDGET = 2.5 * 1024 * 1024;
const HOME_PAGE_SOURCE = 'src/features/home/components/home-page.tsx';

const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gzipSize = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function collect(key, into) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const dependency of chunk.imports ?? []) collect(dependency, into);
  return into;
}

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const homeFiles = collect(entryKey, new Set());
collect(HOME_PAGE_SOURCE, homeFiles);
const homeChunks = [...homeFiles].filter((file) => file.endsWith('.js')).map((file) => ({ file, size: gzipSize(file) }));
const homeTotal = homeChunks.reduce((sum, chunk) => sum + chunk.size, 0);

const sw = readFileSync(path.join(dist, 'sw.js'), 'utf8');
const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]);
const precacheTotal = precached.reduce((sum, url) => sum + statSync(path.join(dist, url.split('?')[0])).size, 0);

console.log('bundle budget');
console.log(`  home route JS (gzip)  ${kb(homeTotal).padStart(10)}  budget ${kb(HOME_JS_BUDGET)}`);
for (const chunk of homeChunks.sort((a, b) => b.size - a.size)) console.log(`    ${chunk.file.padEnd(48)} ${kb(chunk.size).padStart(10)}`);
console.log(`  precache (${precached.length} files)   ${kb(precacheTotal).padStart(10)}  budget ${kb(PRECACHE_BUDGET)}`);

let failed = false;
// Libraries kept out of the start-up chunks, each known by a string any minifier keeps.
const KEPT_OUT = [
  { name: 'Dexie', signature: 'DatabaseClosed', fix: 'start-up must reach the database through src/lib/db-early.ts and db-lazy.ts' },
  {
    name: 'zod',
    signature: '$ZodType',
    fix: 'a module the entry imports builds a zod schema; validate start-up rows with src/lib/compiled-schemas.ts (npm run schemas)',
  },
];
const startUpFiles = [...collect(entryKey, new Set())].filter((file) => file.endsWith('.js'));
for (const library of KEPT_OUT) {
  const carriers = startUpFiles.filter((file) => readFileSync(path.join(dist, file), 'utf8').includes(library.signature));
  if (carriers.length === 0) continue;
  console.error(`${library.name} is in the start-up chunks (${carriers.join(', ')}): ${library.fix}.`);
  failed = true;
}
if (homeTotal > HOME_JS_BUDGET) {
  const largest = homeChunks[0];
  console.error(`Home route JS is ${kb(homeTotal)} gzip, over the ${kb(HOME_JS_BUDGET)} budget; largest chunk ${largest.file} (${kb(largest.size)}).`);
  failed = true;
}
if (precacheTotal > PRECACHE_BUDGET) {
  const sizes = precached.map((url) => ({ url, size: statSync(path.join(dist, url)).size })).sort((a, b) => b.size - a.size);
  console.error(`Precache is ${kb(precacheTotal)}, over the ${kb(PRECACHE_BUDGET)} budget; largest ${sizes[0].url} (${kb(sizes[0].size)}).`);
  failed = true;
}
if (precached.length === 0) {
  console.error('No precache entries found in dist/sw.js.');
  failed = true;
}
process.exit(failed ? 1 : 0);

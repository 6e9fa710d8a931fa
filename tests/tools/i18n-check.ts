/**
 * `npm run i18n:check`: every key the code uses exists in the French source catalog,
 * translations use the same {{placeholders}} as French, and coverage per language.
 * Exits 1 on a missing key or a broken placeholder; low coverage is reported, not fatal
 * (languages arrive with the content issues).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const localesDir = path.join(root, 'locales');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Catalog = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Catalog): Catalog {
  if (typeof value === 'string') into.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

function loadLanguage(lng: string): Catalog {
  const catalog: Catalog = new Map();
  for (const file of readdirSync(path.join(localesDir, lng))) {
    if (!file.endsWith('.json') || file === 'meta.json') continue;
    const ns = file.slice(0, -'.json'.length);
    const parsed: unknown = JSON.parse(readFileSync(path.join(localesDir, lng, file), 'utf8'));
    for (const [key, text] of flatten(parsed, '', new Map())) catalog.set(`${ns}:${key}`, text);
  }
  return catalog;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const placeholders = (text: string) => new Set([...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1]));

const languages = readdirSync(localesDir).filter((name) => statSync(path.join(localesDir, name)).isDirectory());
const french = loadLanguage('fr');
const frenchBase = new Set([...french.keys()].map(baseKey));
const problems: string[] = [];

// 1. Keys used in code. `t('ns:key')`, `t('key')` (default namespace: common), and
// template keys such as t(`alerts.${kind}`), checked as a prefix.
const usage = /\b(?:t|i18next\.t|i18n\.t)\(\s*(['"`])([^'"`]+)\1/g;
let usedCount = 0;
for (const file of sourceFiles(path.join(root, 'src'))) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(usage)) {
    const raw = match[2] ?? '';
    const nsMatch = /^(\w[\w-]*):(.*)$/.exec(raw);
    const key = nsMatch ? `${nsMatch[1]}:${nsMatch[2]}` : `common:${raw}`;
    usedCount += 1;
    const dynamic = key.indexOf('${');
    const isKnown =
      dynamic >= 0
        ? [...frenchBase].some((known) => known.startsWith(key.slice(0, dynamic)))
        : frenchBase.has(key);
    if (!isKnown) problems.push(`${path.relative(root, file)}: key "${raw}" is missing from locales/fr`);
  }
}

// 2. Coverage and placeholders per language.
const rows: string[] = [];
for (const lng of languages.sort()) {
  const catalog = lng === 'fr' ? french : loadLanguage(lng);
  let present = 0;
  const missingByNamespace = new Map<string, number>();
  for (const [key, text] of french) {
    const translated = catalog.get(key);
    if (translated === undefined) {
      if (PLURAL_SUFFIX.test(key) && [...catalog.keys()].some((other) => baseKey(other) === baseKey(key))) present += 1;
      else {
        const ns = key.split(':')[0] ?? '';
        missingByNamespace.set(ns, (missingByNamespace.get(ns) ?? 0) + 1);
      }
      continue;
    }
    present += 1;
    const expected = placeholders(text);
    for (const name of placeholders(translated)) {
      if (!expected.has(name)) problems.push(`locales/${lng}: "${key}" uses {{${name}}}, which French does not have`);
    }
  }
  const stale = [...catalog.keys()].filter((key) => !frenchBase.has(baseKey(key))).length;
  const percent = french.size ? Math.floor((present / french.size) * 100) : 100;
  const missing = [...missingByNamespace].map(([ns, count]) => `${ns} ${count}`).join(', ');
  rows.push(
    `${lng.padEnd(8)} ${String(present).padStart(5)} / ${french.size}  ${String(percent).padStart(3)} %` +
      `${missing ? `  missing: ${missing}` : ''}${stale ? `  (${stale} keys not in fr)` : ''}`,
  );
}

console.log(`i18n: ${usedCount} key uses in src, ${french.size} keys in fr`);
console.log('language   keys          coverage');
for (const row of rows) console.log(row);
if (problems.length) {
  console.error(`\n${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

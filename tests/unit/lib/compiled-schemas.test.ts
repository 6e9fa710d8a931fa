/**
 * `src/lib/compiled-schemas.ts` must decide exactly as the zod schemas it is compiled
 * from: start-up trusts it with discreet mode, the tablet's doors and the PIN lock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as compiled from '../../../src/lib/compiled-schemas.ts';
import { hasPinWhenEnabled } from '../../../src/lib/device-rules.ts';
import { DEFAULT_SETTINGS, type DeviceSettings } from '../../../src/lib/settings.ts';
import { DEFAULT_TABLET_CONFIG, type TabletConfig } from '../../../src/lib/tablet.ts';
import { compileSchemas, ENTRIES, OUTPUT_FILE, REFINEMENTS, type CompiledEntry } from '../../tools/compile-schemas.ts';

const SETTINGS: DeviceSettings = {
  ...DEFAULT_SETTINGS,
  language: 'fa',
  textScale: 1.75,
  highContrast: true,
  isSetUp: true,
  isDiscreet: true,
  exitUrl: 'https://www.meteomedia.com/ca/meteo',
  isQuickExitProminent: true,
  areCasesAllowed: false,
  autoLockMinutes: null,
};

const TABLET: TabletConfig = {
  ...DEFAULT_TABLET_CONFIG,
  isEnabled: true,
  doors: 'all',
  idleMinutes: 60,
  defaultLanguage: 'zh-Hans',
  pin: { algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=' },
  attempts: { failures: 3, nextAllowedAt: 1_795_000_000_000 },
};

const LANGUAGE_METAS = readdirSync('locales').map((code) => JSON.parse(readFileSync(path.join('locales', code, 'meta.json'), 'utf8')) as unknown);

/** Valid rows each schema is probed around. */
const SEEDS: Record<string, unknown[]> = {
  deviceSettings: [DEFAULT_SETTINGS, SETTINGS],
  tabletConfig: [DEFAULT_TABLET_CONFIG, TABLET],
  settingsSnapshot: [
    { version: 1, rows: [] },
    { version: 1, rows: [['device', SETTINGS], ['tablet', TABLET], ['other', [1, { a: null }]]] },
  ],
  languageMeta: [...LANGUAGE_METAS, { name: 'فارسی', dir: 'rtl', status: 'machine-assisted' }],
};

const URLS = [
  'https://example.org',
  'http://example.org/path?q=1#top',
  '  https://example.org  ',
  'https://exa\tmple.org/a\nb',
  'HTTPS://EXAMPLE.ORG',
  'http:example.org',
  'https:/example.org',
  'https://',
  'example.org',
  'ftp://example.org',
  'javascript:alert(1)',
  'data:text/html,hi',
  'mailto:a@example.org',
  'https://exa mple.org',
  'https://[::1]:8080/',
  'https://user:pass@example.org',
  'https://例え.jp',
];

/** Values put in every place of every seed. */
const PALETTE: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1.25,
  1.5,
  2,
  2.5,
  3,
  15,
  60,
  61,
  100,
  240,
  241,
  999,
  1000,
  600_000,
  10_000_000,
  10_000_001,
  2 ** 53,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  'f',
  'fr',
  'zh-Hans',
  'x'.repeat(16),
  'x'.repeat(20),
  'x'.repeat(21),
  'x'.repeat(32),
  'x'.repeat(201),
  'women',
  'all',
  'ltr',
  'rtl',
  'source',
  'machine-assisted',
  'reviewed',
  'PBKDF2-SHA-256',
  '1',
  ...URLS,
  [],
  [['device', 1]],
  [['device']],
  [['device', 1, 2]],
  [[1, 'device']],
  [1],
  {},
  { a: 1 },
  { failures: 0, nextAllowedAt: 0 },
  TABLET.pin,
];

type Path = (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...at, index]))];
  if (value !== null && typeof value === 'object') return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return here;
}

/** A copy of `value` with `change` applied to what is at `at` (its parent and key). */
function edited(value: unknown, at: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  if (at.length === 0) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  change(parent, at.at(-1) as string | number);
  return copy;
}

/** Every seed, and every seed with one place replaced, deleted, or given an extra key. */
function probes(seeds: unknown[]): unknown[] {
  const found: unknown[] = [];
  for (const seed of seeds) {
    found.push(seed);
    for (const at of pathsOf(seed)) {
      for (const replacement of PALETTE) {
        if (at.length === 0) found.push(replacement);
        else found.push(edited(seed, at, (parent, key) => (parent[key] = structuredClone(replacement))));
      }
      if (at.length > 0) found.push(edited(seed, at, (parent, key) => Reflect.deleteProperty(parent, key)));
      const extra = edited(seed, at, () => undefined);
      let target = extra as Record<string, unknown>;
      for (const key of at) target = target[key] as Record<string, unknown>;
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) target.extra = 'dropped';
      found.push(extra);
    }
  }
  return found;
}

function zodSchemaOf(name: string): { safeParse(value: unknown): { success: boolean; data?: unknown } } {
  const entry = ENTRIES.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  return entry.schema as unknown as { safeParse(value: unknown): { success: boolean; data?: unknown } };
}

describe('compiled schemas', () => {
  it('are the compilation of the current zod schemas (run `npm run schemas` after changing one)', () => {
    expect(readFileSync(OUTPUT_FILE, 'utf8')).toBe(compileSchemas());
  });

  it.each(ENTRIES.map((entry) => entry.name))('%s: accepts, rejects and outputs exactly what zod does', (name) => {
    const zodSchema = zodSchemaOf(name);
    const compiledSchema = (compiled as unknown as Record<string, compiled.CompiledSchema<unknown>>)[name];
    if (!compiledSchema) throw new Error(`compiled-schemas.ts exports no ${name}`);
    const mismatches: string[] = [];
    let accepted = 0;
    const cases = probes(SEEDS[name] ?? []);
    for (const value of cases) {
      const expected = zodSchema.safeParse(value);
      const actual = compiledSchema.safeParse(value);
      if (expected.success) accepted += 1;
      const same = actual.success === expected.success && (!actual.success || JSON.stringify(actual.data) === JSON.stringify(expected.data));
      const answer = (result: { success: boolean; data?: unknown }) => (result.success ? `accepts as ${JSON.stringify(result.data)}` : 'rejects');
      if (!same) mismatches.push(`${JSON.stringify(value)}: zod ${answer(expected)}, compiled ${answer(actual)}`);
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Enough of both answers that the comparison means something.
    expect(cases.length).toBeGreaterThan(500);
    expect(accepted).toBeGreaterThan(20);
    expect(cases.length - accepted).toBeGreaterThan(300);
  });

  it('drop unknown keys and give the trimmed URL, as zod does', () => {
    const parsed = compiled.deviceSettings.safeParse({ ...SETTINGS, exitUrl: ' https://example.org/a\tb ', extra: 1 });
    expect(parsed).toEqual({ success: true, data: { ...SETTINGS, exitUrl: 'https://example.org/ab' } });
  });

  it('refuse a tablet enabled without a PIN, and language metadata get their default order', () => {
    expect(compiled.tabletConfig.safeParse({ ...TABLET, pin: null }).success).toBe(false);
    expect(compiled.languageMeta.safeParse({ name: 'English', dir: 'ltr', status: 'reviewed' })).toEqual({
      success: true,
      data: { name: 'English', dir: 'ltr', status: 'reviewed', order: 100 },
    });
  });
});

describe('the schema compiler', () => {
  const entry = (schema: unknown): CompiledEntry[] => [{ name: 'probe', schema: schema as CompiledEntry['schema'], typeName: 'Probe', typeFrom: './probe.ts' }];

  it.each([
    ['an optional key', z.object({ note: z.optional(z.string()) }), /optional keys/],
    ['a string format it does not know', z.object({ mail: z.email() }), /format "email"/],
    ['a kind it does not know', z.object({ when: z.date() }), /kind "date"/],
    ['a check it does not know', z.object({ list: z.array(z.string()).check(z.minLength(1)) }), /checks on this kind/],
    ['a refine whose function it was not given', z.object({ a: z.string() }).check(z.refine(() => true)), /REFINEMENTS/],
  ])('refuses %s, naming it, instead of guessing', (_label, schema, message) => {
    expect(() => compileSchemas(entry(schema), REFINEMENTS)).toThrow(message);
  });

  it('imports a refine from where it was told', () => {
    const schema = z.object({ isEnabled: z.boolean(), pin: z.nullable(z.string()) }).check(z.refine(hasPinWhenEnabled));
    expect(compileSchemas(entry(schema), REFINEMENTS)).toContain("import { hasPinWhenEnabled } from './device-rules.ts';");
  });
});

/**
 * `npm run schemas`: compiles the zod schemas that start-up validates into plain
 * TypeScript, `src/lib/compiled-schemas.ts`, so that the entry chunk validates those rows
 * without carrying zod (57 KB minified; ~100 ms of home's cold start when the browser has
 * one core, issue 8; BENCHMARKS.md, "Cold start, session 9").
 *
 * The zod schemas stay the one definition: this reads their definitions (`_zod.def`) and
 * writes the same decisions as code. It knows only the kinds those schemas use and throws
 * on any other, naming it, rather than guess. tests/unit/lib/compiled-schemas.test.ts
 * holds the file equal to a fresh compilation and the compiled code equal to zod, output
 * included, on thousands of valid and broken rows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { regexes, type $ZodType } from 'zod/v4/core';
import { hasPinWhenEnabled } from '../../src/lib/device-rules.ts';
import { deviceSettingsSchema, settingsSnapshotSchema, tabletConfigSchema } from '../../src/lib/device-schemas.ts';
import { languageMetaSchema } from '../../src/shared/language-schemas.ts';

/** What the generator reads of a zod schema (`_zod.def`): its kind, options and checks. */
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  [key: string]: unknown;
}
type Schema = $ZodType;
type Checks = NonNullable<Def['checks']>;

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

export interface CompiledEntry {
  /** The export's name: `compiled.deviceSettings.safeParse(row)`. */
  name: string;
  schema: Schema;
  /** The type of the parsed value, imported from `typeFrom` (relative to the output). */
  typeName: string;
  typeFrom: string;
}

/** A function a schema checks with `z.refine`, imported by the compiled code. */
export interface Refinement {
  fn: (value: never) => boolean;
  name: string;
  from: string;
}

export const OUTPUT_FILE = 'src/lib/compiled-schemas.ts';

export const ENTRIES: CompiledEntry[] = [
  { name: 'deviceSettings', schema: deviceSettingsSchema, typeName: 'DeviceSettings', typeFrom: './device-schemas.ts' },
  { name: 'tabletConfig', schema: tabletConfigSchema, typeName: 'TabletConfig', typeFrom: './device-schemas.ts' },
  { name: 'settingsSnapshot', schema: settingsSnapshotSchema, typeName: 'SettingsSnapshot', typeFrom: './device-schemas.ts' },
  { name: 'languageMeta', schema: languageMetaSchema, typeName: 'LanguageMeta', typeFrom: '../shared/languages.ts' },
];

export const REFINEMENTS: Refinement[] = [{ fn: hasPinWhenEnabled, name: 'hasPinWhenEnabled', from: './device-rules.ts' }];

const URL_HELPER = `
/** zod's \`z.url()\` check: the trimmed text parses as a URL that passes the options. */
function url(value: string, protocol: RegExp | null, hostname: RegExp | null, httpGuard: boolean, normalize: boolean): unknown {
  const trimmed = value.trim();
  // Without normalisation, an http(s) URL needs its "://" ("http:example.com" parses).
  if (httpGuard && !/^https?:\\/\\//i.test(trimmed)) return INVALID;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return INVALID;
  }
  if (hostname && !hostname.test(parsed.hostname)) return INVALID;
  if (protocol && !protocol.test(parsed.protocol.endsWith(':') ? parsed.protocol.slice(0, -1) : parsed.protocol)) return INVALID;
  return normalize ? parsed.href : trimmed.replace(/[\\t\\n\\r]/g, '');
}`;

class Compiler {
  private readonly functions: string[] = [];
  private readonly constants: string[] = [];
  /** Function name by body, and constant name by expression: each is emitted once. */
  private readonly names = new Map<string, string>();
  readonly usedRefinements = new Set<Refinement>();
  usesUrl = false;

  constructor(private readonly refinements: readonly Refinement[]) {}

  /** Emits the function that validates `schema`; returns its name. */
  compile(schema: Schema, where: string): string {
    // Nested schemas are compiled first, inside `body`; a body already emitted (every
    // boolean, every nullable short string…) is called again instead of written twice.
    const body = this.body(schema, where);
    const known = this.names.get(body);
    if (known) return known;
    const name = `v${this.functions.length}`;
    this.names.set(body, name);
    this.functions.push(`function ${name}(v: unknown): unknown {\n${indent(body)}\n}`);
    return name;
  }

  source(): string {
    return [...this.constants, ...this.functions].join('\n\n');
  }

  private constant(expression: string): string {
    const known = this.names.get(expression);
    if (known) return known;
    const name = `c${this.constants.length}`;
    this.names.set(expression, name);
    this.constants.push(`const ${name} = ${expression};`);
    return name;
  }

  private regex(pattern: unknown, where: string): string {
    if (!(pattern instanceof RegExp)) throw new Error(`${where}: expected a RegExp, got ${String(pattern)}`);
    if (pattern.global || pattern.sticky) throw new Error(`${where}: a global or sticky RegExp keeps state between tests`);
    return this.constant(`/${pattern.source}/${pattern.flags}`);
  }

  private body(schema: Schema, where: string): string {
    const def = defOf(schema);
    const checks = def.checks ?? [];
    switch (def.type) {
      case 'object':
        return this.object(def, checks, where);
      case 'string':
        return this.string(def, checks, where);
      case 'number':
        return this.number(def, checks, where);
      case 'boolean':
        return [this.noChecks(checks, where), "return typeof v === 'boolean' ? v : INVALID;"].join('');
      case 'literal':
        return [this.noChecks(checks, where), `return ${this.oneOf(def.values, where)} ? v : INVALID;`].join('');
      case 'enum':
        return [this.noChecks(checks, where), `return ${this.oneOf(Object.values(def.entries as object), where)} ? v : INVALID;`].join('');
      case 'nullable':
        return [this.noChecks(checks, where), `return v === null ? null : ${this.compile(def.innerType as Schema, where)}(v);`].join('');
      case 'default':
        return [this.noChecks(checks, where), `return v === undefined ? ${literal(def.defaultValue, where)} : ${this.compile(def.innerType as Schema, where)}(v);`].join('');
      case 'union':
        return this.union(def, checks, where);
      case 'array':
        return this.array(def, checks, where);
      case 'tuple':
        return this.tuple(def, checks, where);
      case 'unknown':
        return [this.noChecks(checks, where), 'return v;'].join('');
      default:
        throw new Error(`${where}: zod kind "${def.type}" is not supported by the schema compiler`);
    }
  }

  private noChecks(checks: Checks, where: string): string {
    if (checks.length > 0) throw new Error(`${where}: checks on this kind are not supported by the schema compiler`);
    return '';
  }

  private object(def: Def, checks: Checks, where: string): string {
    if (def.catchall !== undefined) throw new Error(`${where}: only objects that strip unknown keys are supported`);
    const lines = ['if (typeof v !== \'object\' || v === null || Array.isArray(v)) return INVALID;', 'const input = v as Record<string, unknown>;', 'const out: Record<string, unknown> = {};', 'let x: unknown;'];
    for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) {
      const at = `${where}.${key}`;
      const { optin, optout } = value._zod;
      if ((optin !== undefined || optout !== undefined) && defOf(value).type !== 'default') {
        throw new Error(`${at}: optional keys are not supported by the schema compiler`);
      }
      const key_ = JSON.stringify(key);
      lines.push(`if ((x = ${this.compile(value, at)}(input[${key_}])) === INVALID) return INVALID;`, `out[${key_}] = x;`);
    }
    for (const check of checks) {
      const checkDef = check._zod.def;
      if (checkDef.check !== 'custom') throw new Error(`${where}: object check "${String(checkDef.check)}" is not supported`);
      const refinement = this.refinements.find((candidate) => candidate.fn === checkDef.fn);
      if (!refinement) throw new Error(`${where}: a refine whose function is not in the compiler's REFINEMENTS`);
      this.usedRefinements.add(refinement);
      lines.push(`if (!${refinement.name}(out as never)) return INVALID;`);
    }
    lines.push('return out;');
    return lines.join('\n');
  }

  private string(def: Def, checks: Checks, where: string): string {
    const lines = ["if (typeof v !== 'string') return INVALID;"];
    for (const check of checks) {
      const checkDef = check._zod.def;
      if (checkDef.check === 'min_length') lines.push(`if (v.length < ${Number(checkDef.minimum)}) return INVALID;`);
      else if (checkDef.check === 'max_length') lines.push(`if (v.length > ${Number(checkDef.maximum)}) return INVALID;`);
      else if (checkDef.check === 'string_format' && checkDef.format === 'regex') {
        lines.push(`if (!${this.regex(checkDef.pattern, where)}.test(v)) return INVALID;`);
      } else throw new Error(`${where}: string check "${String(checkDef.check)}" is not supported`);
    }
    if (def.format === undefined) return [...lines, 'return v;'].join('\n');
    if (def.format !== 'url') throw new Error(`${where}: string format "${String(def.format)}" is not supported`);
    this.usesUrl = true;
    // zod's own options test: none of the three given means "anything URL() accepts".
    const hasOptions = 'normalize' in def || 'hostname' in def || 'protocol' in def;
    const protocol = def.protocol === undefined ? 'null' : this.regex(def.protocol, where);
    const hostname = def.hostname === undefined ? 'null' : this.regex(def.hostname, where);
    const httpGuard = hasOptions && !def.normalize && def.protocol instanceof RegExp && def.protocol.source === regexes.httpProtocol.source;
    lines.push(`return url(v, ${protocol}, ${hostname}, ${httpGuard}, ${hasOptions && Boolean(def.normalize)});`);
    return lines.join('\n');
  }

  private number(def: Def, checks: Checks, where: string): string {
    if (def.coerce) throw new Error(`${where}: coercion is not supported`);
    const lines = ["if (typeof v !== 'number' || !Number.isFinite(v)) return INVALID;"];
    if (def.format !== undefined && def.format !== 'safeint') throw new Error(`${where}: number format "${String(def.format)}" is not supported`);
    if (def.format === 'safeint') lines.push('if (!Number.isSafeInteger(v)) return INVALID;');
    for (const check of checks) {
      const checkDef = check._zod.def;
      const bound = Number(checkDef.value);
      if (checkDef.check === 'greater_than') lines.push(`if (v ${checkDef.inclusive ? '<' : '<='} ${bound}) return INVALID;`);
      else if (checkDef.check === 'less_than') lines.push(`if (v ${checkDef.inclusive ? '>' : '>='} ${bound}) return INVALID;`);
      else if (checkDef.check === 'number_format' && checkDef.format === 'safeint' && def.format === 'safeint') continue;
      else throw new Error(`${where}: number check "${String(checkDef.check)}" is not supported`);
    }
    return [...lines, 'return v;'].join('\n');
  }

  private oneOf(values: unknown, where: string): string {
    const list = values instanceof Set ? [...(values as Set<unknown>)] : (values as unknown[]);
    if (list.length === 0) throw new Error(`${where}: no value is allowed`);
    return list.map((value) => `v === ${literal(value, where)}`).join(' || ');
  }

  private union(def: Def, checks: Checks, where: string): string {
    if (def.inclusive === false) throw new Error(`${where}: exclusive unions (z.xor) are not supported`);
    const options = (def.options as Schema[]).map((option, index) => this.compile(option, `${where}|${index}`));
    // zod's union: the first option that accepts the value gives the output.
    return [this.noChecks(checks, where), 'let x: unknown;', ...options.map((option) => `if ((x = ${option}(v)) !== INVALID) return x;`), 'return INVALID;'].join('\n');
  }

  private array(def: Def, checks: Checks, where: string): string {
    const item = this.compile(def.element as Schema, `${where}[]`);
    return [
      this.noChecks(checks, where),
      'if (!Array.isArray(v)) return INVALID;',
      'const out: unknown[] = [];',
      'for (let i = 0; i < v.length; i += 1) {',
      `  const x = ${item}(v[i]);`,
      '  if (x === INVALID) return INVALID;',
      '  out.push(x);',
      '}',
      'return out;',
    ].join('\n');
  }

  private tuple(def: Def, checks: Checks, where: string): string {
    if (def.rest) throw new Error(`${where}: tuples with a rest are not supported`);
    const items = def.items as Schema[];
    if (items.some((item) => item._zod.optin !== undefined || item._zod.optout !== undefined)) {
      throw new Error(`${where}: tuples with optional items are not supported`);
    }
    const names = items.map((item, index) => this.compile(item, `${where}[${index}]`));
    return [
      this.noChecks(checks, where),
      `if (!Array.isArray(v) || v.length !== ${items.length}) return INVALID;`,
      'const out: unknown[] = [];',
      ...names.flatMap((name, index) => [`const x${index} = ${name}(v[${index}]);`, `if (x${index} === INVALID) return INVALID;`, `out.push(x${index});`]),
      'return out;',
    ].join('\n');
  }
}

function literal(value: unknown, where: string): string {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`${where}: ${value} cannot be compiled`);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) {
    throw new Error(`${where}: only plain data can be compiled`);
  }
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error(`${where}: ${String(value)} cannot be compiled`);
  return text;
}

function indent(text: string): string {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** The source of `src/lib/compiled-schemas.ts` for `entries`. */
export function compileSchemas(entries: readonly CompiledEntry[] = ENTRIES, refinements: readonly Refinement[] = REFINEMENTS): string {
  const compiler = new Compiler(refinements);
  const roots = entries.map((entry) => compiler.compile(entry.schema, entry.name));
  const typeImports = new Map<string, string[]>();
  for (const entry of entries) typeImports.set(entry.typeFrom, [...(typeImports.get(entry.typeFrom) ?? []), entry.typeName]);
  const refinementImports = new Map<string, string[]>();
  for (const refinement of compiler.usedRefinements) refinementImports.set(refinement.from, [...(refinementImports.get(refinement.from) ?? []), refinement.name]);
  const imports = [
    ...[...refinementImports].map(([from, names]) => `import { ${names.sort().join(', ')} } from '${from}';`),
    ...[...typeImports].map(([from, names]) => `import type { ${names.sort().join(', ')} } from '${from}';`),
  ].sort((a, b) => a.localeCompare(b));
  return [
    '// Generated by `npm run schemas` (tests/tools/compile-schemas.ts) from the zod schemas it',
    '// lists: do not edit. Start-up validates its rows with these, so that the entry chunk does',
    '// not carry zod (issue 8); tests/unit/lib/compiled-schemas.test.ts holds them equal to zod.',
    ...imports,
    '',
    '/** What a compiled schema answers; `data` is what zod would output (unknown keys dropped). */',
    'export type Parsed<T> = { success: true; data: T } | { success: false };',
    '',
    'export interface CompiledSchema<T> {',
    '  safeParse(value: unknown): Parsed<T>;',
    '}',
    '',
    "const INVALID = Symbol('invalid');",
    '',
    'function compiled<T>(run: (v: unknown) => unknown): CompiledSchema<T> {',
    '  return {',
    '    safeParse(value) {',
    '      const data = run(value);',
    '      return data === INVALID ? { success: false } : { success: true, data: data as T };',
    '    },',
    '  };',
    '}',
    ...(compiler.usesUrl ? [URL_HELPER] : []),
    '',
    compiler.source(),
    '',
    ...entries.map((entry, index) => `export const ${entry.name} = compiled<${entry.typeName}>(${roots[index]});`),
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = path.resolve(OUTPUT_FILE);
  writeFileSync(file, compileSchemas());
  console.log(`Wrote ${OUTPUT_FILE} (${ENTRIES.map((entry) => entry.name).join(', ')}).`);
}

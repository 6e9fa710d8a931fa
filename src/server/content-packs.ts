/**
 * Content packs (src/shared/content-pack.ts): import validates every record of every file
 * first and then applies all of them in one transaction, or nothing; export writes one
 * pack per kind. Errors name the file, the record and the field.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { packManifestSchema, packRecordSchema, type ContentPack, type PackManifest } from '../shared/content-pack.ts';
import { RECORD_KINDS } from '../shared/records.ts';
import { prepareRecord } from './publish.ts';
import { KindConflictError, type ApplySummary, type ChangeToApply, type ContentStore } from './storage/content-store.ts';

/** One problem in one file: `where` names the record (`record <id> (<kind>)`) when there is one. */
export interface PackProblem {
  file: string;
  where?: string;
  /** Dotted field path inside the record's data, the manifest or the record envelope. */
  field?: string;
  message: string;
}

export function formatPackProblem(problem: PackProblem): string {
  const place = [problem.where, problem.field ? `field ${problem.field}` : undefined].filter(Boolean).join(', ');
  return `${problem.file}: ${place ? `${place}: ` : ''}${problem.message}`;
}

export class PackImportError extends Error {
  override name = 'PackImportError';
  constructor(readonly problems: PackProblem[]) {
    const shown = problems.slice(0, 50).map(formatPackProblem);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
    super(`The import was refused; nothing was changed.\n${shown.join('\n')}`);
  }
}

/** A pack as read from a file (or built in code): `content` is the parsed JSON. */
export interface PackSource {
  file: string;
  content: unknown;
}

interface PreparedImport {
  manifests: PackManifest[];
  changes: ChangeToApply[];
  /** Where each record id came from, to name it in a later error. */
  origins: Map<string, { file: string; where: string }>;
}

const KNOWN_KINDS = RECORD_KINDS.join(', ');

function recordLabel(raw: unknown, index: number): string {
  if (typeof raw !== 'object' || raw === null) return `record #${index + 1}`;
  const { id, kind } = raw as { id?: unknown; kind?: unknown };
  const name = typeof id === 'string' && id.length > 0 ? `record ${id.slice(0, 80)}` : `record #${index + 1}`;
  return typeof kind === 'string' ? `${name} (${kind.slice(0, 40)})` : name;
}

/** Validates every record of every pack; returns the changes, or throws with every problem found. */
export function preparePacks(sources: readonly PackSource[]): PreparedImport {
  const problems: PackProblem[] = [];
  const prepared: PreparedImport = { manifests: [], changes: [], origins: new Map() };
  for (const { file, content } of sources) {
    if (typeof content !== 'object' || content === null || Array.isArray(content)) {
      problems.push({ file, message: 'a pack is an object {"manifest": …, "records": […]}' });
      continue;
    }
    const { manifest, records } = content as { manifest?: unknown; records?: unknown };
    const parsedManifest = packManifestSchema.safeParse(manifest);
    if (parsedManifest.success) prepared.manifests.push(parsedManifest.data);
    else {
      for (const issue of parsedManifest.error.issues) {
        problems.push({ file, field: ['manifest', ...issue.path].join('.'), message: issue.message });
      }
    }
    if (!Array.isArray(records)) {
      problems.push({ file, field: 'records', message: 'must be an array of records' });
      continue;
    }
    const source = parsedManifest.success ? `pack:${parsedManifest.data.name}@${parsedManifest.data.version}` : 'pack';
    records.forEach((raw: unknown, index) => {
      const where = recordLabel(raw, index);
      const kind = typeof raw === 'object' && raw !== null ? (raw as { kind?: unknown }).kind : undefined;
      if (typeof kind === 'string' && !(RECORD_KINDS as readonly string[]).includes(kind)) {
        problems.push({ file, where, field: 'kind', message: `unknown kind "${kind.slice(0, 40)}" (known kinds: ${KNOWN_KINDS})` });
        return;
      }
      const envelope = packRecordSchema.safeParse(raw);
      if (!envelope.success) {
        for (const issue of envelope.error.issues) problems.push({ file, where, field: issue.path.join('.'), message: issue.message });
        return;
      }
      const record = envelope.data;
      const earlier = prepared.origins.get(record.id);
      if (earlier) {
        problems.push({ file, where, message: `duplicate id: also ${earlier.where} in ${earlier.file}` });
        return;
      }
      prepared.origins.set(record.id, { file, where });
      const result = prepareRecord(record.kind, record.id, record.deleted, record.data);
      if (!result.ok) {
        for (const problem of result.problems) {
          problems.push({ file, where, field: problem.path ? `data.${problem.path}` : 'data', message: problem.message });
        }
        return;
      }
      prepared.changes.push({ ...result.change, source });
    });
  }
  if (problems.length > 0) throw new PackImportError(problems);
  return prepared;
}

export interface ImportResult extends ApplySummary {
  packs: PackManifest[];
}

/** Validates everything, then applies everything in one transaction; nothing changes on any error. */
export async function importPacks(store: ContentStore, sources: readonly PackSource[], updatedBy: string): Promise<ImportResult> {
  const prepared = preparePacks(sources);
  try {
    const summary = await store.applyChanges(prepared.changes, { updatedBy, at: new Date() });
    return { ...summary, packs: prepared.manifests };
  } catch (error) {
    if (!(error instanceof KindConflictError)) throw error;
    throw new PackImportError(
      error.conflicts.map((conflict) => {
        const origin = prepared.origins.get(conflict.id);
        return {
          file: origin?.file ?? '?',
          where: origin?.where ?? `record ${conflict.id}`,
          field: 'kind',
          message: `this id is already a ${conflict.storedKind} on the server`,
        };
      }),
    );
  }
}

/** Reads a pack file, or every `.json` file directly inside a folder (sorted by name). */
export async function readPackSources(target: string): Promise<PackSource[]> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new PackImportError([{ file: target, message: 'no such file or folder' }]);
  const files = info.isDirectory()
    ? (await readdir(target)).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(target, name))
    : [target];
  if (files.length === 0) throw new PackImportError([{ file: target, message: 'this folder holds no .json file' }]);
  const problems: PackProblem[] = [];
  const sources: PackSource[] = [];
  for (const file of files) {
    try {
      sources.push({ file, content: JSON.parse(await readFile(file, 'utf8')) as unknown });
    } catch (error) {
      problems.push({ file, message: `not readable as JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (problems.length > 0) throw new PackImportError(problems);
  return sources;
}

/** Writes one pack per kind that has live records (`<kind>.json`); returns the files written. */
export async function exportPacks(store: ContentStore, folder: string, now = new Date()): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const { contentVersion } = await store.state();
  const written: string[] = [];
  for (const kind of RECORD_KINDS) {
    const records = await store.liveRecords(kind);
    if (records.length === 0) continue;
    const pack: ContentPack = {
      manifest: { name: `export-${kind}`, version: String(contentVersion), created: now.toISOString(), source: 'Passerelle server export' },
      records: records.map((record) => ({ kind, id: record.id, deleted: false, data: JSON.parse(record.dataJson) as unknown })),
    };
    const file = path.join(folder, `${kind}.json`);
    await writeFile(file, `${JSON.stringify(pack, null, 2)}\n`, 'utf8');
    written.push(file);
  }
  return written;
}

/** First start: an empty database receives the default packs (a bad default pack stops the server). */
export async function importDefaultPacksIfEmpty(store: ContentStore, packs: readonly ContentPack[]): Promise<ImportResult | null> {
  if (packs.length === 0 || !(await store.isEmpty())) return null;
  const sources = packs.map((pack) => ({ file: `default pack "${pack.manifest.name}"`, content: pack }));
  return importPacks(store, sources, 'default-packs');
}

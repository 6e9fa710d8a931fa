/**
 * What the server publishes of a record: its data stripped of what must never leave the
 * server (SAFETY.md rule 6: a confidential location's street, postal code and
 * coordinates), validated by the shared schema of its kind, as canonical JSON. Content
 * packs use it now; editors' pushes will use it too.
 */
import { publishableLocation } from '../shared/kinds/directory.ts';
import { validateRecordData, type FieldProblem } from '../shared/record-schemas.ts';
import type { RecordKind } from '../shared/records.ts';
import { canonicalJson } from './storage/canonical-json.ts';
import type { PreparedChange } from './storage/content-store.ts';

export type PreparedRecord = { ok: true; change: PreparedChange } | { ok: false; problems: FieldProblem[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function prepareRecord(kind: RecordKind, id: string, deleted: boolean, data: unknown): PreparedRecord {
  if (deleted) return { ok: true, change: { kind, id, deleted: true, dataJson: null } };
  // Stripped BEFORE validation and storage: a confidential address given to the server
  // is dropped here and never reaches the database, a log or a device.
  const publishable = kind === 'location' && isPlainObject(data) ? publishableLocation(data) : data;
  const result = validateRecordData(kind, publishable);
  if (!result.success) return { ok: false, problems: result.problems };
  return { ok: true, change: { kind, id, deleted: false, dataJson: canonicalJson(result.data) } };
}

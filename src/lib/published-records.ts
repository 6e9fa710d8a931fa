/**
 * Reading published records safely. The sync engine validates records before storing
 * them; this second check keeps a screen from crashing on a row written by an older or
 * newer app version: a record that fails is left out (sync reports refusals in settings).
 */
import { type RecordDataOf, validateRecordData } from '../shared/record-schemas.ts';
import type { RecordKind } from '../shared/records.ts';
import type { StoredRecord } from './db.ts';

export interface ValidRecord<K extends RecordKind> {
  id: string;
  version: number;
  data: RecordDataOf<K>;
}

/** The rows that pass `kind`'s schema, parsed (defaults applied), in the given order. */
export function validRecords<K extends RecordKind>(kind: K, rows: readonly (StoredRecord | undefined)[]): ValidRecord<K>[] {
  const valid: ValidRecord<K>[] = [];
  for (const row of rows) {
    if (!row) continue;
    const result = validateRecordData(kind, row.data);
    if (result.success) valid.push({ id: row.id, version: row.version, data: result.data });
    else console.warn(`Skipping ${kind} ${row.id}: it does not match this version of the app.`);
  }
  return valid;
}

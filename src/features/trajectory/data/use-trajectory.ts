import { db, useLiveQuery } from '../../../lib/db.ts';
import { type ValidRecord, validRecords } from '../../../lib/published-records.ts';

export type ProtocolRecord = ValidRecord<'protocol'>;
export type ChecklistRecord = ValidRecord<'checklist'>;

export interface TrajectoryContent {
  /** The province-wide protocol (the newest revision if several were published). */
  province: ProtocolRecord | undefined;
  /** Regional protocols, by region code. */
  regional: ProtocolRecord[];
  checklists: ChecklistRecord[];
}

/** Protocols and checklists on the device; undefined while loading. */
export function useTrajectory(): TrajectoryContent | undefined {
  return useLiveQuery(async () => {
    const [protocols, checklists] = await Promise.all([db.protocol.toArray(), db.checklist.toArray()]);
    const valid = validRecords('protocol', protocols);
    const province = valid
      .filter((record) => record.data.scope === 'province')
      .sort((a, b) => b.data.revision - a.data.revision)[0];
    return {
      province,
      regional: valid.filter((record) => record.data.scope !== 'province'),
      checklists: validRecords('checklist', checklists),
    };
  }, []);
}

/** One checklist by id: undefined while loading, null when absent or invalid. */
export function useChecklist(id: string): ChecklistRecord | null | undefined {
  return useLiveQuery(async () => validRecords('checklist', [await db.checklist.get(id)])[0] ?? null, [id]);
}

import { db, useLiveQuery } from '../../../lib/db.ts';
import { validRecords } from '../../../lib/published-records.ts';
import type { LocalizedText } from '../../../shared/localized.ts';

/** Titles of the checklists an outcome points to, for those present on the device. */
export function useChecklistTitles(ids: readonly string[]): { id: string; title: LocalizedText }[] {
  const key = ids.join(',');
  return (
    useLiveQuery(async () => {
      const rows = await db.checklist.bulkGet(key ? key.split(',') : []);
      return validRecords('checklist', rows).map((record) => ({ id: record.id, title: record.data.title }));
    }, [key]) ?? []
  );
}

import { db, useLiveQuery } from '../../../lib/db.ts';
import { type ValidRecord, validRecords } from '../../../lib/published-records.ts';

export type GuideRecord = ValidRecord<'guide'>;

/** The valid guides on this device, province-wide first; undefined while loading. */
export function useGuides(): GuideRecord[] | undefined {
  return useLiveQuery(async () => {
    const guides = validRecords('guide', await db.guide.toArray());
    return guides.sort((a, b) => Number(Boolean(a.data.region)) - Number(Boolean(b.data.region)) || a.id.localeCompare(b.id));
  }, []);
}

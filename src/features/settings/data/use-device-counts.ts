/** How much this device holds, live: downloaded content per table, and referral cases. */
import { db, useLiveQuery } from '../../../lib/db.ts';

/** Tables of published content (filled by sync; downloaded again after an erase). */
export const CONTENT_TABLES = ['organization', 'service', 'location', 'guide', 'checklist', 'article', 'protocol'] as const;
export type ContentTable = (typeof CONTENT_TABLES)[number];

export interface DeviceCounts {
  content: Record<ContentTable, number>;
  contentTotal: number;
  cases: number;
}

async function countDeviceData(): Promise<DeviceCounts | undefined> {
  try {
    return await readCounts();
  } catch (error) {
    // After "erase everything" offline the database is gone while the page stays: no crash.
    console.warn('Device data could not be counted.', error);
    return undefined;
  }
}

async function readCounts(): Promise<DeviceCounts> {
  const counts = await Promise.all(CONTENT_TABLES.map((name) => db.table(name).count()));
  const content = Object.fromEntries(CONTENT_TABLES.map((name, index) => [name, counts[index] ?? 0])) as Record<ContentTable, number>;
  return {
    content,
    contentTotal: counts.reduce((sum, count) => sum + count, 0),
    cases: await db.cases.count(),
  };
}

/** Undefined while counting. */
export function useDeviceCounts(): DeviceCounts | undefined {
  return useLiveQuery(countDeviceData, []);
}

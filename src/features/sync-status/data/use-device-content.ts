import { db, useLiveQuery } from '../../../lib/db.ts';
import { RECORD_KINDS, type RecordKind } from '../../../shared/records.ts';

export interface DeviceContent {
  counts: { kind: RecordKind; count: number }[];
  rejected: number;
}

async function readDeviceContent(): Promise<DeviceContent> {
  const counts = await Promise.all(RECORD_KINDS.map(async (kind) => ({ kind, count: await db.published(kind).count() })));
  return { counts, rejected: await db.rejected.count() };
}

/** Records per kind and refused records on this device; live, so it moves as pages land. */
export function useDeviceContent(): DeviceContent | undefined {
  return useLiveQuery(readDeviceContent, []);
}

/**
 * The last successful sync, from the `meta` table. The sync engine lands in parallel and
 * names its key; until then every likely key is read and the most recent date wins.
 * TODO(sync issue): keep only the key the sync engine writes.
 */
import { db, useLiveQuery } from '../../../lib/db.ts';
import { parseLastSync } from '../model.ts';

export const LAST_SYNC_KEYS = ['lastSyncAt', 'lastSync', 'lastSuccessAt', 'lastSuccessfulSync', 'sync.lastSuccessAt'];

async function readLastSync(): Promise<Date | null | undefined> {
  const rows = await db.meta.bulkGet(LAST_SYNC_KEYS).catch((error: unknown) => {
    console.warn('The last sync could not be read.', error);
    return undefined;
  });
  if (!rows) return undefined;
  const dates = rows.map((row) => parseLastSync(row?.value)).filter((date): date is Date => date !== null);
  return dates.sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
}

/** Undefined while reading; null when this device never synced (or the key is unknown). */
export function useLastSync(): Date | null | undefined {
  return useLiveQuery(readLastSync, []);
}

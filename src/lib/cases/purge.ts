/**
 * Deleting expired cases (SAFETY.md rule 3). Kept apart from the case store so that the
 * app can run it at start-up without loading the encryption and schema code, and without
 * Dexie before the first render (issue 8). On a page that reads cases, `db.ts` came with
 * the page's chunk, so the delete is still queued before the page's first read.
 */
import { loadDatabase } from '../db-lazy.ts';

/** Deletes every case whose time is up; returns how many. */
export async function purgeExpiredCases(now = new Date()): Promise<number> {
  const { db } = await loadDatabase();
  return db.cases.where('expiresAt').belowOrEqual(now.toISOString()).delete();
}

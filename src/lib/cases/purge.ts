/**
 * Deleting expired cases (SAFETY.md rule 3). Kept apart from the case store so that the
 * app can run it at start-up without loading the encryption and schema code.
 */
import { db } from '../db.ts';

/** Deletes every case whose time is up; returns how many. */
export async function purgeExpiredCases(now = new Date()): Promise<number> {
  return db.cases.where('expiresAt').belowOrEqual(now.toISOString()).delete();
}

/**
 * Whether any unexpired case on this device is protected by a passphrase: what the
 * intervenor lock asks before it may lock (app/cases-lock.ts). Kept apart from the case
 * store so that the lock starts without loading the case schemas and the crypto, which
 * the lock needs only once someone types a passphrase.
 *
 * A row counts as protected as soon as it says so (`payload.state === 'locked'`), even
 * when the rest of it cannot be read: locking an unreadable case costs a passphrase,
 * not a leak.
 */
import { db } from '../db.ts';

export async function hasPassphraseCases(now = new Date()): Promise<boolean> {
  const rows = await db.cases.where('expiresAt').above(now.toISOString()).toArray();
  return rows.some((row) => typeof row.payload === 'object' && row.payload !== null && (row.payload as { state?: unknown }).state === 'locked');
}

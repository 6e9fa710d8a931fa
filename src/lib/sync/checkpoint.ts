/**
 * Where this device stands in the pull feed: one `meta` row, written in the same
 * transaction as each page it describes (ARCHITECTURE.md, "Records and sync"). Read
 * without zod so that the header's status can use it without loading the schemas.
 */
import type { PasserelleDatabase } from '../db.ts';

export const SYNC_META_KEY = 'sync';

export interface SyncCheckpoint {
  /** Opaque cursor of the last stored page; null before the first page. */
  cursor: string | null;
  /** ETag of the page that brought the device up to date at `cursor`, sent as If-None-Match. */
  etag: string | null;
  /** Generation stamped on every stored record; a rebuild starts the next one. */
  epoch: number;
  /**
   * A rebuild (first sync, reset, unknown cursor) is under way: records of older
   * epochs stay readable until its last page, which sweeps those the server no longer has.
   */
  isRebuilding: boolean;
  /** Highest record version stored on this device. */
  contentVersion: number;
  /** When the last run completed (ISO 8601); null if none ever did. */
  lastSuccessAt: string | null;
}

export const INITIAL_CHECKPOINT: SyncCheckpoint = {
  cursor: null,
  etag: null,
  epoch: 0,
  isRebuilding: false,
  contentVersion: 0,
  lastSuccessAt: null,
};

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);
const count = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0);

/**
 * Reads a stored checkpoint. An unreadable one counts as no checkpoint at all: the next
 * pull starts from the beginning, as a rebuild, so nothing stale survives it.
 */
export function parseCheckpoint(value: unknown): SyncCheckpoint {
  if (typeof value !== 'object' || value === null) return INITIAL_CHECKPOINT;
  const row = value as Record<string, unknown>;
  return {
    cursor: text(row.cursor),
    etag: text(row.etag),
    epoch: count(row.epoch),
    isRebuilding: row.isRebuilding === true,
    contentVersion: count(row.contentVersion),
    lastSuccessAt: text(row.lastSuccessAt),
  };
}

export async function readCheckpoint(database: PasserelleDatabase): Promise<SyncCheckpoint> {
  return parseCheckpoint((await database.meta.get(SYNC_META_KEY))?.value);
}

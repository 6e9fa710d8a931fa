/**
 * Storing one pulled page: its puts, its deletes, its rejected records AND the new
 * checkpoint in ONE Dexie transaction (ARCHITECTURE.md, "Records and sync"). If the tab
 * dies half-way, IndexedDB keeps the previous page's state and the next run resumes from
 * the last stored cursor. liveQuery readers re-render once per page.
 */
import type { PasserelleDatabase, RejectedRecord, StoredRecord } from '../db.ts';
import { validateRecordData } from '../../shared/record-schemas.ts';
import { RECORD_KINDS, type RecordKind } from '../../shared/records.ts';
import { parseCheckpoint, SYNC_META_KEY, type SyncCheckpoint } from './checkpoint.ts';
import { SyncSupersededError } from './failure.ts';
import type { PulledChange, PulledPage } from './http.ts';

const REASON_MAX = 500;

interface KindBatch {
  puts: StoredRecord[];
  deletes: { id: string; version: number }[];
}

/** A page checked record by record, before the transaction. */
export interface PreparedPage {
  byKind: Map<RecordKind, KindBatch>;
  rejected: RejectedRecord[];
  maxVersion: number;
}

function isKnownKind(kind: string): kind is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(kind);
}

/** Validates each change with the shared schema; an invalid one is set aside, never fatal. */
export function preparePage(changes: readonly PulledChange[], at: string): PreparedPage {
  const prepared: PreparedPage = { byKind: new Map(), rejected: [], maxVersion: 0 };
  // Each id once, at its highest version, should a server ever repeat one in a page.
  const latest = new Map<string, PulledChange>();
  for (const change of changes) {
    const seen = latest.get(change.id);
    if (!seen || seen.version < change.version) latest.set(change.id, change);
  }
  for (const change of latest.values()) {
    prepared.maxVersion = Math.max(prepared.maxVersion, change.version);
    const reject = (reason: string) =>
      prepared.rejected.push({ kind: change.kind, id: change.id, version: change.version, reason: reason.slice(0, REASON_MAX), at });
    if (!isKnownKind(change.kind)) {
      reject(`unknown kind "${change.kind}": this version of the app cannot read it`);
      continue;
    }
    const batch = prepared.byKind.get(change.kind) ?? { puts: [], deletes: [] };
    prepared.byKind.set(change.kind, batch);
    if (change.deleted) {
      batch.deletes.push({ id: change.id, version: change.version });
      continue;
    }
    const result = validateRecordData(change.kind, change.data);
    if (result.success) batch.puts.push({ id: change.id, version: change.version, data: result.data });
    else {
      reject(result.problems.map((problem) => `${problem.path || '(data)'}: ${problem.message}`).join('; '));
      // The device's older copy goes too: stale data may be unsafe (an address that has
      // since become confidential), and the record is listed as refused in settings.
      batch.deletes.push({ id: change.id, version: change.version });
    }
  }
  return prepared;
}

function lowestVersion(batch: KindBatch): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const row of batch.puts) lowest = Math.min(lowest, row.version);
  for (const row of batch.deletes) lowest = Math.min(lowest, row.version);
  return lowest;
}

/**
 * The stored version of every row at or above `version`, through the `version` index:
 * only those can be newer than a change of the page. On a normal pull there are none (the
 * cursor is past everything stored), so this reads nothing instead of fetching — and
 * deserialising — every row the page touches, as a `bulkGet` of the page's ids would.
 */
async function versionsFrom(table: ReturnType<PasserelleDatabase['published']>, version: number): Promise<Map<string, number>> {
  const rows = await table.where('version').aboveOrEqual(version).toArray();
  return new Map(rows.map((row) => [row.id, row.version]));
}

export interface CommitRequest {
  /** The checkpoint the page was requested from; if the stored one moved, nothing is written. */
  expected: SyncCheckpoint;
  page: PulledPage;
  prepared: PreparedPage;
  /** The page starts the feed over (no cursor, `reset`, or a cursor the server did not know). */
  isRestart: boolean;
  /**
   * The page's ETag: the server sends one only on a page that brings the device up to
   * date, and it stands for the state after the page, so the next run's first request
   * (new cursor + If-None-Match) is a 304 when nothing was published since.
   */
  etag: string | null;
}

/** Writes the page and its checkpoint atomically; returns the new checkpoint. */
export function commitPage(database: PasserelleDatabase, request: CommitRequest): Promise<SyncCheckpoint> {
  const { expected, page, prepared, isRestart } = request;
  const published = RECORD_KINDS.map((kind) => database.published(kind));
  return database.transaction('rw', [...published, database.meta, database.rejected], async () => {
    const stored = parseCheckpoint((await database.meta.get(SYNC_META_KEY))?.value);
    if (stored.cursor !== expected.cursor || stored.epoch !== expected.epoch) {
      throw new SyncSupersededError('the sync checkpoint moved while this page was on its way');
    }
    const epoch = isRestart ? stored.epoch + 1 : stored.epoch;
    // While rebuilding, the server's copy wins whatever the versions (after a restore
    // they may be lower than ours); otherwise a row never goes back to an older version.
    const isOverwriting = isRestart || stored.isRebuilding;
    // Rows from before the restart must be swept at its end (none on a first sync).
    const mustSweep = isRestart ? (await Promise.all(published.map((table) => table.count()))).some((rows) => rows > 0) : stored.isRebuilding;
    if (isRestart) await database.rejected.clear();

    const putIds: string[] = [];
    for (const [kind, batch] of prepared.byKind) {
      const table = database.published(kind);
      const current = isOverwriting ? new Map<string, number>() : await versionsFrom(table, lowestVersion(batch));
      const isNewer = (id: string, version: number) => isOverwriting || (current.get(id) ?? 0) <= version;
      const puts = batch.puts.filter((row) => isNewer(row.id, row.version)).map((row) => ({ ...row, epoch }));
      await table.bulkPut(puts);
      // Deleting an id the device does not have is a no-op, so no read is needed to skip it.
      await table.bulkDelete(batch.deletes.filter((row) => isNewer(row.id, row.version)).map((row) => row.id));
      putIds.push(...puts.map((row) => row.id));
    }
    if (putIds.length > 0 && (await database.rejected.count()) > 0) {
      await database.rejected.where('id').anyOf(putIds).delete();
    }
    if (prepared.rejected.length > 0) await database.rejected.bulkAdd(prepared.rejected);

    const isComplete = !page.hasMore;
    if (mustSweep && isComplete) {
      // The rebuild's last page: whatever it did not rewrite, the server no longer has.
      for (const table of published) await table.filter((row) => row.epoch !== epoch).delete();
    }
    const next: SyncCheckpoint = {
      cursor: page.cursor,
      etag: isComplete ? request.etag : null,
      epoch,
      isRebuilding: mustSweep && !isComplete,
      contentVersion: Math.max(isRestart ? 0 : stored.contentVersion, prepared.maxVersion),
      lastSuccessAt: stored.lastSuccessAt,
    };
    await database.meta.put({ key: SYNC_META_KEY, value: next });
    return next;
  });
}

/** Records a completed run (the header's "last sync"). */
export function markSynced(database: PasserelleDatabase, at: string): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    const stored = parseCheckpoint((await database.meta.get(SYNC_META_KEY))?.value);
    await database.meta.put({ key: SYNC_META_KEY, value: { ...stored, lastSuccessAt: at } });
  });
}

/**
 * `ContentStore` over Kysely. The queries are portable SQL; what differs between SQLite
 * and PostgreSQL (how a write transaction takes its lock) comes in as `writeTransaction`.
 */
import type { Kysely } from 'kysely';
import { RECORD_KINDS, type RecordKind } from '../../shared/records.ts';
import {
  KindConflictError,
  type ApplySummary,
  type ChangeOrigin,
  type ChangeToApply,
  type ContentState,
  type ContentStore,
  type PullRequest,
  type PullResult,
  type StoredChange,
} from './content-store.ts';
import type { ContentDatabase, RecordsTable } from './schema.ts';

/**
 * Runs `work` in a transaction that holds the database's write lock from its first
 * statement, so that version numbers are assigned by one writer at a time, in commit
 * order: a reader never sees version n + 1 committed while n is still pending (which
 * would let a device's cursor skip n). SQLite: BEGIN IMMEDIATE (sqlite.ts). PostgreSQL:
 * `SELECT … FROM sync_state WHERE id = 1 FOR UPDATE` first, which serialises writers on
 * the counter row until commit.
 */
export type WriteTransaction = <T>(work: (trx: Kysely<ContentDatabase>) => Promise<T>) => Promise<T>;

/** SQLite limits bound parameters per statement; 8 columns × 100 rows stays far below it. */
const INSERT_CHUNK = 100;
const SELECT_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

function isRecordKind(kind: string): kind is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(kind);
}

async function readState(db: Kysely<ContentDatabase>): Promise<ContentState> {
  const row = await db
    .selectFrom('sync_state')
    .select(['last_version', 'tombstone_horizon'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return { contentVersion: row.last_version, tombstoneHorizon: row.tombstone_horizon };
}

export class KyselyContentStore implements ContentStore {
  constructor(
    private readonly db: Kysely<ContentDatabase>,
    private readonly writeTransaction: WriteTransaction,
  ) {}

  async applyChanges(changes: readonly ChangeToApply[], origin: ChangeOrigin): Promise<ApplySummary> {
    const ids = changes.map((change) => change.id);
    if (new Set(ids).size !== ids.length) throw new Error('applyChanges: a batch may hold each record id once');
    return this.writeTransaction(async (trx) => {
      const { contentVersion } = await readState(trx);
      const stored = new Map<string, Pick<RecordsTable, 'kind' | 'deleted' | 'data'>>();
      for (const chunk of chunks(ids, SELECT_CHUNK)) {
        const rows = await trx.selectFrom('records').select(['id', 'kind', 'deleted', 'data']).where('id', 'in', chunk).execute();
        for (const row of rows) stored.set(row.id, row);
      }
      const conflicts = changes.flatMap((change) => {
        const row = stored.get(change.id);
        return row && row.kind !== change.kind ? [{ id: change.id, storedKind: row.kind, newKind: change.kind }] : [];
      });
      if (conflicts.length > 0) throw new KindConflictError(conflicts);

      const summary: ApplySummary = { created: 0, updated: 0, deleted: 0, unchanged: 0, contentVersion };
      const stamp = { updated_at: origin.at.toISOString(), updated_by: origin.updatedBy };
      const inserts: RecordsTable[] = [];
      for (const change of changes) {
        const row = stored.get(change.id);
        const isLive = row !== undefined && row.deleted === 0;
        if (change.deleted ? !isLive : isLive && row.data === change.dataJson) {
          // Deleting what is not there, or storing what is already there: no new version.
          summary.unchanged += 1;
          continue;
        }
        summary.contentVersion += 1;
        const values = {
          kind: change.kind,
          version: summary.contentVersion,
          deleted: change.deleted ? 1 : 0,
          data: change.deleted ? null : change.dataJson,
          source: change.source,
          ...stamp,
        };
        if (row === undefined) {
          inserts.push({ id: change.id, ...values });
          summary.created += 1;
        } else {
          await trx.updateTable('records').set(values).where('id', '=', change.id).execute();
          if (change.deleted) summary.deleted += 1;
          else if (isLive) summary.updated += 1;
          else summary.created += 1;
        }
      }
      for (const chunk of chunks(inserts, INSERT_CHUNK)) await trx.insertInto('records').values(chunk).execute();
      if (summary.contentVersion !== contentVersion) {
        await trx.updateTable('sync_state').set({ last_version: summary.contentVersion }).where('id', '=', 1).execute();
      }
      return summary;
    });
  }

  state(): Promise<ContentState> {
    return readState(this.db);
  }

  pull(request: PullRequest): Promise<PullResult> {
    // One transaction = one snapshot (SQLite WAL; on PostgreSQL use REPEATABLE READ), so
    // the state, the restart decision and the rows agree even while an import commits.
    return this.db.transaction().execute(async (trx) => {
      const state = await readState(trx);
      const restarted = request.mustRestart(state);
      const after = restarted ? 0 : request.afterVersion;
      const rows = await trx
        .selectFrom('records')
        .select(['kind', 'id', 'version', 'deleted', 'data'])
        .where('version', '>', after)
        .orderBy('version')
        .limit(request.limit + 1)
        .execute();
      const page = rows.slice(0, request.limit);
      const hasMore = rows.length > request.limit;
      const changes: StoredChange[] = [];
      for (const row of page) {
        // A kind this server no longer knows is not published (it cannot be validated).
        if (!isRecordKind(row.kind)) continue;
        changes.push({ kind: row.kind, id: row.id, version: row.version, deleted: row.deleted === 1, dataJson: row.data });
      }
      const throughVersion = hasMore ? (page.at(-1)?.version ?? after) : state.contentVersion;
      return { state, restarted, changes, hasMore, throughVersion };
    });
  }

  async countLive(): Promise<Partial<Record<RecordKind, number>>> {
    const rows = await this.db
      .selectFrom('records')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('count')])
      .where('deleted', '=', 0)
      .groupBy('kind')
      .execute();
    const counts: Partial<Record<RecordKind, number>> = {};
    for (const row of rows) if (isRecordKind(row.kind)) counts[row.kind] = Number(row.count);
    return counts;
  }

  async isEmpty(): Promise<boolean> {
    const row = await this.db.selectFrom('records').select('id').limit(1).executeTakeFirst();
    return row === undefined;
  }

  async liveRecords(kind: RecordKind): Promise<{ id: string; dataJson: string }[]> {
    const rows = await this.db
      .selectFrom('records')
      .select(['id', 'data'])
      .where('kind', '=', kind)
      .where('deleted', '=', 0)
      .orderBy('id')
      .execute();
    return rows.flatMap((row) => (row.data === null ? [] : [{ id: row.id, dataJson: row.data }]));
  }

  compactTombstones(deletedBefore: Date): Promise<{ removed: number; tombstoneHorizon: number }> {
    return this.writeTransaction(async (trx) => {
      const cutoff = deletedBefore.toISOString();
      const found = await trx
        .selectFrom('records')
        .select([(eb) => eb.fn.countAll<number>().as('count'), (eb) => eb.fn.max<number | null>('version').as('highest')])
        .where('deleted', '=', 1)
        .where('updated_at', '<', cutoff)
        .executeTakeFirstOrThrow();
      const state = await readState(trx);
      const removed = Number(found.count);
      if (removed === 0 || found.highest === null) return { removed: 0, tombstoneHorizon: state.tombstoneHorizon };
      await trx.deleteFrom('records').where('deleted', '=', 1).where('updated_at', '<', cutoff).execute();
      const tombstoneHorizon = Math.max(state.tombstoneHorizon, found.highest);
      await trx.updateTable('sync_state').set({ tombstone_horizon: tombstoneHorizon }).where('id', '=', 1).execute();
      return { removed, tombstoneHorizon };
    });
  }

  async secret(name: string, create: () => string): Promise<string> {
    await this.db
      .insertInto('server_secrets')
      .values({ name, value: create() })
      .onConflict((conflict) => conflict.column('name').doNothing())
      .execute();
    const row = await this.db.selectFrom('server_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
    return row.value;
  }

  close(): Promise<void> {
    return this.db.destroy();
  }
}

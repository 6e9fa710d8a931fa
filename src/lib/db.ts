/**
 * The device database — the only module that imports Dexie (ARCHITECTURE.md, "one door
 * to the data"). Features reach it through their own `data/` hooks.
 *
 * Versions are append-only (STYLE.md): never edit a shipped `version(n)`; add `n + 1`
 * with an `upgrade()` that says why. Published tables hold what the server syncs and may
 * be cleared by a sync reset; local-only tables (cases, settings) are never touched by sync.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { RecordKind } from '../shared/records.ts';
import { DATABASE_NAME } from './db-early.ts';
import { dropSettingsSnapshot, refreshSettingsSnapshot } from './db-snapshot.ts';

/** A published record as stored on the device. `data` was validated by the shared schema. */
export interface StoredRecord<T = unknown> {
  id: string;
  version: number;
  data: T;
  /** Sync generation that last wrote the row (not indexed); a rebuild sweeps older ones. */
  epoch?: number;
}

/** Key-value rows about sync: the cursor, the last successful run. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A record the device refused (failed validation), kept to be shown in settings. */
export interface RejectedRecord {
  seq?: number;
  kind: string;
  id: string;
  version: number;
  reason: string;
  at: string;
}

/** A referral case. Local only, never synced (SAFETY.md rule 2). Shape grows with the referral issue. */
export interface CaseRow {
  id: string;
  updatedAt: string;
  expiresAt: string;
  payload: unknown;
}

/** Device settings, one row per key; validated by `lib/settings` on read. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A saved search index (lib/search/store.ts): derived from the published tables and
 * rebuildable from them, so a sync reset may clear it. `key` names the index.
 */
export interface SearchIndexRow {
  key: string;
  [field: string]: unknown;
}

export type PublishedTables = { [K in RecordKind]: Table<StoredRecord, string> };

export class PasserelleDatabase extends Dexie {
  declare organization: Table<StoredRecord, string>;
  declare service: Table<StoredRecord, string>;
  declare location: Table<StoredRecord, string>;
  declare guide: Table<StoredRecord, string>;
  declare checklist: Table<StoredRecord, string>;
  declare article: Table<StoredRecord, string>;
  declare protocol: Table<StoredRecord, string>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare rejected: EntityTable<RejectedRecord, 'seq'>;
  declare cases: EntityTable<CaseRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare searchIndex: EntityTable<SearchIndexRow, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Version 1 (2026-11): the first shipped schema.
    this.version(1).stores({
      organization: '&id, version',
      service: '&id, version',
      location: '&id, version',
      guide: '&id, version',
      checklist: '&id, version',
      article: '&id, version',
      protocol: '&id, version',
      meta: '&key',
      rejected: '++seq, kind, id',
      cases: '&id, updatedAt, expiresAt',
      settings: '&key',
    });
    // Version 2 (2026-11, directory search): adds `searchIndex`, the saved token index of
    // the directory with the highest record version it reflects, so that a cold start
    // loads it and catches up from the tables' `version` index instead of rebuilding.
    // No upgrade(): the table starts empty and fills itself from the published tables.
    this.version(2).stores({
      searchIndex: '&key',
    });
    this.keepSettingsSnapshot();
  }

  /**
   * Start-up's copy of the `settings` rows (db-snapshot.ts) follows every write, however
   * it is made (nested in a larger transaction too): dropped at once, inside the write's
   * transaction, and written again from the table once that transaction has committed or
   * aborted.
   */
  private keepSettingsSnapshot(): void {
    const refreshing = new WeakSet<IDBTransaction>();
    const changed = (transaction: Transaction) => {
      dropSettingsSnapshot(this.name);
      const native = transaction.idbtrans;
      if (refreshing.has(native)) return;
      refreshing.add(native);
      const refresh = () => {
        refreshSettingsSnapshot(this.name).catch((error: unknown) => console.warn('The start-up copy of the settings could not be written.', error));
      };
      native.addEventListener('complete', refresh);
      native.addEventListener('abort', refresh);
    };
    this.settings.hook('creating', (_key, _row, transaction) => {
      changed(transaction);
    });
    this.settings.hook('updating', (_changes, _key, _row, transaction) => {
      changed(transaction);
    });
    this.settings.hook('deleting', (_key, _row, transaction) => {
      changed(transaction);
    });
  }

  /** The table that stores published records of `kind`. */
  published(kind: RecordKind): Table<StoredRecord, string> {
    return this.table(kind);
  }
}

export const db = new PasserelleDatabase();

/** True when called inside a transaction's scope: what it writes is not stored until that transaction commits. */
export function isInTransaction(): boolean {
  return Boolean(Dexie.currentTransaction);
}

export { DATABASE_NAME, isQuotaError, readSearchIndexRowsEarly, readSettingsRows, type SettingsRows } from './db-early.ts';
export { readSettingsSnapshot } from './db-snapshot.ts';
export { liveQuery } from 'dexie';
export { useLiveQuery } from 'dexie-react-hooks';

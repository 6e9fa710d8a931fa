/** Table shapes as Kysely sees them. Changed only through a new migration in `migrations.ts`. */

export interface RecordsTable {
  /** UUID, unique across kinds. */
  id: string;
  kind: string;
  /** Unique; taken from `sync_state.last_version` + 1 in the write transaction. */
  version: number;
  /** 1 for a tombstone (SQLite has no boolean). */
  deleted: number;
  /** Canonical JSON of the publishable data; null for a tombstone. */
  data: string | null;
  /** ISO 8601, UTC. */
  updated_at: string;
  updated_by: string;
  source: string;
}

/** One row (id = 1): the version counter and the tombstone horizon. */
export interface SyncStateTable {
  id: number;
  last_version: number;
  tombstone_horizon: number;
}

export interface ServerSecretsTable {
  name: string;
  value: string;
}

export interface ContentDatabase {
  records: RecordsTable;
  sync_state: SyncStateTable;
  server_secrets: ServerSecretsTable;
}

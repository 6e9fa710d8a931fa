/**
 * Migrations, in code so that they ship with the server and run at start (Kysely's
 * Migrator records which ran in `kysely_migration`). Append only: never edit a migration
 * that has shipped — add the next one.
 *
 * Push (editors, a later issue) adds a `mutations` table — (client_id, mutation_id)
 * primary key for deduplication, the base version, the patch, the result — applied in
 * the same write transaction as the records it changes; nothing here needs to change.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const migrations: Record<string, Migration> = {
  '0001-records': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('records')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull().unique())
        .addColumn('deleted', 'integer', (column) => column.notNull().defaultTo(0))
        .addColumn('data', 'text')
        .addColumn('updated_at', 'text', (column) => column.notNull())
        .addColumn('updated_by', 'text', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .execute();
      // Counts per kind and compaction scan by (deleted, kind) and (deleted, updated_at).
      await db.schema.createIndex('records_deleted_kind').on('records').columns(['deleted', 'kind']).execute();
      await db.schema.createIndex('records_deleted_updated').on('records').columns(['deleted', 'updated_at']).execute();
      await db.schema
        .createTable('sync_state')
        .addColumn('id', 'integer', (column) => column.primaryKey().check(sql`id = 1`))
        .addColumn('last_version', 'integer', (column) => column.notNull())
        .addColumn('tombstone_horizon', 'integer', (column) => column.notNull())
        .execute();
      await sql`insert into sync_state (id, last_version, tombstone_horizon) values (1, 0, 0)`.execute(db);
      await db.schema
        .createTable('server_secrets')
        .addColumn('name', 'text', (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

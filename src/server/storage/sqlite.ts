/**
 * The embedded default: one SQLite file under the data folder (ARCHITECTURE.md, "Server").
 *
 * Durability: WAL with `synchronous=NORMAL` survives a crash of the process; a power cut
 * may lose the last transactions but never corrupts the file. A device whose cursor
 * points past what survived gets a 400 for that cursor and rebuilds its copy.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type { ContentStore } from './content-store.ts';
import { KyselyContentStore, type WriteTransaction } from './kysely-content-store.ts';
import { migrationProvider } from './migrations.ts';
import type { ContentDatabase } from './schema.ts';

export const SQLITE_FILE_NAME = 'passerelle.sqlite';

/** How long a writer waits for another process (the content CLI beside the server) to commit. */
const BUSY_TIMEOUT_MS = 10_000;

function sqliteWriteTransaction(db: Kysely<ContentDatabase>): WriteTransaction {
  return (work) =>
    db.connection().execute(async (connection) => {
      // BEGIN IMMEDIATE takes SQLite's single write lock before the first read, so a
      // concurrent writer (the CLI while the server runs) waits on the busy timeout
      // instead of failing with SQLITE_BUSY after reading a stale snapshot.
      await sql`begin immediate`.execute(connection);
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        await sql`rollback`.execute(connection);
        throw error;
      }
    });
}

/** Opens (creating if needed) the database in `dataDir` and brings its schema up to date. */
export async function openSqliteContentStore(dataDir: string): Promise<ContentStore> {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(path.join(dataDir, SQLITE_FILE_NAME), { timeout: BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<ContentDatabase>({ dialect: new SqliteDialect({ database }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`database migration failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return new KyselyContentStore(db, sqliteWriteTransaction(db));
}

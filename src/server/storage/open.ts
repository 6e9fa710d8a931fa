/**
 * Chooses the store for a configuration. SQLite in the data folder is the default;
 * PostgreSQL (`DATABASE_URL`) will be another `KyselyContentStore` with the pg dialect.
 */
import type { ContentStore } from './content-store.ts';
import { openSqliteContentStore } from './sqlite.ts';

export function openContentStore(config: { dataDir: string }): Promise<ContentStore> {
  return openSqliteContentStore(config.dataDir);
}

/** Seeds the device tables directly with records, as the sync engine would leave them. */
import { db } from '../../../src/lib/db.ts';
import type { ContentPack } from '../../../src/shared/content-pack.ts';
import type { RecordKind } from '../../../src/shared/records.ts';

type DirectoryKind = Extract<RecordKind, 'service' | 'organization' | 'location'>;
const isDirectoryKind = (kind: RecordKind): kind is DirectoryKind => kind === 'service' || kind === 'organization' || kind === 'location';

export async function clearDirectoryTables(): Promise<void> {
  await Promise.all([db.service.clear(), db.organization.clear(), db.location.clear(), db.searchIndex.clear()]);
}

/** Writes every record of `packs` with increasing versions from `firstVersion`; returns the next version. */
export async function seedPacks(packs: readonly ContentPack[], firstVersion = 1): Promise<number> {
  let version = firstVersion;
  const rows: Record<DirectoryKind, { id: string; version: number; data: unknown }[]> = { service: [], organization: [], location: [] };
  for (const pack of packs) {
    for (const record of pack.records) {
      if (isDirectoryKind(record.kind)) rows[record.kind].push({ id: record.id, version: version++, data: record.data });
    }
  }
  await db.transaction('rw', [db.service, db.organization, db.location], async () => {
    await Promise.all([db.service.bulkPut(rows.service), db.organization.bulkPut(rows.organization), db.location.bulkPut(rows.location)]);
  });
  return version;
}

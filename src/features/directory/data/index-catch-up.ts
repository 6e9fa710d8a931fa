/**
 * The two steps that bring the directory index up to date with the published tables.
 * Each runs in one read transaction, so it sees one consistent state of the tables.
 *
 * 1. New versions: rows above the version the index reflects, found through the tables'
 *    `version` index; the services they touch (directly, or through their organisation
 *    or places) are indexed again. Cheap: nothing is read when nothing changed.
 * 2. Deletions: a deleted row leaves nothing to find by version, so the ids the index has
 *    seen are compared with the tables' counts, and a key diff runs only when they differ
 *    (it also picks up rows that came back at an old version after a sync reset). Counting
 *    reads every key, so this step runs after the index is already answering.
 */
import { db, type StoredRecord } from '../../../lib/db.ts';
import { SearchIndex } from '../../../lib/search/index.ts';
import type { LocationData, OrganizationData, ServiceData } from '../../../shared/kinds/directory.ts';
import { toDirectoryEntry, type DirectoryEntry, type LocatedData } from '../model.ts';
import { searchFields } from './search-document.ts';

export interface IndexMeta {
  /** Highest record version (any directory kind) the index reflects. */
  version: number;
  organizationIds: Set<string>;
  locationIds: Set<string>;
}

export interface IndexState {
  index: SearchIndex<DirectoryEntry>;
  meta: IndexMeta;
}

export const emptyMeta = (): IndexMeta => ({ version: 0, organizationIds: new Set(), locationIds: new Set() });
const maxVersion = (rows: readonly StoredRecord[]) => rows.reduce((max, row) => Math.max(max, row.version), 0);
const lastVersion = async (kind: 'service' | 'organization' | 'location') => (await db.published(kind).orderBy('version').last())?.version ?? 0;

/** Services that use one of these organisations or places, among those indexed. */
function servicesUsing(index: SearchIndex<DirectoryEntry>, organizations: ReadonlySet<string>, locations: ReadonlySet<string>): string[] {
  if (organizations.size === 0 && locations.size === 0) return [];
  return index
    .payloads()
    .filter((entry) => organizations.has(entry.organizationId) || entry.locationIds.some((id) => locations.has(id)))
    .map((entry) => entry.id);
}

/** Indexes `serviceIds` again from the tables (`known` rows already read); removes those gone. Inside a transaction. */
async function reindex(index: SearchIndex<DirectoryEntry>, serviceIds: ReadonlySet<string>, known: ReadonlyMap<string, StoredRecord>): Promise<number> {
  if (serviceIds.size === 0) return 0;
  const rows = new Map(known);
  const missing = [...serviceIds].filter((id) => !rows.has(id));
  let changes = 0;
  for (const [position, row] of (await db.service.bulkGet(missing)).entries()) {
    const id = missing[position];
    if (!id) continue;
    if (row) rows.set(id, row);
    else if (index.remove(id)) changes += 1;
  }
  const serviceRows = [...rows.values()];
  const organizationIds = [...new Set(serviceRows.map((row) => (row.data as ServiceData).organizationId))];
  const locationIds = [...new Set(serviceRows.flatMap((row) => (row.data as ServiceData).locationIds))];
  const [organizationRows, locationRows] = await Promise.all([db.organization.bulkGet(organizationIds), db.location.bulkGet(locationIds)]);
  const organizations = new Map(organizationRows.flatMap((row) => (row ? [[row.id, row.data as OrganizationData] as const] : [])));
  const places = new Map(locationRows.flatMap((row): [string, LocatedData][] => (row ? [[row.id, { id: row.id, data: row.data as LocationData }]] : [])));
  for (const row of serviceRows) {
    try {
      const service = row.data as ServiceData;
      const organization = organizations.get(service.organizationId);
      const own = service.locationIds.flatMap((id) => places.get(id) ?? []);
      index.add(row.id, searchFields(service, organization, own), toDirectoryEntry(row.id, service, organization, own));
    } catch (error) {
      // A row the sync accepted but this code cannot read must not stop the others.
      index.remove(row.id);
      console.warn(`Service ${row.id} could not be indexed.`, error);
    }
    changes += 1;
  }
  return changes;
}

const rowsAbove = (version: number) =>
  Promise.all([
    db.service.where('version').above(version).toArray(),
    db.organization.where('version').above(version).toArray(),
    db.location.where('version').above(version).toArray(),
  ]);

/**
 * Step 1: rows above the index's version. Returns the new state and whether anything changed.
 * The tables' top versions and the rows above the index's are read together: on a cold
 * start this step stands between the loaded index and search ready, and it finds nothing.
 */
export function applyNewVersions(state: IndexState): Promise<{ state: IndexState; isChanged: boolean }> {
  return db.transaction('r', [db.service, db.organization, db.location], async () => {
    let { index, meta } = state;
    const [tops, above] = await Promise.all([Promise.all([lastVersion('service'), lastVersion('organization'), lastVersion('location')]), rowsAbove(meta.version)]);
    let [services, organizations, locations] = above;
    if (Math.max(...tops) < meta.version) {
      // The server's numbering started over (a new server): nothing saved can be trusted.
      index = new SearchIndex();
      meta = emptyMeta();
      [services, organizations, locations] = await rowsAbove(0);
    }
    const since = meta.version;
    const changedOrganizations = new Set(organizations.map((row) => row.id));
    const changedLocations = new Set(locations.map((row) => row.id));
    for (const id of changedOrganizations) meta.organizationIds.add(id);
    for (const id of changedLocations) meta.locationIds.add(id);
    const serviceIds = new Set([...services.map((row) => row.id), ...servicesUsing(index, changedOrganizations, changedLocations)]);
    const changes = await reindex(index, serviceIds, new Map(services.map((row) => [row.id, row])));
    meta.version = Math.max(since, maxVersion(services), maxVersion(organizations), maxVersion(locations));
    return { state: { index, meta }, isChanged: changes > 0 || meta.version !== since || index !== state.index };
  });
}

/** Step 2: deletions (and rows back at old versions), found by counting. */
export function reconcileDeletions(state: IndexState): Promise<boolean> {
  const { index, meta } = state;
  return db.transaction('r', [db.service, db.organization, db.location], async () => {
    const [serviceCount, organizationCount, locationCount] = await Promise.all([db.service.count(), db.organization.count(), db.location.count()]);
    const serviceIds = new Set<string>();
    if (index.size !== serviceCount) {
      const present = new Set(await db.service.toCollection().primaryKeys());
      for (const id of [...index.ids()]) if (!present.has(id)) serviceIds.add(id);
      for (const id of present) if (!index.has(id)) serviceIds.add(id);
    }
    const touched = { organization: new Set<string>(), location: new Set<string>() };
    for (const [kind, known, count] of [
      ['organization', meta.organizationIds, organizationCount],
      ['location', meta.locationIds, locationCount],
    ] as const) {
      if (known.size === count) continue;
      const present = new Set(await db.published(kind).toCollection().primaryKeys());
      for (const id of [...known]) {
        if (present.has(id)) continue;
        known.delete(id);
        touched[kind].add(id);
      }
      for (const id of present) {
        if (known.has(id)) continue;
        known.add(id);
        touched[kind].add(id);
      }
    }
    for (const id of servicesUsing(index, touched.organization, touched.location)) serviceIds.add(id);
    return (await reindex(index, serviceIds, new Map())) > 0;
  });
}

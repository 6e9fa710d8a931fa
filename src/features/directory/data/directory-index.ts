/**
 * Keeps the directory's search index up to date with the published tables, incrementally
 * (CONTRACTS.md, "Sync engine → other features"). The index is saved with the highest
 * record version it reflects; each catch-up reads only the rows above that version through
 * the tables' `version` index. Deletions leave no row to find, so the index also keeps the
 * ids it has seen and compares them with the tables' counts; when they differ, a key diff
 * finds what went away (or came back at an old version after a sync reset).
 *
 * This relies on the sync engine writing pages in version order, each in one transaction
 * (ARCHITECTURE.md): then every row at or below the saved version was already indexed.
 */
import { db, type StoredRecord } from '../../../lib/db.ts';
import { loadSearchIndex, saveSearchIndex, SearchIndex } from '../../../lib/search/index.ts';
import type { LocationData, OrganizationData, ServiceData } from '../../../shared/kinds/directory.ts';
import { toDirectoryEntry, type DirectoryEntry, type LocatedData } from '../model.ts';
import { searchFields } from './search-document.ts';

export const DIRECTORY_INDEX_KEY = 'directory';
/** Coalesces the saves of a sync that lands many pages in a row. */
const SAVE_DELAY_MS = 400;

interface IndexMeta {
  /** Highest record version (any directory kind) the index reflects. */
  version: number;
  organizationIds: Set<string>;
  locationIds: Set<string>;
}

interface SavedMeta {
  version: number;
  organizationIds: string;
  locationIds: string;
}

function toSavedMeta(meta: IndexMeta): SavedMeta {
  return { version: meta.version, organizationIds: [...meta.organizationIds].join('\n'), locationIds: [...meta.locationIds].join('\n') };
}

function fromSavedMeta(value: unknown): IndexMeta | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Partial<SavedMeta>;
  if (typeof saved.version !== 'number' || typeof saved.organizationIds !== 'string' || typeof saved.locationIds !== 'string') return null;
  const split = (text: string) => new Set(text === '' ? [] : text.split('\n'));
  return { version: saved.version, organizationIds: split(saved.organizationIds), locationIds: split(saved.locationIds) };
}

/** User Timing marks, read by the search benchmark (tests/bench/search.ts); nothing is sent anywhere. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

const emptyMeta = (): IndexMeta => ({ version: 0, organizationIds: new Set(), locationIds: new Set() });
const maxVersion = (rows: readonly StoredRecord[]) => rows.reduce((max, row) => Math.max(max, row.version), 0);
const lastVersion = async (kind: 'service' | 'organization' | 'location') => (await db.published(kind).orderBy('version').last())?.version ?? 0;

export class DirectoryIndex {
  index = new SearchIndex<DirectoryEntry>();
  private meta = emptyMeta();
  private opened: Promise<void> | null = null;
  private queue: Promise<boolean> = Promise.resolve(false);
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private isClosed = false;
  private hasMarkedReady = false;

  /** Loads the saved index (once). */
  open(): Promise<void> {
    this.opened ??= (async () => {
      mark('directory-index:open');
      const saved = await loadSearchIndex<DirectoryEntry>(DIRECTORY_INDEX_KEY).catch(() => null);
      const meta = saved ? fromSavedMeta(saved.meta) : null;
      if (saved && meta) {
        this.index = saved.index;
        this.meta = meta;
      }
      mark('directory-index:loaded');
    })();
    return this.opened;
  }

  /** Brings the index up to date with the tables; true when something changed. Runs one at a time. */
  catchUp(): Promise<boolean> {
    const run = this.queue.then(async () => {
      await this.open();
      const changed = await this.catchUpNow();
      if (!this.hasMarkedReady) {
        this.hasMarkedReady = true;
        mark('directory-index:ready');
      }
      if (changed) this.scheduleSave();
      return changed;
    });
    this.queue = run.catch(() => false);
    return run;
  }

  /** Saves now (tests and benchmarks; the app saves on its own after each catch-up). */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.queue;
    await saveSearchIndex(DIRECTORY_INDEX_KEY, this.index, toSavedMeta(this.meta));
  }

  /** Stops pending saves; the instance is not used again. */
  close(): void {
    this.isClosed = true;
    if (this.saveTimer) clearTimeout(this.saveTimer);
  }

  private scheduleSave(): void {
    if (this.saveTimer || this.isClosed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      if (this.isClosed) return;
      this.save().catch((error: unknown) => console.warn('The search index could not be saved; it will catch up next time.', error));
    }, SAVE_DELAY_MS);
  }

  private async catchUpNow(): Promise<boolean> {
    return db.transaction('r', [db.service, db.organization, db.location], async () => {
      const top = Math.max(await lastVersion('service'), await lastVersion('organization'), await lastVersion('location'));
      if (top < this.meta.version) {
        // The server's numbering started over (a new server): nothing saved can be trusted.
        this.index = new SearchIndex();
        this.meta = emptyMeta();
      }
      const since = this.meta.version;
      const [services, organizations, locations] = await Promise.all([
        db.service.where('version').above(since).toArray(),
        db.organization.where('version').above(since).toArray(),
        db.location.where('version').above(since).toArray(),
      ]);
      const [serviceCount, organizationCount, locationCount] = await Promise.all([db.service.count(), db.organization.count(), db.location.count()]);

      const changedOrganizations = new Set(organizations.map((row) => row.id));
      const changedLocations = new Set(locations.map((row) => row.id));
      for (const id of changedOrganizations) this.meta.organizationIds.add(id);
      for (const id of changedLocations) this.meta.locationIds.add(id);
      const serviceIds = new Set(services.map((row) => row.id));

      // Deletions (and rows back at an old version after a reset), found by counting.
      const removedServices: string[] = [];
      const knownServices = new Set([...this.index.ids(), ...serviceIds]);
      if (knownServices.size !== serviceCount) {
        const present = new Set(await db.service.toCollection().primaryKeys());
        for (const id of knownServices) if (!present.has(id)) removedServices.push(id);
        for (const id of present) if (!knownServices.has(id)) serviceIds.add(id);
      }
      for (const [table, known, changed, count] of [
        [db.organization, this.meta.organizationIds, changedOrganizations, organizationCount],
        [db.location, this.meta.locationIds, changedLocations, locationCount],
      ] as const) {
        if (known.size === count) continue;
        const present = new Set(await table.toCollection().primaryKeys());
        for (const id of [...known]) {
          if (present.has(id)) continue;
          known.delete(id);
          changed.add(id);
        }
        for (const id of present) {
          if (known.has(id)) continue;
          known.add(id);
          changed.add(id);
        }
      }

      // Services whose organisation or places changed are indexed again.
      if (changedOrganizations.size > 0 || changedLocations.size > 0) {
        for (const entry of this.index.payloads()) {
          if (changedOrganizations.has(entry.organizationId) || entry.locationIds.some((id) => changedLocations.has(id))) serviceIds.add(entry.id);
        }
      }
      const rows = new Map(services.map((row) => [row.id, row]));
      const missing = [...serviceIds].filter((id) => !rows.has(id));
      for (const [position, row] of (await db.service.bulkGet(missing)).entries()) {
        const id = missing[position];
        if (!id) continue;
        if (row) rows.set(id, row);
        else removedServices.push(id);
      }

      const serviceRows = [...rows.values()];
      const organizationIds = [...new Set(serviceRows.map((row) => (row.data as ServiceData).organizationId))];
      const locationIds = [...new Set(serviceRows.flatMap((row) => (row.data as ServiceData).locationIds))];
      const [organizationRows, locationRows] = await Promise.all([db.organization.bulkGet(organizationIds), db.location.bulkGet(locationIds)]);
      const organizationsById = new Map(organizationRows.flatMap((row) => (row ? [[row.id, row.data as OrganizationData] as const] : [])));
      const places: LocatedData[] = locationRows.flatMap((row) => (row ? [{ id: row.id, data: row.data as LocationData }] : []));
      const placesById = new Map(places.map((place) => [place.id, place]));

      for (const id of removedServices) this.index.remove(id);
      for (const row of serviceRows) {
        try {
          const service = row.data as ServiceData;
          const organization = organizationsById.get(service.organizationId);
          const own = service.locationIds.flatMap((id) => placesById.get(id) ?? []);
          this.index.add(row.id, searchFields(service, organization, own), toDirectoryEntry(row.id, service, organization, own));
        } catch (error) {
          // A row the sync accepted but this code cannot read must not stop the others.
          this.index.remove(row.id);
          console.warn(`Service ${row.id} could not be indexed.`, error);
        }
      }
      this.meta.version = Math.max(since, maxVersion(services), maxVersion(organizations), maxVersion(locations));
      return serviceRows.length > 0 || removedServices.length > 0 || this.meta.version !== since;
    });
  }
}

let shared: DirectoryIndex | null = null;

/** The directory index of this page (one per page, shared by every screen). */
export function directoryIndex(): DirectoryIndex {
  shared ??= new DirectoryIndex();
  return shared;
}

/** Forgets the in-memory index (tests; after the device's data was erased). */
export function resetDirectoryIndex(): void {
  shared?.close();
  shared = null;
}

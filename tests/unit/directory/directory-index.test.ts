import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDemoDirectory, helpLinesPack } from '../../../src/content/directory/index.ts';
import { DirectoryIndex } from '../../../src/features/directory/data/directory-index.ts';
import { PREVIEW_SIZE } from '../../../src/features/directory/data/preview.ts';
import { scoresOf, topEntries } from '../../../src/features/directory/data/ranking.ts';
import { db } from '../../../src/lib/db.ts';
import type { OrganizationData, ServiceData } from '../../../src/shared/kinds/directory.ts';
import { required } from './required.ts';
import { clearDirectoryTables, seedPacks } from './seed.ts';

const pack = generateDemoDirectory({ services: 60 });
const firstService = pack.records.find((record) => record.kind === 'service');
const serviceCount = pack.records.filter((record) => record.kind === 'service').length;

function nameOf(index: DirectoryIndex, query: string): string[] {
  const hits = index.index.search(query) ?? [];
  return topEntries(hits.map((hit) => hit.payload), scoresOf(hits), 'fr', 50).map((entry) => entry.name.fr ?? '');
}

const instances: DirectoryIndex[] = [];

/** A fresh index, closed after the test so that its delayed save cannot leak into the next one. */
function newIndex(): DirectoryIndex {
  const directory = new DirectoryIndex();
  instances.push(directory);
  return directory;
}

/** Indexes the tables and saves the index (with a preview in `previewLanguage`, if given), as a previous start would have. */
async function saveAnIndex(previewLanguage?: string): Promise<DirectoryIndex> {
  const first = newIndex();
  if (previewLanguage) first.previewLanguage = previewLanguage;
  await first.catchUp();
  await first.save();
  first.close();
  return first;
}

beforeEach(async () => {
  await clearDirectoryTables();
});

afterEach(() => {
  for (const directory of instances.splice(0)) directory.close();
});

describe('the directory index', () => {
  it('indexes every service found in the tables, with its organisation', async () => {
    await seedPacks([pack, helpLinesPack()]);
    const directory = newIndex();
    expect(await directory.catchUp()).toBe(true);
    expect(directory.index.size).toBe(serviceCount + helpLinesPack().records.filter((record) => record.kind === 'service').length);
    expect(nameOf(directory, 'sos violence conjugale')).toEqual(['SOS violence conjugale']);
    const organizationName = (pack.records.find((record) => record.id === (firstService?.data as ServiceData).organizationId)?.data as OrganizationData).name.fr;
    expect(nameOf(directory, organizationName ?? '')).toContain((firstService?.data as ServiceData).name.fr);
  });

  it('catches up only with rows above the version it reflects', async () => {
    const next = await seedPacks([pack]);
    const directory = newIndex();
    await directory.catchUp();
    const newLines = await seedPacks([helpLinesPack()], next);
    expect(await directory.catchUp()).toBe(true);
    expect(nameOf(directory, 'Info-aide violence sexuelle')[0]).toBe('Info-aide violence sexuelle');
    // A row changed without a new version is not read again: proof that nothing is rebuilt.
    const row = required(await db.service.get(firstService?.id ?? ''));
    await db.service.put({ ...row, data: { ...(row.data as ServiceData), name: { fr: 'Nom sournois' } } });
    expect(await directory.catchUp()).toBe(false);
    expect(nameOf(directory, 'sournois')).toEqual([]);
    // The same change with a new version is.
    await db.service.put({ ...row, version: newLines, data: { ...(row.data as ServiceData), name: { fr: 'Nom nouveau' } } });
    expect(await directory.catchUp()).toBe(true);
    expect(nameOf(directory, 'nouveau')).toEqual(['Nom nouveau']);
  });

  it('forgets a service deleted from the tables', async () => {
    await seedPacks([pack]);
    const directory = newIndex();
    await directory.catchUp();
    await db.service.delete(firstService?.id ?? '');
    expect(await directory.catchUp()).toBe(true);
    expect(directory.index.has(firstService?.id ?? '')).toBe(false);
    expect(directory.index.size).toBe(serviceCount - 1);
  });

  it('indexes a service again when its organisation is renamed or deleted', async () => {
    const next = await seedPacks([pack]);
    const directory = newIndex();
    await directory.catchUp();
    const service = firstService?.data as ServiceData;
    const organization = required(await db.organization.get(service.organizationId));
    await db.organization.put({ ...organization, version: next, data: { ...(organization.data as OrganizationData), name: { fr: 'Refuge Zéphyrine' } } });
    await directory.catchUp();
    const sameOrganization = pack.records.filter((record) => record.kind === 'service' && (record.data as ServiceData).organizationId === service.organizationId);
    expect(nameOf(directory, 'zephyrine').sort()).toEqual(sameOrganization.map((record) => (record.data as ServiceData).name.fr).sort());
    await db.organization.delete(service.organizationId);
    await directory.catchUp();
    expect(nameOf(directory, 'zephyrine')).toEqual([]);
  });

  it('picks up a service written before its organisation once the organisation arrives', async () => {
    const service = required(pack.records.find((record) => record.kind === 'service'));
    const organization = required(pack.records.find((record) => record.kind === 'organization' && record.id === (service.data as ServiceData).organizationId));
    await db.service.put({ id: service.id, version: 1, data: service.data });
    const directory = newIndex();
    await directory.catchUp();
    const organizationWord = 'fictif';
    expect(directory.index.search(organizationWord)).toEqual([]);
    await db.organization.put({ id: organization.id, version: 2, data: organization.data });
    await directory.catchUp();
    expect(directory.index.search(organizationWord)?.map((hit) => hit.id)).toEqual([service.id]);
  });

  it('survives a sync reset that clears the tables and refills them at the same versions', async () => {
    await seedPacks([pack]);
    const directory = newIndex();
    await directory.catchUp();
    await clearDirectoryTables();
    await directory.catchUp();
    expect(directory.index.size).toBe(0);
    await seedPacks([pack]);
    await directory.catchUp();
    expect(directory.index.size).toBe(serviceCount);
  });

  it('starts over when the tables come back at lower versions (a new server), changed records included', async () => {
    await seedPacks([pack], 1000);
    const directory = newIndex();
    await directory.catchUp();
    const service = required(firstService);
    const renamed = { ...pack, records: pack.records.map((record) => (record.id === service.id ? { ...record, data: { ...(record.data as ServiceData), name: { fr: 'Refuge Renommé' } } } : record)) };
    await clearDirectoryTables();
    await seedPacks([renamed]);
    expect(await directory.catchUp()).toBe(true);
    expect(directory.index.size).toBe(serviceCount);
    expect(nameOf(directory, 'renomme')).toEqual(['Refuge Renommé']);
  });

  it('is saved with its version and loaded on the next start without reading the tables again', async () => {
    await seedPacks([pack]);
    await saveAnIndex();
    const second = newIndex();
    await second.open();
    expect(second.index.size).toBe(serviceCount);
    expect(nameOf(second, 'hébergement').length).toBeGreaterThan(0);
    expect(await second.catchUp()).toBe(false);
  });

  it('answers from the saved index as soon as it is open, and catches up with the tables after', async () => {
    const next = await seedPacks([pack]);
    const first = newIndex();
    await first.catchUp();
    await first.save();
    first.close();
    await seedPacks([helpLinesPack()], next);
    const second = newIndex();
    expect(second.hasSavedIndex).toBe(false);
    await second.open();
    expect(second.hasSavedIndex).toBe(true);
    expect(second.index.size).toBe(serviceCount);
    expect(nameOf(second, 'Info-aide violence sexuelle')).toEqual([]);
    expect(await second.catchUp()).toBe(true);
    expect(nameOf(second, 'Info-aide violence sexuelle')[0]).toBe('Info-aide violence sexuelle');
  });

  it('has nothing to answer with before its first catch-up when no index was saved', async () => {
    await seedPacks([pack]);
    const directory = newIndex();
    await directory.open();
    expect(directory.hasSavedIndex).toBe(false);
    expect(directory.index.size).toBe(0);
  });

  it('never indexes the city of a confidential place', async () => {
    await seedPacks([pack]);
    const directory = newIndex();
    await directory.catchUp();
    for (const entry of directory.index.payloads()) {
      if (entry.types.includes('emergency-shelter')) expect(entry.city).toBeNull();
    }
  });

  it('saves the first page of the list in the list language, and reads it before decoding the index', async () => {
    await seedPacks([pack, helpLinesPack()]);
    const first = await saveAnIndex('fr');
    const expected = topEntries(first.index.payloads(), null, 'fr', PREVIEW_SIZE).map((entry) => entry.id);

    const second = newIndex();
    const preview = await second.prepare();
    expect(second.hasSavedIndex).toBe(false);
    expect(preview?.lng).toBe('fr');
    expect(preview?.total).toBe(serviceCount + helpLinesPack().records.filter((record) => record.kind === 'service').length);
    expect(preview?.entries.map((entry) => entry.id)).toEqual(expected);
    await second.open();
    expect(second.hasSavedIndex).toBe(true);
    expect(second.index.size).toBe(preview?.indexedCount);
  });

  it('is saved again when the list language has no preview yet, even with nothing new in the tables', async () => {
    await seedPacks([pack]);
    await saveAnIndex();
    const second = newIndex();
    second.previewLanguage = 'ar';
    expect(await second.prepare()).toBeNull();
    expect(await second.catchUp()).toBe(false);
    // The save is scheduled by the catch-up itself (after a short delay).
    await vi.waitFor(async () => expect((await new DirectoryIndex().prepare())?.lng).toBe('ar'), { timeout: 3000 });
  });
});

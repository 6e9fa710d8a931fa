import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PasserelleDatabase } from '../../../src/lib/db.ts';

describe('upgrading the device database', () => {
  it('opens a version 1 database with data, keeps it, and adds the search index table', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    // Version 1 exactly as it shipped.
    const old = new Dexie(name);
    old.version(1).stores({
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
    await old.table('service').put({ id: 's1', version: 3, data: { name: { fr: 'Service' } } });
    await old.table('settings').put({ key: 'device', value: { language: 'ar' } });
    old.close();

    const upgraded = new PasserelleDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(2);
    expect(await upgraded.service.get('s1')).toEqual({ id: 's1', version: 3, data: { name: { fr: 'Service' } } });
    expect(await upgraded.settings.get('device')).toEqual({ key: 'device', value: { language: 'ar' } });
    await upgraded.searchIndex.put({ key: 'directory', format: 2 });
    expect(await upgraded.searchIndex.count()).toBe(1);
    upgraded.close();
  });
});

import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PasserelleDatabase, isQuotaError, readSettingsRows } from '../../../src/lib/db.ts';
import { RECORD_KINDS } from '../../../src/shared/records.ts';

describe('device database', () => {
  it('has a table for every published kind and for local-only data', async () => {
    const database = new PasserelleDatabase(`test-${crypto.randomUUID()}`);
    await database.open();
    const names = database.tables.map((table) => table.name);
    for (const kind of RECORD_KINDS) expect(names).toContain(kind);
    expect(names).toEqual(expect.arrayContaining(['meta', 'rejected', 'cases', 'settings']));
    database.close();
  });

  it('recognises a quota error however the browser reports it', () => {
    const domQuota = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(domQuota)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  describe('the start-up read of the settings rows, without Dexie', () => {
    const names = async () => (await indexedDB.databases()).map((database) => database.name);

    it('finds nothing on a new device, and leaves no database behind for Dexie to trip on', async () => {
      const name = `test-${crypto.randomUUID()}`;
      expect(await readSettingsRows(name)).toEqual(new Map());
      expect(await names()).not.toContain(name);
      const database = new PasserelleDatabase(name);
      await database.settings.put({ key: 'device', value: { language: 'ar' } });
      expect(database.verno).toBe(2);
      database.close();
    });

    it('reads every settings row by key, and lets Dexie open and write at once after', async () => {
      const name = `test-${crypto.randomUUID()}`;
      const database = new PasserelleDatabase(name);
      await database.settings.bulkPut([
        { key: 'device', value: { language: 'fa' } },
        { key: 'tablet', value: { isEnabled: false } },
      ]);
      database.close();
      expect(await readSettingsRows(name)).toEqual(
        new Map<string, unknown>([
          ['device', { language: 'fa' }],
          ['tablet', { isEnabled: false }],
        ]),
      );
      const again = new PasserelleDatabase(name);
      await again.settings.put({ key: 'device', value: { language: 'ur' } });
      expect((await again.settings.get('device'))?.value).toEqual({ language: 'ur' });
      again.close();
    });
  });
});

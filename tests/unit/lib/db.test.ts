import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PasserelleDatabase, isQuotaError } from '../../../src/lib/db.ts';
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
});

import { beforeEach, describe, expect, it } from 'vitest';
import { hasPassphraseCases } from '../../../src/lib/cases/locked-cases.ts';
import { db } from '../../../src/lib/db.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const row = (id: string, expiresAt: string, payload: unknown) => ({ id, updatedAt: '2026-11-20T10:00:00Z', expiresAt, payload });

beforeEach(async () => {
  await db.cases.clear();
});

describe('whether the device holds passphrase-protected cases', () => {
  it('is false with no case, or with cases kept in clear', async () => {
    expect(await hasPassphraseCases(NOW)).toBe(false);
    await db.cases.put(row('open-1', '2027-01-01T00:00:00Z', { state: 'open', data: {} }));
    expect(await hasPassphraseCases(NOW)).toBe(false);
  });

  it('is true once an unexpired case is locked, even one whose envelope cannot be read', async () => {
    await db.cases.put(row('locked-1', '2027-01-01T00:00:00Z', { state: 'locked' }));
    expect(await hasPassphraseCases(NOW)).toBe(true);
  });

  it('does not count an expired case, which the start-up purge deletes', async () => {
    await db.cases.put(row('old', '2026-11-01T00:00:00Z', { state: 'locked', envelope: {} }));
    expect(await hasPassphraseCases(NOW)).toBe(false);
  });

  it('does not trip on a payload that is not an object', async () => {
    await db.cases.put(row('odd', '2027-01-01T00:00:00Z', 'locked'));
    expect(await hasPassphraseCases(NOW)).toBe(false);
  });
});

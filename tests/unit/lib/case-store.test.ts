import { beforeEach, describe, expect, it } from 'vitest';
import { WrongPassphraseError } from '../../../src/lib/crypto/passphrase-cipher.ts';
import { emptyCase } from '../../../src/lib/cases/case-schema.ts';
import { forgetAllKeys } from '../../../src/lib/cases/case-session.ts';
import { daysLeft, updateCaseSettings } from '../../../src/lib/cases/case-settings.ts';
import {
  CaseLockedError,
  CasesNotAllowedError,
  createCase,
  lockCase,
  purgeExpiredCases,
  readCase,
  removeLock,
  renewCase,
  saveCaseData,
  unlockAllCases,
  unlockCase,
  updateCaseData,
} from '../../../src/lib/cases/case-store.ts';
import { db } from '../../../src/lib/db.ts';
import { updateSettings } from '../../../src/lib/settings.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-11-26T15:00:00Z');

beforeEach(async () => {
  forgetAllKeys();
  await Promise.all([db.cases.clear(), db.settings.clear()]);
});

async function openData(id: string, now = NOW) {
  const state = await readCase(id, now);
  if (state.status !== 'open') throw new Error(`case is ${state.status}`);
  return state;
}

describe('referral cases on the device', () => {
  it('creates a case under an anonymous code, kept 90 days by default', async () => {
    const id = await createCase({ code: '  MTL-0412 ', language: 'fa', region: '06' }, NOW);
    const state = await openData(id);
    expect(state.data).toMatchObject({ code: 'MTL-0412', language: 'fa', region: '06', screening: null });
    expect(Object.keys(state.data)).not.toContain('name');
    expect(Date.parse(state.expiresAt) - NOW.getTime()).toBe(90 * DAY);
  });

  it('refuses to create a case when cases are turned off on this device', async () => {
    await updateSettings({ areCasesAllowed: false });
    await expect(createCase({ code: 'A-1' }, NOW)).rejects.toBeInstanceOf(CasesNotAllowedError);
    expect(await db.cases.count()).toBe(0);
  });

  it('follows the configured retention, warns by days left, and deletes a case once its time is up', async () => {
    await updateCaseSettings({ retentionDays: 30 });
    const id = await createCase({ code: 'A-1' }, NOW);
    const { expiresAt } = await openData(id);
    expect(daysLeft(expiresAt, NOW)).toBe(30);
    expect(daysLeft(expiresAt, new Date(NOW.getTime() + 20 * DAY))).toBe(10);

    const later = new Date(NOW.getTime() + 30 * DAY + 1000);
    expect((await readCase(id, later)).status).toBe('missing');
    expect(await purgeExpiredCases(new Date(NOW.getTime() + 29 * DAY))).toBe(0);
    expect(await purgeExpiredCases(later)).toBe(1);
    expect(await db.cases.count()).toBe(0);
  });

  it('renews a case for a full period from today', async () => {
    const id = await createCase({ code: 'A-1' }, NOW);
    const today = new Date(NOW.getTime() + 80 * DAY);
    await renewCase(id, today);
    expect(daysLeft((await openData(id, today)).expiresAt, today)).toBe(90);
  });

  it('keeps quick successive edits in order', async () => {
    const id = await createCase({ code: 'A-1' }, NOW);
    await Promise.all(
      ['a', 'ab', 'abc'].map((notes) => updateCaseData(id, (data) => ({ ...data, notes: `${data.notes}|${notes}` }), NOW)),
    );
    expect((await openData(id)).data.notes).toBe('|a|ab|abc');
  });

  it('locks a case: nothing readable at rest, a wrong passphrase changes nothing, the right one opens it', async () => {
    const id = await createCase({ code: 'SECRET-CODE', notes: 'visible only when unlocked' }, NOW);
    await lockCase(id, 'une phrase de passe longue', NOW);
    const lockedRow = await db.cases.get(id);
    expect(JSON.stringify(lockedRow)).not.toContain('SECRET-CODE');
    expect(JSON.stringify(lockedRow)).not.toContain('visible only');
    expect((await readCase(id, NOW)).status).toBe('open'); // still open in this tab

    forgetAllKeys();
    expect((await readCase(id, NOW)).status).toBe('locked');
    await expect(unlockCase(id, 'une autre phrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await db.cases.get(id)).toEqual(lockedRow);
    await expect(saveCaseData(id, emptyCase('X', NOW), NOW)).rejects.toBeInstanceOf(
      CaseLockedError,
    );
    expect(await db.cases.get(id)).toEqual(lockedRow);

    await unlockCase(id, 'une phrase de passe longue');
    const opened = await openData(id);
    expect(opened).toMatchObject({ isLocked: true, data: { code: 'SECRET-CODE' } });
  });

  it('saves edits to an unlocked case encrypted again, with a new IV', async () => {
    const id = await createCase({ code: 'A-1' }, NOW);
    await lockCase(id, 'une phrase de passe longue', NOW);
    const before = await db.cases.get(id);
    await updateCaseData(id, (data) => ({ ...data, notes: 'nouvelle note' }), NOW);
    const after = await db.cases.get(id);
    expect(JSON.stringify(after)).not.toContain('nouvelle note');
    expect((after?.payload as { envelope: { iv: string; salt: string } }).envelope.salt).toBe(
      (before?.payload as { envelope: { salt: string } }).envelope.salt,
    );
    expect((after?.payload as { envelope: { iv: string } }).envelope.iv).not.toBe((before?.payload as { envelope: { iv: string } }).envelope.iv);
    forgetAllKeys();
    await unlockCase(id, 'une phrase de passe longue');
    expect((await openData(id)).data.notes).toBe('nouvelle note');
  });

  it('unlocks every case that shares a passphrase, and leaves the others locked', async () => {
    const first = await createCase({ code: 'A-1' }, NOW);
    const second = await createCase({ code: 'A-2' }, NOW);
    const third = await createCase({ code: 'A-3' }, NOW);
    await lockCase(first, 'phrase commune', NOW);
    await lockCase(second, 'phrase commune', NOW);
    await lockCase(third, 'une autre phrase', NOW);
    forgetAllKeys();
    expect(await unlockAllCases('phrase commune', NOW)).toEqual({ opened: 2, locked: 3 });
    expect((await readCase(third, NOW)).status).toBe('locked');
  });

  it('removes the lock of an unlocked case', async () => {
    const id = await createCase({ code: 'A-1' }, NOW);
    await lockCase(id, 'une phrase de passe longue', NOW);
    await removeLock(id, NOW);
    forgetAllKeys();
    expect(await openData(id)).toMatchObject({ isLocked: false, data: { code: 'A-1' } });
  });

  it('reports a damaged row as unreadable instead of crashing', async () => {
    await db.cases.put({ id: 'broken', updatedAt: NOW.toISOString(), expiresAt: new Date(NOW.getTime() + DAY).toISOString(), payload: { state: '??' } });
    expect((await readCase('broken', NOW)).status).toBe('unreadable');
  });
});

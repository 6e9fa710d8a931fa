import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCasesLock } from '../../../src/app/cases-lock.ts';
import { forgetAllKeys } from '../../../src/lib/cases/case-session.ts';
import { createCase, lockCase, readCase } from '../../../src/lib/cases/case-store.ts';
import { db } from '../../../src/lib/db.ts';
import { getLockStatus, lockNow, unlock } from '../../../src/lib/lock.ts';
import { updateSettings } from '../../../src/lib/settings.ts';

let stop: (() => void) | undefined;

beforeEach(async () => {
  forgetAllKeys();
  await Promise.all([db.cases.clear(), db.settings.clear()]);
});

afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('the intervenor lock over referral cases', () => {
  it('stays out of the way while no case has a passphrase', async () => {
    await createCase({ code: 'OPEN-1' });
    stop = startCasesLock();
    await expect.poll(getLockStatus).toBe('unlocked');
    await lockNow();
    expect(getLockStatus()).toBe('unlocked');
  });

  it('starts locked when a case has a passphrase, and the right passphrase opens it', async () => {
    const id = await createCase({ code: 'LOCK-1' });
    await lockCase(id, 'correct horse battery');
    forgetAllKeys();
    stop = startCasesLock();
    await expect.poll(getLockStatus).toBe('locked');

    expect(await unlock('wrong passphrase')).toBe(false);
    expect(getLockStatus()).toBe('locked');
    expect(await unlock('correct horse battery')).toBe(true);
    expect(getLockStatus()).toBe('unlocked');
    expect((await readCase(id)).status).toBe('open');

    await lockNow();
    expect(getLockStatus()).toBe('locked');
    expect((await readCase(id)).status).toBe('locked');
  });

  it('never locks when the device asks for no auto-lock', async () => {
    const id = await createCase({ code: 'LOCK-2' });
    await lockCase(id, 'correct horse battery');
    await updateSettings({ autoLockMinutes: null });
    stop = startCasesLock();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getLockStatus()).toBe('none');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { isWomensPage } from '../../../src/lib/route-access.ts';
import {
  DEFAULT_TABLET_CONFIG,
  isWomenOnly,
  loadTabletState,
  parseTabletConfig,
  updateTabletConfig,
  type TabletConfig,
} from '../../../src/lib/tablet.ts';

const PIN = { algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=' } as const;
const ENABLED: TabletConfig = { ...DEFAULT_TABLET_CONFIG, isEnabled: true, pin: PIN };

beforeEach(async () => {
  await db.settings.clear();
});

describe('tablet configuration', () => {
  it('is off on a new device, and that is not a corrupt state', async () => {
    expect(await loadTabletState()).toEqual({ config: DEFAULT_TABLET_CONFIG, isCorrupt: false });
  });

  it('is off and asks for the set-up again when the stored row is corrupt', async () => {
    await db.settings.put({ key: 'tablet', value: { schemaVersion: 1, isEnabled: 'yes' } });
    expect(await loadTabletState()).toEqual({ config: DEFAULT_TABLET_CONFIG, isCorrupt: true });
  });

  it('is off and asks for the set-up again when written by a newer app version', () => {
    expect(parseTabletConfig({ ...ENABLED, schemaVersion: 2 })).toEqual({ config: DEFAULT_TABLET_CONFIG, isCorrupt: true });
  });

  it('never stores tablet mode on without a PIN', async () => {
    await expect(updateTabletConfig(() => ({ ...DEFAULT_TABLET_CONFIG, isEnabled: true }))).rejects.toThrow();
    expect((await loadTabletState()).config.isEnabled).toBe(false);
  });

  it('refuses an idle delay under one minute', async () => {
    await expect(updateTabletConfig(() => ({ ...ENABLED, idleMinutes: 0 }))).rejects.toThrow();
  });

  it('stores a change and keeps the rest', async () => {
    await updateTabletConfig(() => ENABLED);
    await updateTabletConfig((current) => ({ ...current, doors: 'all', idleMinutes: 5 }));
    expect((await loadTabletState()).config).toEqual({ ...ENABLED, doors: 'all', idleMinutes: 5 });
  });
});

describe('doors of a shared tablet', () => {
  it('close intervenor pages only in women-only tablet mode', () => {
    expect(isWomenOnly(ENABLED)).toBe(true);
    expect(isWomenOnly({ ...ENABLED, doors: 'all' })).toBe(false);
    expect(isWomenOnly(DEFAULT_TABLET_CONFIG)).toBe(false);
  });

  it("count the women's pages as open, and every intervenor page (deep links too) as closed", () => {
    for (const open of ['/', '/info', '/info/droits', '/safety', '/directory', '/directory/abc', '/interpretation', '/settings', '/setup', '/info/']) {
      expect(isWomensPage(open), open).toBe(true);
    }
    for (const closed of ['/tools', '/screening', '/trajectory', '/checklists/abc', '/cases', '/cases/123', '/follow-ups', '/tools/', '/cases/123/edit']) {
      expect(isWomensPage(closed), closed).toBe(false);
    }
  });
});

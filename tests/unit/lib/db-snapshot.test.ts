import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, DATABASE_NAME } from '../../../src/lib/db.ts';
import {
  dropSettingsSnapshot,
  readSettingsSnapshot,
  refreshSettingsSnapshot,
  saveSettingsSnapshot,
  settingsSnapshotToken,
} from '../../../src/lib/db-snapshot.ts';
import { updateSettings } from '../../../src/lib/settings.ts';
import { applySetup } from '../../../src/features/tablet/data/apply-setup.ts';
import { DEFAULT_TABLET_CONFIG, updateTabletConfig } from '../../../src/lib/tablet.ts';

const KEY = `${DATABASE_NAME}:settings`;

/** The copy's `device` row, or undefined when there is no copy. */
const copiedDevice = () => readSettingsSnapshot()?.get('device') as { language?: string; isDiscreet?: boolean } | undefined;

beforeEach(async () => {
  await db.settings.clear();
  // The clear's own refresh has taken its token: dropping now keeps it from saving.
  dropSettingsSnapshot();
  localStorage.clear();
});

describe("start-up's copy of the settings", () => {
  it('gives back the rows it was saved with', () => {
    const rows = new Map<string, unknown>([['device', { language: 'ar' }], ['tablet', { isEnabled: false }]]);
    saveSettingsSnapshot(rows, settingsSnapshotToken());
    expect(readSettingsSnapshot()).toEqual(rows);
  });

  it('is not saved from rows read before a later change', () => {
    const token = settingsSnapshotToken();
    dropSettingsSnapshot();
    saveSettingsSnapshot(new Map([['device', { language: 'fr' }]]), token);
    expect(readSettingsSnapshot()).toBeNull();
  });

  it('is not saved from rows read before another tab changed them', () => {
    const token = settingsSnapshotToken();
    window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    saveSettingsSnapshot(new Map([['device', { language: 'fr' }]]), token);
    expect(readSettingsSnapshot()).toBeNull();
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ version: 2, rows: [] })],
    ['rows of the wrong shape', JSON.stringify({ version: 1, rows: [{ key: 'device' }] })],
    ['a bare value', '42'],
  ])('is ignored when it is %s', (_case, text) => {
    localStorage.setItem(KEY, text);
    expect(readSettingsSnapshot()).toBeNull();
  });

  it('is dropped rather than left old when the browser refuses to store it', () => {
    saveSettingsSnapshot(new Map([['device', { language: 'fr' }]]), settingsSnapshotToken());
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      saveSettingsSnapshot(new Map([['device', { language: 'ar' }]]), settingsSnapshotToken());
    } finally {
      setItem.mockRestore();
    }
    expect(readSettingsSnapshot()).toBeNull();
  });

  it('is refreshed from the table as it is', async () => {
    await db.settings.put({ key: 'cases', value: { retentionDays: 30, warningDays: 7 } });
    localStorage.clear();
    await refreshSettingsSnapshot();
    expect(readSettingsSnapshot()?.get('cases')).toEqual({ retentionDays: 30, warningDays: 7 });
  });
});

describe('every write to the settings table', () => {
  it('is followed by the copy once committed', async () => {
    await updateSettings({ language: 'fa' });
    await waitFor(() => expect(copiedDevice()?.language).toBe('fa'));
    await updateSettings({ language: 'ur' });
    await waitFor(() => expect(copiedDevice()?.language).toBe('ur'));
  });

  it('drops the copy before it commits, so that a device stopped in between starts from IndexedDB', async () => {
    await updateSettings({ language: 'fa' });
    await waitFor(() => expect(copiedDevice()?.language).toBe('fa'));
    let inside: unknown = 'not read';
    await db.transaction('rw', db.settings, async () => {
      await updateSettings({ isDiscreet: true });
      inside = readSettingsSnapshot();
    });
    expect(inside).toBeNull();
    await waitFor(() => expect(copiedDevice()?.isDiscreet).toBe(true));
  });

  it('nested in the set-up transaction, is copied after the whole set-up commits', async () => {
    await applySetup({ settings: { isSetUp: true, isDiscreet: true } } as Parameters<typeof applySetup>[0], DEFAULT_TABLET_CONFIG);
    await waitFor(() => expect(readSettingsSnapshot()?.get('tablet')).toEqual(DEFAULT_TABLET_CONFIG));
    expect(copiedDevice()?.isDiscreet).toBe(true);
  });

  it('that aborts leaves a copy of what the table still holds', async () => {
    await updateSettings({ language: 'fa' });
    await waitFor(() => expect(copiedDevice()?.language).toBe('fa'));
    await expect(
      db.transaction('rw', db.settings, async () => {
        await updateSettings({ language: 'ar' });
        throw new Error('stopped');
      }),
    ).rejects.toThrow('stopped');
    await waitFor(() => expect(readSettingsSnapshot()).not.toBeNull());
    expect(copiedDevice()?.language).toBe('fa');
  });

  it('also covers tablet changes and deletes', async () => {
    await updateTabletConfig((current) => ({ ...current, idleMinutes: 9 }));
    await waitFor(() => expect((readSettingsSnapshot()?.get('tablet') as { idleMinutes?: number } | undefined)?.idleMinutes).toBe(9));
    await db.settings.delete('tablet');
    await waitFor(() => expect(readSettingsSnapshot()?.has('tablet')).toBe(false));
  });

  it('clearing the table too', async () => {
    await updateSettings({ language: 'fa' });
    await waitFor(() => expect(copiedDevice()?.language).toBe('fa'));
    await db.settings.clear();
    await waitFor(() => expect(readSettingsSnapshot()?.has('device')).toBe(false));
  });
});

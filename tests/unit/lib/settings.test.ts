import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, updateSettings } from '../../../src/lib/settings.ts';

beforeEach(async () => {
  await db.settings.clear();
});

describe('device settings', () => {
  it('are the defaults on a new device', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remember a change and keep the other values', async () => {
    await updateSettings({ language: 'ar' });
    await updateSettings({ textScale: 1.5 });
    expect(await loadSettings()).toMatchObject({ language: 'ar', textScale: 1.5, highContrast: false });
  });

  it('fall back to the defaults when the stored row is corrupt', async () => {
    await db.settings.put({ key: 'device', value: { schemaVersion: 1, textScale: 'huge' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fall back to the defaults for settings written by a newer app version', () => {
    const newer = { ...DEFAULT_SETTINGS, schemaVersion: 99, language: 'fa' };
    expect(parseSettings(newer)).toEqual({ settings: DEFAULT_SETTINGS, isFallback: true });
  });

  it('refuse an invalid value instead of storing it', async () => {
    // @ts-expect-error — a text size the app does not offer
    await expect(updateSettings({ textScale: 7 })).rejects.toThrow();
    expect((await loadSettings()).textScale).toBe(1);
  });
});

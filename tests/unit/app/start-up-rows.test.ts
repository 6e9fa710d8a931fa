import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { readStartUpRows } from '../../../src/app/start-up-rows.ts';
import { db } from '../../../src/lib/db.ts';
import { dropSettingsSnapshot, readSettingsSnapshot, saveSettingsSnapshot, settingsSnapshotToken } from '../../../src/lib/db-snapshot.ts';
import { updateSettings } from '../../../src/lib/settings.ts';

const languageIn = (rows: ReadonlyMap<string, unknown> | null) => (rows?.get('device') as { language?: string } | undefined)?.language;

beforeEach(async () => {
  await db.settings.clear();
  await updateSettings({ language: 'fa' });
  // The write's own copy lands first; each test then sets the copy it needs.
  await waitFor(() => expect(languageIn(readSettingsSnapshot())).toBe('fa'));
  dropSettingsSnapshot();
});

/** A copy that says something else than the table, to see which one start-up read. */
function copySaying(language: string): void {
  saveSettingsSnapshot(new Map([['device', { language }]]), settingsSnapshotToken());
}

describe('start-up settings', () => {
  it.each([
    ["from the copy on a women's page, without waiting for IndexedDB", ['/', '/info/safety-plan', '/directory'], 'ar'],
    ['from IndexedDB on an intervenor page, whatever the copy says', ['/cases', '/screening', '/tools'], 'fa'],
  ])('come %s', async (_case, pathnames, language) => {
    for (const pathname of pathnames) {
      copySaying('ar');
      expect({ pathname, language: languageIn(await readStartUpRows(pathname)) }).toEqual({ pathname, language });
    }
  });

  it('then rewrite the copy from IndexedDB, so that one that no longer matches it is corrected', async () => {
    copySaying('ar');
    await readStartUpRows('/');
    await waitFor(() => expect(languageIn(readSettingsSnapshot())).toBe('fa'));
  });

  it('come from IndexedDB when there is no copy, and leave one for the next start', async () => {
    expect(languageIn(await readStartUpRows('/'))).toBe('fa');
    expect(languageIn(readSettingsSnapshot())).toBe('fa');
  });
});

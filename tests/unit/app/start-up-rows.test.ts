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
  it("come from the copy on a women's page, without waiting for IndexedDB", async () => {
    for (const pathname of ['/', '/info/safety-plan', '/directory']) {
      copySaying('ar');
      const { rows, isCopy } = await readStartUpRows(pathname);
      expect({ pathname, isCopy, language: languageIn(rows) }).toEqual({ pathname, isCopy: true, language: 'ar' });
    }
  });

  it('then rewrite the copy from IndexedDB, so that one that no longer matches it is corrected', async () => {
    copySaying('ar');
    await readStartUpRows('/');
    await waitFor(() => expect(languageIn(readSettingsSnapshot())).toBe('fa'));
  });

  it('come from IndexedDB on an intervenor page, whatever the copy says', async () => {
    for (const pathname of ['/cases', '/screening', '/tools']) {
      copySaying('ar');
      const { rows, isCopy } = await readStartUpRows(pathname);
      expect({ pathname, isCopy, language: languageIn(rows) }).toEqual({ pathname, isCopy: false, language: 'fa' });
    }
  });

  it('come from IndexedDB when there is no copy, and leave one for the next start', async () => {
    const { rows, isCopy } = await readStartUpRows('/');
    expect(isCopy).toBe(false);
    expect(languageIn(rows)).toBe('fa');
    expect(languageIn(readSettingsSnapshot())).toBe('fa');
  });
});

import { act, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { lazyLiveQuery } from '../../../src/lib/db-lazy.ts';
import { loadSettings, updateSettings, useCheckedSettings, useSettings } from '../../../src/lib/settings.ts';

beforeEach(async () => {
  await db.settings.clear();
});

const putLanguage = (language: string) => db.settings.put({ key: 'device', value: { schemaVersion: 1, language, textScale: 1, highContrast: false, reducedMotion: false, isSetUp: true, isDiscreet: false, exitUrl: null, isQuickExitProminent: false, areCasesAllowed: true, autoLockMinutes: 15 } });

describe('a live query started before Dexie is loaded', () => {
  it('answers its subscribers, follows later writes, and stops with the last one', async () => {
    const load = vi.fn(() => db.settings.get('device'));
    const query = lazyLiveQuery(load);
    const listener = vi.fn();
    const stop = query.subscribe(listener);
    expect(query.isLive()).toBe(false);
    await waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(query.isLive()).toBe(true);

    await putLanguage('ar');
    await waitFor(() => expect(listener).toHaveBeenCalledTimes(2));

    stop();
    expect(query.isLive()).toBe(false);
    const loads = load.mock.calls.length;
    await putLanguage('fa');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load).toHaveBeenCalledTimes(loads);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('starts once for many subscribers', async () => {
    const load = vi.fn(() => db.settings.get('device'));
    const query = lazyLiveQuery(load);
    const stops = [query.subscribe(() => {}), query.subscribe(() => {}), query.subscribe(() => {})];
    await waitFor(() => expect(query.isLive()).toBe(true));
    expect(load).toHaveBeenCalledTimes(1);
    for (const stop of stops) stop();
  });
});

function Language() {
  const checked = useCheckedSettings();
  const { language } = useSettings();
  return (
    <p>
      {checked === undefined ? 'unchecked' : `checked ${String(checked.language)}`} / {String(language)}
    </p>
  );
}

describe('settings hooks', () => {
  it('are unchecked until read, then follow a write made outside the app (another tab)', async () => {
    await putLanguage('ur');
    render(<Language />);
    expect(screen.getByText(/^unchecked/)).toBeInTheDocument();
    expect(await screen.findByText('checked ur / ur')).toBeInTheDocument();
    await act(async () => {
      await putLanguage('ar');
    });
    expect(await screen.findByText('checked ar / ar')).toBeInTheDocument();
  });

  it('show a write at once, and go back to the stored settings when it fails', async () => {
    await putLanguage('ur');
    await loadSettings();
    render(<Language />);
    expect(await screen.findByText('checked ur / ur')).toBeInTheDocument();
    let written: Promise<unknown> = Promise.resolve();
    act(() => {
      written = updateSettings({ language: 'fa' });
    });
    expect(screen.getByText(/\/ fa$/)).toBeInTheDocument();
    await act(() => written);

    const put = vi.spyOn(db.settings, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await act(async () => {
      await expect(updateSettings({ language: 'ar' })).rejects.toThrow('QuotaExceededError');
    });
    put.mockRestore();
    expect(await screen.findByText('checked fa / fa')).toBeInTheDocument();
    expect((await loadSettings()).language).toBe('fa');
  });

  it('show nothing written inside a larger transaction before it commits, nor after it aborts', async () => {
    await putLanguage('ur');
    await loadSettings();
    render(<Language />);
    expect(await screen.findByText('checked ur / ur')).toBeInTheDocument();
    await act(async () => {
      const aborted = db.transaction('rw', db.settings, async () => {
        await updateSettings({ language: 'ar' });
        expect(screen.getByText('checked ur / ur')).toBeInTheDocument();
        throw new Error('the set-up stopped');
      });
      await expect(aborted).rejects.toThrow('the set-up stopped');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByText('checked ur / ur')).toBeInTheDocument();
    expect((await loadSettings()).language).toBe('ur');
  });

  it('show nothing written inside a larger transaction opened before the lazy loader has run (the set-up page)', async () => {
    await putLanguage('ur');
    vi.resetModules();
    // A fresh module graph: db.ts imported directly, as the set-up page does, and the lazy loader not yet run.
    const fresh = { db: (await import('../../../src/lib/db.ts')).db, settings: await import('../../../src/lib/settings.ts') };
    const shown: (string | null)[] = [];
    function FreshLanguage() {
      const { language } = fresh.settings.useSettings();
      shown.push(language);
      return <p>{String(language)}</p>;
    }
    render(<FreshLanguage />);
    await act(async () => {
      const aborted = fresh.db.transaction('rw', fresh.db.settings, async () => {
        await fresh.settings.updateSettings({ language: 'ar' });
        throw new Error('the set-up stopped');
      });
      await expect(aborted).rejects.toThrow('the set-up stopped');
    });
    expect(shown).not.toContain('ar');
    expect((await fresh.settings.loadSettings()).language).toBe('ur');
  });
});

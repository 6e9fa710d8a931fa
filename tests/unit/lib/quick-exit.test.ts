import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { ERASE_REQUEST_MARK, eraseAndExit } from '../../../src/lib/quick-exit/erase.ts';
import { exitDestination, LOCAL_EXIT_PAGE, quickExit } from '../../../src/lib/quick-exit/exit.ts';

function restorePage() {
  document.body.style.visibility = '';
  document.documentElement.style.background = '';
  window.name = '';
}

beforeEach(restorePage);
afterEach(async () => {
  restorePage();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  if (!db.isOpen()) await db.open();
});

describe('where quick exit goes', () => {
  it('goes to the neutral site chosen in settings when online', () => {
    expect(exitDestination('https://www.meteomedia.com/', true)).toBe('https://www.meteomedia.com/');
  });

  it('goes to the local page when offline, or when no site was chosen', () => {
    expect(exitDestination('https://www.meteomedia.com/', false)).toBe(LOCAL_EXIT_PAGE);
    expect(exitDestination(null, true)).toBe(LOCAL_EXIT_PAGE);
  });
});

describe('quick exit', () => {
  it('blanks the page, forgets the session and replaces the history entry, all before returning', () => {
    sessionStorage.setItem('draft', 'an answer being typed');
    const replace = vi.fn((_url: string) => {
      // At the moment the browser is told to leave, nothing is visible any more.
      expect(document.body.style.visibility).toBe('hidden');
      expect(sessionStorage.length).toBe(0);
    });
    quickExit('/recettes.html', replace);
    expect(replace).toHaveBeenCalledExactlyOnceWith('/recettes.html');
  });

  it('stops any voice that was reading aloud', () => {
    const cancel = vi.fn();
    vi.stubGlobal('speechSynthesis', { cancel });
    quickExit('/recettes.html', vi.fn());
    expect(cancel).toHaveBeenCalled();
  });
});

describe('exit and erase', () => {
  it('deletes the device database and local storage, then leaves for the local page and asks it to finish', async () => {
    await db.settings.put({ key: 'device', value: { language: 'ar' } });
    localStorage.setItem('something', 'kept');
    const replace = vi.fn();
    await eraseAndExit(LOCAL_EXIT_PAGE, { replace });
    expect(replace).toHaveBeenCalledExactlyOnceWith(LOCAL_EXIT_PAGE);
    expect(localStorage.length).toBe(0);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain('passerelle');
    // The cache and the service worker serve the local page offline: that page removes them.
    expect(window.name).toBe(ERASE_REQUEST_MARK);
  });

  it('clears everything itself, Cache Storage and the service worker included, before going to a site', async () => {
    await db.settings.put({ key: 'device', value: { language: 'ar' } });
    const deleted: string[] = [];
    vi.stubGlobal('caches', {
      keys: async () => ['workbox-precache', 'other'],
      delete: async (key: string) => deleted.push(key) > 0,
    });
    const unregister = vi.fn(async () => true);
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistrations: async () => [{ unregister }] } });
    const replace = vi.fn();
    await eraseAndExit('https://www.meteomedia.com/', { replace });
    Reflect.deleteProperty(navigator, 'serviceWorker');
    expect(deleted).toEqual(['workbox-precache', 'other']);
    expect(unregister).toHaveBeenCalledOnce();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain('passerelle');
    expect(window.name).toBe('');
    expect(replace).toHaveBeenCalledExactlyOnceWith('https://www.meteomedia.com/');
  });

  it('blanks the page before erasing anything, and leaves even if erasing never finishes', async () => {
    vi.useFakeTimers();
    const replace = vi.fn();
    let wasBlankWhenErasing = false;
    const erasing = eraseAndExit(LOCAL_EXIT_PAGE, {
      replace,
      erase: () => {
        wasBlankWhenErasing = document.body.style.visibility === 'hidden';
        return new Promise(() => {});
      },
    });
    expect(wasBlankWhenErasing).toBe(true);
    expect(replace).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(3000);
    await erasing;
    expect(replace).toHaveBeenCalledExactlyOnceWith(LOCAL_EXIT_PAGE);
  });
});

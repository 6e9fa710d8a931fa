import { act, renderHook } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import {
  onSessionReset,
  resetSession,
  SESSION_RESET_EVENT,
  useOnSessionReset,
  useSessionEpoch,
} from '../../../src/lib/session-reset.ts';
import { loadSettings, updateSettings } from '../../../src/lib/settings.ts';
import { DEFAULT_TABLET_CONFIG, updateTabletConfig } from '../../../src/lib/tablet.ts';

const PIN = { algorithm: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'c2FsdHNhbHRzYWx0c2FsdA==', hash: 'aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=' } as const;

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  await db.settings.clear();
  await updateTabletConfig(() => ({ ...DEFAULT_TABLET_CONFIG, isEnabled: true, pin: PIN, defaultLanguage: 'en' }));
  await updateSettings({ isSetUp: true, language: 'ar', textScale: 2, highContrast: true });
  await i18next.changeLanguage('ar');
  window.history.replaceState(null, '', '/info/droits?q=abri');
  sessionStorage.setItem('screening-draft', '{"answers":[1,2]}');
});

describe('a session reset', () => {
  it('goes home, clears session storage and restores the tablet language and text size', async () => {
    await resetSession('idle');
    expect(window.location.pathname + window.location.search).toBe('/');
    expect(sessionStorage.length).toBe(0);
    expect(i18next.language).toBe('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(await loadSettings()).toMatchObject({ language: 'en', textScale: 1, isSetUp: true, highContrast: true });
  });

  it('tells every listener first, with the reason, while the page is still there', async () => {
    const seen: string[] = [];
    const stop = onSessionReset((reason) => seen.push(`${reason}:${window.location.pathname}:${sessionStorage.getItem('screening-draft') !== null}`));
    const onEvent = vi.fn();
    window.addEventListener(SESSION_RESET_EVENT, onEvent);
    await resetSession('manual');
    stop();
    window.removeEventListener(SESSION_RESET_EVENT, onEvent);
    expect(seen).toEqual(['manual:/info/droits:true']);
    expect((onEvent.mock.calls[0]?.[0] as CustomEvent).detail).toEqual({ reason: 'manual' });
  });

  it('goes on when a listener fails', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stop = onSessionReset(() => {
      throw new Error('broken feature');
    });
    await resetSession('idle');
    stop();
    error.mockRestore();
    expect(window.location.pathname).toBe('/');
    expect(sessionStorage.length).toBe(0);
  });

  it('stops calling a listener once it unsubscribed', async () => {
    const listener = vi.fn();
    onSessionReset(listener)();
    await resetSession('idle');
    expect(listener).not.toHaveBeenCalled();
  });

  it('changes the session epoch (the app remounts its pages) and reaches hook listeners', async () => {
    const listener = vi.fn();
    const { result } = renderHook(() => {
      useOnSessionReset(listener);
      return useSessionEpoch();
    });
    const before = result.current;
    await act(() => resetSession('idle'));
    expect(result.current).toBe(before + 1);
    expect(listener).toHaveBeenCalledWith('idle');
  });

  it("falls back to the browser's language when the tablet has none", async () => {
    await updateTabletConfig((current) => ({ ...current, defaultLanguage: null }));
    await resetSession('idle');
    expect((await loadSettings()).language).toBeNull();
    expect(['fr', 'en', 'ar']).toContain(i18next.language);
  });
});

import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuickExitButton } from '../../../src/features/prevention/components/quick-exit-button.tsx';
import { db } from '../../../src/lib/db.ts';
import { loadSettings, updateSettings } from '../../../src/lib/settings.ts';
import { PATIENCE, renderWithI18n, startI18n } from './render.tsx';

beforeEach(async () => {
  await startI18n('fr');
  await db.settings.clear();
  // The settings module keeps the last settings it read (a test before stored an
  // exit address): read the cleared table, as a start-up would.
  await loadSettings();
});

afterEach(() => {
  document.body.style.visibility = '';
  document.documentElement.style.background = '';
  vi.restoreAllMocks();
});

function setOnline(isOnline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(isOnline);
}

describe('the quick exit button', () => {
  it('is named "Quitter rapidement" and tells screen readers about the keyboard shortcut', async () => {
    renderWithI18n(<QuickExitButton replace={vi.fn()} />);
    const button = await screen.findByRole('button', { name: 'Quitter rapidement' });
    expect(button).toHaveAccessibleDescription('Ou appuyez 3 fois sur la touche Maj.');
  });

  it('blanks the page, clears the session and replaces the history entry with the local page', async () => {
    sessionStorage.setItem('screening-draft', 'an answer');
    const replace = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<QuickExitButton replace={replace} />);
    await user.click(await screen.findByRole('button', { name: 'Quitter rapidement' }));
    expect(replace).toHaveBeenCalledExactlyOnceWith('/recettes.html');
    expect(document.body.style.visibility).toBe('hidden');
    expect(sessionStorage.length).toBe(0);
  });

  it('goes to the neutral site chosen in settings when online', async () => {
    setOnline(true);
    await updateSettings({ exitUrl: 'https://www.meteomedia.com/' });
    const replace = vi.fn();
    renderWithI18n(<QuickExitButton replace={replace} />);
    const button = await screen.findByRole('button', { name: 'Quitter rapidement' });
    await vi.waitFor(() => {
      fireEvent.click(button);
      expect(replace).toHaveBeenLastCalledWith('https://www.meteomedia.com/');
    }, PATIENCE);
  });

  it('goes to the local page when offline, whatever site was chosen', async () => {
    await updateSettings({ exitUrl: 'https://www.meteomedia.com/' });
    setOnline(false);
    const replace = vi.fn();
    renderWithI18n(<QuickExitButton replace={replace} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Quitter rapidement' }));
    expect(replace).toHaveBeenCalledExactlyOnceWith('/recettes.html');
  });

  it('leaves when Shift is pressed three times anywhere on the page', async () => {
    const replace = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<QuickExitButton replace={replace} />);
    await screen.findByRole('button', { name: 'Quitter rapidement' });
    await user.keyboard('{Shift}{Shift}');
    expect(replace).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(replace).toHaveBeenCalledExactlyOnceWith('/recettes.html');
  });

  it('listens for Shift from the very commit that shows the button, before passive effects run', async () => {
    // The app's first render is a transition: its passive effects run in a later task. A
    // woman who sees the button may already be pressing Shift (CI caught this in Chromium).
    const replace = vi.fn();
    const container = document.body.appendChild(document.createElement('div'));
    const root = createRoot(container);
    const isButtonShown = () => container.querySelector('button') !== null;
    const pressedAtCommit = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!isButtonShown()) return;
        observer.disconnect();
        for (let press = 0; press < 3; press += 1) {
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
          window.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift' }));
        }
        resolve();
      });
      observer.observe(container, { childList: true, subtree: true });
    });
    const previous = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      startTransition(() => root.render(<QuickExitButton replace={replace} />));
      await pressedAtCommit;
      expect(replace).toHaveBeenCalledExactlyOnceWith('/recettes.html');
    } finally {
      root.unmount();
      container.remove();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previous;
    }
  });

  it('does not leave while she types capital letters', async () => {
    const replace = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(
      <>
        <label>
          Notes
          <input />
        </label>
        <QuickExitButton replace={replace} />
      </>,
    );
    await user.click(await screen.findByRole('textbox'));
    await user.keyboard('{Shift>}A{/Shift}{Shift>}B{/Shift}{Shift>}C{/Shift}');
    expect(screen.getByRole('textbox')).toHaveValue('ABC');
    expect(replace).not.toHaveBeenCalled();
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import IdleCountdown from '../../../src/features/tablet/components/idle-countdown.tsx';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { getLockStatus, registerLock } from '../../../src/lib/lock.ts';
import { renderApp, seedSettings } from './render-app.tsx';

let unregister: (() => void) | undefined;

beforeAll(async () => {
  await initI18n('fr');
  await i18next.loadNamespaces('tablet');
});

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await db.settings.clear();
  await seedSettings();
});

afterEach(() => {
  unregister?.();
  unregister = undefined;
});

describe('the intervenor lock screen', () => {
  it("stands in front of intervenor pages, not women's pages, until the passphrase is right", async () => {
    const user = userEvent.setup();
    const verify = vi.fn(async (passphrase: string) => passphrase === 'correct horse');
    unregister = registerLock({ hasLockedData: async () => true, verify });
    await vi.waitFor(() => expect(getLockStatus()).toBe('locked'));

    const { unmount } = renderApp('/info');
    expect(await screen.findByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeInTheDocument();
    unmount();

    renderApp('/tools');
    expect(await screen.findByRole('heading', { level: 1, name: 'Verrouillé' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Phrase de passe'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByText(/Cette phrase de passe n'est pas la bonne. Rien n'a été modifié./)).toBeInTheDocument();
    expect(screen.getByLabelText('Phrase de passe')).toHaveValue('');

    // The next attempt waits (2 s after one failure): nothing is checked before then.
    await user.type(screen.getByLabelText('Phrase de passe'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Déverrouiller' }));
    expect(await screen.findByText(/il faut attendre/)).toBeInTheDocument();
    expect(verify).toHaveBeenCalledTimes(1);
  });
});

describe('the idle countdown', () => {
  it('is an alert dialog that names itself, shows the seconds and offers to stay', async () => {
    const user = userEvent.setup();
    const onStay = vi.fn();
    render(
      <I18nextProvider i18n={i18next}>
        <IdleCountdown secondsLeft={12} onStay={onStay} />
      </I18nextProvider>,
    );
    const dialog = await screen.findByRole('alertdialog', { name: 'Êtes-vous encore là ?' });
    expect(dialog).toHaveAccessibleDescription(/l'écran reviendra à l'accueil/);
    expect(screen.getByRole('timer', { name: '12 secondes restantes' })).toHaveTextContent('12');
    expect(screen.getByRole('button', { name: 'Je suis encore là' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Je suis encore là' }));
    expect(onStay).toHaveBeenCalled();
  });
});

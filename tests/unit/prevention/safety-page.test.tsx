import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EraseSection } from '../../../src/features/prevention/components/erase-section.tsx';
import SafetyPage from '../../../src/features/prevention/components/safety-page.tsx';
import { db } from '../../../src/lib/db.ts';
import { PATIENCE, renderWithI18n, seedArticles, startI18n } from './render.tsx';

beforeEach(async () => {
  await startI18n('fr');
  if (!db.isOpen()) await db.open();
});

afterEach(async () => {
  document.body.style.visibility = '';
  document.documentElement.style.background = '';
  window.name = '';
  if (!db.isOpen()) await db.open();
});

describe('the safety notice', () => {
  it('covers monitoring, traces of calls, erasing and a safer device, under headings', async () => {
    renderWithI18n(<SafetyPage />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Conseils de sécurité' })).toBeInTheDocument();
    for (const name of [
      "Quelqu'un peut voir ce que vous faites",
      'Les appels et les messages laissent des traces',
      'Quitter rapidement',
      'Effacer Passerelle de cet appareil',
      'Si possible, utilisez un appareil plus sûr',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    }
    expect(screen.getByText(/facture du téléphone/)).toBeInTheDocument();
  });

  it('says plainly that erasing does not erase the browser history', async () => {
    renderWithI18n(<SafetyPage />);
    expect(await screen.findByText(/Cela n'efface pas l'historique du navigateur/)).toBeInTheDocument();
    expect(screen.getByText(/les pages que vous avez vues avant restent dans l'historique/)).toBeInTheDocument();
  });
});

describe('exit and erase', () => {
  it('asks once more, in the page, before erasing', async () => {
    const replace = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<EraseSection replace={replace} />);
    await user.click(await screen.findByRole('button', { name: 'Quitter et effacer' }));
    expect(screen.getByRole('group', { name: /Tout effacer maintenant/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(replace).not.toHaveBeenCalled();
  });

  it('erases the device database and leaves for the local page once confirmed', async () => {
    await seedArticles();
    const replace = vi.fn();
    const user = userEvent.setup();
    renderWithI18n(<EraseSection replace={replace} />);
    await user.click(await screen.findByRole('button', { name: 'Quitter et effacer' }));
    await user.click(screen.getByRole('button', { name: 'Oui, tout effacer et quitter' }));
    await vi.waitFor(() => expect(replace).toHaveBeenCalledExactlyOnceWith('/recettes.html'), PATIENCE);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain('passerelle');
    expect(document.body.style.visibility).toBe('hidden');
  });
});

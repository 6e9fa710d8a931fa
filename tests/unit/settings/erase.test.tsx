import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, DATABASE_NAME } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { renderApp, seedSettings, seedTablet } from '../tablet/render-app.tsx';

const ORGANIZATION_IDS = ['a', 'b', 'c'];

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  if (!db.isOpen()) await db.open();
  await i18next.changeLanguage('fr');
  await Promise.all([db.settings.clear(), db.cases.clear(), db.organization.clear(), db.meta.clear()]);
  await seedSettings();
  await db.organization.bulkPut(ORGANIZATION_IDS.map((id, index) => ({ id, version: index + 1, data: {} })));
  await db.cases.bulkPut([
    { id: 'c1', updatedAt: '2026-11-01', expiresAt: '2027-01-30', payload: {} },
    { id: 'c2', updatedAt: '2026-11-02', expiresAt: '2027-01-31', payload: {} },
  ]);
});

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((database) => database.name ?? '');
}

describe('data on this device', () => {
  it('counts cases and downloaded content, and shows when content last arrived', async () => {
    await db.meta.put({ key: 'sync', value: { lastSuccessAt: '2026-11-30T15:00:00Z', contentVersion: 3 } });
    renderApp('/settings');
    expect(await screen.findByText('Suivis de cas : 2')).toBeInTheDocument();
    expect(screen.getByText('Contenu téléchargé : 3', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Organismes : 3')).toBeInTheDocument();
    // In the header status and in the sync section of settings.
    expect(await screen.findAllByText(/Dernière synchronisation : 30 nov\. 2026/)).not.toHaveLength(0);
  });

  it('says so when the content was never updated on this device', async () => {
    renderApp('/settings');
    expect(await screen.findByText("Cet appareil n'a pas encore été synchronisé.")).toBeInTheDocument();
  });
});

describe('erasing everything on this device', () => {
  it('names what will be lost, and cancelling keeps everything', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await screen.findByText('Suivis de cas : 2');
    await user.click(screen.getByRole('button', { name: 'Tout effacer sur cet appareil…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Tout effacer sur cet appareil ?' });
    expect(within(dialog).getByText('2 suivis de cas : ils ne pourront pas être récupérés.')).toBeInTheDocument();
    expect(within(dialog).getByText(/Les réglages de cet appareil/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Le contenu téléchargé \(3 fiches\)/)).toBeInTheDocument();
    expect(within(dialog).getByText(/l'historique de navigation/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tout effacer sur cet appareil…' })).toHaveFocus();
    expect(await db.cases.count()).toBe(2);
  });

  it('deletes the database and local and session storage, then says so when offline', async () => {
    const user = userEvent.setup();
    localStorage.setItem('something', '1');
    sessionStorage.setItem('visit', '1');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    renderApp('/settings');
    await screen.findByText('Suivis de cas : 2');
    expect(await databaseNames()).toContain(DATABASE_NAME);

    await user.click(screen.getByRole('button', { name: 'Tout effacer sur cet appareil…' }));
    await user.click(screen.getByRole('button', { name: 'Tout effacer' }));

    expect(await screen.findByText(/Tout a été effacé sur cet appareil/)).toBeInTheDocument();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it('is not offered in tablet mode, which only the PIN can end', async () => {
    await seedTablet();
    renderApp('/settings');
    expect(await screen.findByText(/Le mode tablette est actif : quittez-le d'abord/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tout effacer sur cet appareil…' })).not.toBeInTheDocument();
  });
});

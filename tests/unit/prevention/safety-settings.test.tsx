import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SafetySettingsSection } from '../../../src/features/prevention/components/safety-settings-section.tsx';
import { db } from '../../../src/lib/db.ts';
import { loadSettings, updateSettings } from '../../../src/lib/settings.ts';
import { renderApp } from '../../helpers/render-app.tsx';
import { PATIENCE, renderWithI18n, startI18n } from './render.tsx';

beforeEach(async () => {
  await startI18n('fr');
  await db.settings.clear();
  await loadSettings();
  window.history.replaceState(null, '', '/');
});

describe('safety settings', () => {
  it('turn discreet mode on and off', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SafetySettingsSection />);
    await user.click(await screen.findByRole('checkbox', { name: /Mode discret/ }));
    await expect.poll(async () => (await loadSettings()).isDiscreet, PATIENCE).toBe(true);
    // The box follows the stored setting, once the live query has read it back.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Mode discret/ })).toBeChecked(), PATIENCE);
    await user.click(screen.getByRole('checkbox', { name: /Mode discret/ }));
    await expect.poll(async () => (await loadSettings()).isDiscreet, PATIENCE).toBe(false);
  });

  it('take a double click on a box as two changes, not the first one twice', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SafetySettingsSection />);
    const box = await screen.findByRole('checkbox', { name: /Mode discret/ });
    await user.dblClick(box);
    expect(box).not.toBeChecked();
    // The first click stored `true`; the row reads `false` only once the second is stored.
    await expect.poll(async () => (await db.settings.get('device'))?.value, PATIENCE).toMatchObject({ isDiscreet: false });
    expect(box).not.toBeChecked();
  });

  it('offer the local page by default and save a neutral site when chosen', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SafetySettingsSection />);
    expect(await screen.findByRole('radio', { name: /Une page de recettes sur cet appareil/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Météo (meteomedia.com)' }));
    await expect.poll(async () => (await loadSettings()).exitUrl, PATIENCE).toBe('https://www.meteomedia.com/');
    await user.click(screen.getByRole('radio', { name: /Une page de recettes/ }));
    await expect.poll(async () => (await loadSettings()).exitUrl, PATIENCE).toBe(null);
  });

  it('refuse an address that is not a full web address, keep what was typed, and save a good one', async () => {
    const user = userEvent.setup();
    renderWithI18n(<SafetySettingsSection />);
    await user.click(await screen.findByRole('radio', { name: 'Une autre adresse' }));
    const field = screen.getByRole('textbox', { name: 'Adresse du site' });
    await user.type(field, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'adresse" }));
    expect(screen.getByRole('alert')).toHaveTextContent(/commence par https:\/\//);
    expect(field).toHaveValue('javascript:alert(1)');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await loadSettings()).exitUrl).toBe(null);
    await user.clear(field);
    await user.type(field, 'https://www.example.com/');
    await user.click(screen.getByRole('button', { name: "Enregistrer l'adresse" }));
    await expect.poll(async () => (await loadSettings()).exitUrl, PATIENCE).toBe('https://www.example.com/');
    expect(screen.getByRole('status')).toHaveTextContent('Adresse enregistrée.');
  });

  it('appear on the settings page, composed by the app', async () => {
    window.history.replaceState(null, '', '/settings');
    renderApp();
    expect(await screen.findByRole('heading', { level: 2, name: 'Sécurité et discrétion' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Affichage' })).toBeInTheDocument();
  });
});

describe('discreet mode', () => {
  it('gives pages a neutral title and the tab a neutral icon', async () => {
    const icon = document.createElement('link');
    icon.rel = 'icon';
    icon.href = '/favicon.svg';
    document.head.append(icon);
    await updateSettings({ isDiscreet: true });
    window.history.replaceState(null, '', '/safety');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Conseils de sécurité' });
    await expect.poll(() => document.title, PATIENCE).toBe('Conseils — Notes');
    expect(icon.getAttribute('href')).toBe('/notes.svg');
    expect(screen.getByRole('link', { name: 'Conseils' })).toHaveAttribute('href', '/safety');
    icon.remove();
  });

  it('words the home page without revealing its subject', async () => {
    await updateSettings({ isDiscreet: true, isSetUp: true });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' });
    await expect.poll(() => document.title, PATIENCE).toBe('Notes');
    const main = screen.getByRole('main');
    expect(main).not.toHaveTextContent(/violence|sécurité|repérage/i);
  });
});

describe('the app layout', () => {
  it('shows quick exit and the safety notice link on every page', async () => {
    for (const path of ['/', '/info', '/settings', '/tools', '/nowhere']) {
      window.history.replaceState(null, '', path);
      const { unmount } = renderApp();
      expect(await screen.findByRole('button', { name: 'Quitter rapidement' })).toBeInTheDocument();
      expect(screen.getByRole('complementary', { name: 'Sortie rapide' })).toContainElement(screen.getByRole('link', { name: 'Conseils de sécurité' }));
      unmount();
    }
  });
});

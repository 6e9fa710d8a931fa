import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBoundary } from '../../../src/app/error-boundary.tsx';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { db } from '../../../src/lib/db.ts';
import { DEFAULT_SETTINGS } from '../../../src/lib/settings.ts';
import { renderApp } from '../../helpers/render-app.tsx';

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await db.settings.clear();
  // A device that went through the first-run set-up (tests/unit/tablet covers a fresh one).
  await db.settings.put({ key: 'device', value: { ...DEFAULT_SETTINGS, isSetUp: true } });
  window.history.replaceState(null, '', '/');
});

describe('the app shell', () => {
  it('opens on a home page with two doors', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeInTheDocument();
    const main = screen.getByRole('main');
    expect(main).toContainElement(screen.getAllByRole('link', { name: /Outils des intervenantes/ })[1] ?? null);
    expect(screen.getAllByRole('link', { name: /Information pour les femmes/ })).toHaveLength(2);
  });

  it('navigates to settings without reloading and marks the current page', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('link', { name: 'Réglages' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Réglages' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/settings');
    expect(screen.getByRole('link', { name: 'Réglages' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a friendly not-found page inside the shell for an unknown route', async () => {
    window.history.replaceState(null, '', '/nowhere');
    renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Navigation principale' })).toBeInTheDocument();
  });

  it('switches to Arabic, right to left, and remembers the choice on the device', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'ar');
    expect(await screen.findByRole('heading', { level: 1, name: 'مرحبًا بكِ في Passerelle' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    await expect.poll(async () => (await db.settings.get('device'))?.value).toMatchObject({ language: 'ar' });
  });

  it('applies a larger text size chosen in settings', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/settings');
    renderApp();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Taille du texte' }), '2');
    await expect.poll(() => document.documentElement.style.getPropertyValue('--text-scale')).toBe('2');
  });
});

describe('the error boundary', () => {
  function Broken(): never {
    throw new Error('boom');
  }

  it('shows a message and a way home instead of a blank page', () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      render(
        <I18nextProvider i18n={i18next}>
          <ErrorBoundary resetKey="/">
            <Broken />
          </ErrorBoundary>
        </I18nextProvider>,
      );
    } finally {
      console.error = originalError;
    }
    expect(screen.getByRole('heading', { name: 'Un problème est survenu' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: "Retour à l'accueil" })).toHaveAttribute('href', '/');
  });
});

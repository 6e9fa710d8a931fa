import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { loadSettings } from '../../../src/lib/settings.ts';
import { loadTabletState, updateTabletConfig } from '../../../src/lib/tablet.ts';
import { renderApp, seedSettings, seedTablet, TABLET_PIN } from './render-app.tsx';

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await db.settings.clear();
  await seedSettings({ areCasesAllowed: false });
});

/** Lets the next PIN be checked, as if the delay had passed (no fake timers near Dexie). */
async function letDelayPass() {
  await updateTabletConfig((current) => ({ ...current, attempts: { ...current.attempts, nextAllowedAt: 0 } }));
}

describe('a women-only shared tablet', () => {
  it('shows a neutral page instead of any intervenor page, deep links included', async () => {
    await seedTablet({ doors: 'women' });
    // Some of these pages are built in parallel: the guard closes them whether they exist yet or not.
    for (const path of ['/tools', '/screening', '/trajectory', '/checklists/abc', '/cases', '/cases/123', '/follow-ups']) {
      const { unmount } = renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'Non disponible sur cette tablette' }), path).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Outils des intervenantes' })).not.toBeInTheDocument();
      unmount();
    }
  });

  it("keeps women's pages open and hides the way to the tools", async () => {
    await seedTablet({ doors: 'women' });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Outils des intervenantes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Outils des intervenantes/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Information pour les femmes/ })).toHaveLength(2);
  });

  it('opens the tools when the organisation chose "everything"', async () => {
    await seedTablet({ doors: 'all' });
    renderApp('/tools');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outils des intervenantes' })).toBeInTheDocument();
  });
});

describe('leaving tablet mode', () => {
  it('needs the PIN: a wrong one gives a clear message and a growing delay that survives a reload', async () => {
    // The clock stands still: on a loaded machine, typing the next PIN can take longer than
    // the 2-second delay, which would let the "too early" attempt through.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.now());
    onTestFinished(() => clock.mockRestore());
    const user = userEvent.setup();
    await seedTablet();
    const { unmount } = renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Quitter le mode tablette' }));
    const pin = screen.getByLabelText("NIP de l'organisme");

    await user.type(pin, '111222');
    await user.click(screen.getByRole('button', { name: 'Quitter le mode tablette' }));
    expect(await screen.findByText("Ce NIP n'est pas le bon. Vous pourrez réessayer dans 2 secondes.")).toHaveAttribute('role', 'alert');

    // Too early: the PIN is not even checked, and the page says how long to wait.
    await user.type(pin, TABLET_PIN);
    await user.click(screen.getByRole('button', { name: 'Quitter le mode tablette' }));
    expect(await screen.findByText(/il faut attendre : réessayez dans [12] secondes?/)).toBeInTheDocument();
    expect((await loadTabletState()).config.isEnabled).toBe(true);

    await letDelayPass();
    await user.type(pin, '333444');
    await user.click(screen.getByRole('button', { name: 'Quitter le mode tablette' }));
    expect(await screen.findByText("Ce NIP n'est pas le bon. Vous pourrez réessayer dans 4 secondes.")).toBeInTheDocument();
    expect((await loadTabletState()).config.attempts.failures).toBe(2);

    // A reload does not reset the delay: it is kept on the device.
    unmount();
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Quitter le mode tablette' }));
    expect(await screen.findByText(/il faut attendre : réessayez dans [1-4] secondes?/)).toBeInTheDocument();
  });

  it('turns tablet mode off with the right PIN, and forgets the PIN hash', async () => {
    const user = userEvent.setup();
    await seedTablet();
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Quitter le mode tablette' }));
    await user.type(screen.getByLabelText("NIP de l'organisme"), TABLET_PIN);
    await user.click(screen.getByRole('button', { name: 'Quitter le mode tablette' }));
    expect(await screen.findByText('Le mode tablette est désactivé.')).toBeInTheDocument();
    expect(await loadTabletState()).toMatchObject({ config: { isEnabled: false, pin: null } });
    expect(await screen.findByRole('button', { name: 'Activer le mode tablette' })).toBeInTheDocument();
  });
});

describe('tablet settings', () => {
  it('change only after the PIN, and keep the idle delay at one minute or more', async () => {
    const user = userEvent.setup();
    await seedTablet({ idleMinutes: 3 });
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Modifier les réglages de la tablette' }));
    expect(screen.queryByLabelText(/Retour à zéro après combien de minutes/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("NIP de l'organisme"), TABLET_PIN);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));

    const idle = await screen.findByLabelText(/Retour à zéro après combien de minutes/);
    await user.clear(idle);
    await user.type(idle, '0');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(idle).toHaveAccessibleDescription(/Entrez un nombre entier de minutes, entre 1 et 60/);
    await user.clear(idle);
    await user.type(idle, '1');
    await user.click(screen.getByRole('radio', { name: /Tout, y compris les outils/ }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Les réglages de la tablette sont enregistrés.')).toBeInTheDocument();
    expect((await loadTabletState()).config).toMatchObject({ idleMinutes: 1, doors: 'all', isEnabled: true });
    expect(await screen.findByText('Retour à zéro après 1 minute sans activité.')).toBeInTheDocument();
  });

  it('turn tablet mode on from settings with a new PIN', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'Activer le mode tablette' }));
    await user.type(screen.getByLabelText('Nouveau NIP'), '123456');
    await user.type(screen.getByLabelText('Confirmer le NIP'), '123456');
    await user.click(screen.getByRole('button', { name: 'Activer' }));
    expect(screen.getByLabelText('Nouveau NIP')).toHaveAccessibleDescription(/se devine trop facilement/);
    await user.clear(screen.getByLabelText('Nouveau NIP'));
    await user.type(screen.getByLabelText('Nouveau NIP'), TABLET_PIN);
    await user.clear(screen.getByLabelText('Confirmer le NIP'));
    await user.type(screen.getByLabelText('Confirmer le NIP'), TABLET_PIN);
    await user.click(screen.getByRole('button', { name: 'Activer' }));
    expect(await screen.findByText('Le mode tablette est activé.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect((await loadTabletState()).config.isEnabled).toBe(true);
  });

  it('offer to end the visit now, which goes home in the tablet language at normal size', async () => {
    const user = userEvent.setup();
    await seedTablet({ defaultLanguage: 'fr' });
    await seedSettings({ areCasesAllowed: false, language: 'en', textScale: 1.5 });
    await i18next.changeLanguage('en');
    renderApp('/settings');
    await user.click(await screen.findByRole('button', { name: 'End the visit now' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    expect(await loadSettings()).toMatchObject({ language: 'fr', textScale: 1 });
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';
import { loadSettings } from '../../../src/lib/settings.ts';
import { loadTabletState } from '../../../src/lib/tablet.ts';
import { renderApp, seedSettings, seedTablet, TABLET_PIN } from './render-app.tsx';

beforeAll(async () => {
  await initI18n('fr');
});

beforeEach(async () => {
  await i18next.changeLanguage('fr');
  await db.settings.clear();
  // The modules keep the last settings and tablet state they read: read the cleared
  // table, as a start-up would.
  await loadSettings();
  await loadTabletState();
});

async function answer(user: ReturnType<typeof userEvent.setup>, device: RegExp, others?: string) {
  await user.click(await screen.findByRole('button', { name: 'Continuer' }));
  await user.click(await screen.findByRole('radio', { name: device }));
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  if (others) {
    await user.click(await screen.findByRole('radio', { name: others }));
    await user.click(screen.getByRole('button', { name: 'Terminer' }));
  }
}

describe('the first-run set-up', () => {
  it('shows on a new device instead of the home page, with a way straight to the information', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Passer et aller à l'information" })).toBeInTheDocument();
  });

  it("never stands in front of women's pages", async () => {
    renderApp('/info');
    expect(await screen.findByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeInTheDocument();
  });

  it('runs again when the stored settings are corrupt', async () => {
    await db.settings.put({ key: 'device', value: { schemaVersion: 1, textScale: 'huge', isSetUp: true } });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeInTheDocument();
  });

  it('runs again when the tablet settings are corrupt, even if the device was set up', async () => {
    await seedSettings();
    await db.settings.put({ key: 'tablet', value: { isEnabled: true } });
    renderApp('/tools');
    expect(await screen.findByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeInTheDocument();
  });

  it("configures a woman's own phone someone may check, then shows the home page", async () => {
    const user = userEvent.setup();
    renderApp('/');
    await answer(user, /mon propre téléphone/, 'Oui');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeInTheDocument();
    expect(await loadSettings()).toMatchObject({
      isSetUp: true,
      language: 'fr',
      areCasesAllowed: false,
      autoLockMinutes: null,
      isQuickExitProminent: true,
      isDiscreet: true,
    });
  });

  it('never stores the answers themselves', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await answer(user, /mon propre téléphone/, 'Je ne sais pas');
    await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' });
    const stored = JSON.stringify(await db.settings.toArray());
    for (const word of ['woman', 'intervenor', 'sharedTablet', 'unsure', 'othersMayLook', 'user']) expect(stored).not.toContain(word);
  });

  it('asks for an answer instead of guessing', async () => {
    const user = userEvent.setup();
    renderApp('/setup');
    await user.click(await screen.findByRole('button', { name: 'Continuer' }));
    await user.click(await screen.findByRole('button', { name: 'Continuer' }));
    expect(screen.getByRole('group', { name: 'Cet appareil est :' })).toHaveAccessibleDescription('Choisissez une réponse pour continuer.');
  });

  it('applies the chosen language at once and keeps it', async () => {
    const user = userEvent.setup();
    renderApp('/setup');
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Set up this device' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: /an intervenor's own device/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    await expect.poll(async () => (await loadSettings()).language).toBe('en');
    expect(await loadSettings()).toMatchObject({ areCasesAllowed: true, autoLockMinutes: 15, isDiscreet: false });
  });

  it('skips to the information with the most careful settings, leaving tablet mode alone', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('button', { name: "Passer et aller à l'information" }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/info');
    expect(await loadSettings()).toMatchObject({ isSetUp: true, areCasesAllowed: false, isQuickExitProminent: true });
    expect((await loadTabletState()).config.isEnabled).toBe(false);
  });

  it('keeps the current settings when a rerun is skipped', async () => {
    const user = userEvent.setup();
    await seedSettings({ areCasesAllowed: true, autoLockMinutes: 15, isDiscreet: false });
    renderApp('/setup');
    expect(await screen.findByText('Les réglages actuels de cet appareil restent en place.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: "Passer et aller à l'information" }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeInTheDocument();
    expect(await loadSettings()).toMatchObject({ areCasesAllowed: true, autoLockMinutes: 15, isDiscreet: false });
  });

  it('refuses a short tablet PIN with the reason, then turns tablet mode on with a hashed PIN', async () => {
    const user = userEvent.setup();
    renderApp('/setup');
    await answer(user, /une tablette partagée/);
    await user.type(await screen.findByLabelText('Nouveau NIP'), '4829');
    await user.type(screen.getByLabelText('Confirmer le NIP'), '4829');
    await user.click(screen.getByRole('button', { name: 'Terminer' }));
    const pin = screen.getByLabelText('Nouveau NIP');
    expect(pin).toHaveAccessibleDescription(/au moins 6 chiffres : un NIP plus court se devine trop vite/);
    expect(pin).toHaveFocus();
    expect((await loadTabletState()).config.isEnabled).toBe(false);

    await user.clear(pin);
    await user.type(pin, TABLET_PIN);
    await user.clear(screen.getByLabelText('Confirmer le NIP'));
    await user.type(screen.getByLabelText('Confirmer le NIP'), TABLET_PIN);
    await user.clear(screen.getByLabelText(/Retour à zéro après combien de minutes/));
    await user.type(screen.getByLabelText(/Retour à zéro après combien de minutes/), '5');
    await user.click(screen.getByRole('button', { name: 'Terminer' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' }, { timeout: 5000 })).toBeInTheDocument();
    const { config } = await loadTabletState();
    expect(config).toMatchObject({ isEnabled: true, doors: 'women', idleMinutes: 5, defaultLanguage: 'fr' });
    expect(JSON.stringify(await db.settings.toArray())).not.toContain(TABLET_PIN);
    expect(await loadSettings()).toMatchObject({ areCasesAllowed: false, isQuickExitProminent: true });
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).queryByRole('link', { name: 'Outils des intervenantes' })).not.toBeInTheDocument();
  });

  it('asks for the organisation PIN before a shared tablet can be set up again', async () => {
    const user = userEvent.setup();
    await seedSettings({ areCasesAllowed: false });
    await seedTablet();
    renderApp('/setup');
    expect(await screen.findByText(/Entrez son NIP pour refaire la configuration/)).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Français' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("NIP de l'organisme"), TABLET_PIN);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(await screen.findByRole('radio', { name: 'Français' })).toBeInTheDocument();
  });
});

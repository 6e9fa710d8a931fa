/**
 * Shared-tablet mode, first-run set-up and settings (issue 7; SAFETY.md rules 3, 7, 8).
 * Idle delays are fast-forwarded with Playwright's clock, never waited for.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { completeSetup, expect, test, waitForServiceWorkerControl, ARTIFACTS } from './fixtures.ts';

const PIN = '482913';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const INTERVENOR_PATHS = ['/tools', '/screening', '/trajectory', '/checklists/arrival', '/cases', '/cases/A-17', '/follow-ups'];

/** Runs the set-up as "a shared tablet in an organisation" and lands on the home page. */
async function setUpSharedTablet(page: Page, { idleMinutes = 3, doors = 'women' }: { idleMinutes?: number; doors?: 'women' | 'all' } = {}) {
  await page.goto('/setup');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('radio', { name: /une tablette partagée/ }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByLabel('Nouveau NIP').fill(PIN);
  await page.getByLabel('Confirmer le NIP').fill(PIN);
  if (doors === 'all') await page.getByRole('radio', { name: /Tout, y compris/ }).check();
  await page.getByLabel(/Retour à zéro après combien de minutes/).fill(String(idleMinutes));
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
}

async function expectNoAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

async function leaveTabletModeWith(page: Page, pin: string) {
  await page.getByLabel("NIP de l'organisme").fill(pin);
  await page.getByRole('button', { name: 'Quitter le mode tablette' }).click();
}

test('a fresh device opens on the set-up, whose skip link goes straight to the information', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeVisible();
  await page.getByRole('button', { name: "Passer et aller à l'information" }).click();
  await expect(page).toHaveURL(/\/info$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeVisible();

  // Skipping applies the most careful settings, and the set-up does not come back.
  await page.goto('/settings');
  await expect(page.getByText('Les suivis de cas sont désactivés sur cet appareil.')).toBeVisible();
  await expect(page.getByText('Bouton de sortie rapide : bien visible.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
});

test("set-up choices change the device: a woman's own phone turns cases off, an intervenor's device keeps them", async ({ page }) => {
  await completeSetup(page, { device: 'woman', others: 'yes' });
  await page.goto('/settings');
  const setup = page.getByRole('region', { name: "Configuration de l'appareil" });
  await expect(setup.getByText('Les suivis de cas sont désactivés sur cet appareil.')).toBeVisible();
  await expect(setup.getByText('Pas de verrouillage automatique.')).toBeVisible();
  await expect(setup.getByText('Bouton de sortie rapide : bien visible.')).toBeVisible();
  await expect(setup.getByText('Mode discret : activé.')).toBeVisible();

  // Rerun from settings.
  await setup.getByRole('link', { name: 'Refaire la configuration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeVisible();
  await completeSetup(page, { device: 'intervenor', others: 'no' });
  await page.goto('/settings');
  await expect(setup.getByText('Les suivis de cas sont permis sur cet appareil.')).toBeVisible();
  await expect(setup.getByText('Verrouillage après 15 minutes sans activité.')).toBeVisible();
  await expect(setup.getByText('Mode discret : désactivé.')).toBeVisible();
});

test('a shared tablet resets after the idle delay: home page, tablet language, normal text size', async ({ page }) => {
  await page.clock.install();
  await setUpSharedTablet(page, { idleMinutes: 1 });

  // A visitor reads in Arabic, in large text.
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByRole('link', { name: 'الإعدادات' }).click();
  await page.getByRole('combobox', { name: 'حجم النص' }).selectOption('2');
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('2');
  await page.getByRole('link', { name: 'معلومات للنساء' }).first().click();
  await expect(page).toHaveURL(/\/info$/);

  await page.clock.fastForward('01:00');
  const countdown = page.getByRole('alertdialog', { name: 'هل ما زلتِ هنا؟' });
  await expect(countdown).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('15');
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/tablet-countdown-ar.png` });

  await page.clock.fastForward('00:16');
  await expect(countdown).toBeHidden();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('1');

  // The reset is stored, not only on screen.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
});

test('any touch or key during the countdown cancels the reset', async ({ page }) => {
  await page.clock.install();
  await setUpSharedTablet(page, { idleMinutes: 1 });
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
  await page.getByRole('link', { name: 'Information for women' }).first().click();

  await page.clock.fastForward('01:00');
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  await expectNoAxeViolations(page, 'the idle countdown');
  await page.keyboard.press('Shift');
  await expect(page.getByRole('alertdialog')).toBeHidden();

  await page.clock.fastForward('00:30');
  await expect(page).toHaveURL(/\/info$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.clock.fastForward('00:30');
  await expect(page.getByRole('alertdialog', { name: 'Are you still there?' })).toBeVisible();
  await page.mouse.click(5, 300);
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await page.clock.fastForward('00:20');
  await expect(page).toHaveURL(/\/info$/);
});

test('quick exit stays on top of the idle countdown, and leaves at once from under it (SAFETY.md rule 4)', async ({ page }) => {
  await page.clock.install();
  await setUpSharedTablet(page, { idleMinutes: 1 });
  await page.getByRole('link', { name: 'Information pour les femmes' }).first().click();
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('alertdialog', { name: 'Êtes-vous encore là ?' })).toBeVisible();

  const exit = page.getByRole('button', { name: 'Quitter rapidement' });
  await expect(exit).toBeVisible();
  // What the screen shows at the button's centre is the button itself, not the backdrop.
  const isOnTop = await exit.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && button.contains(top);
  });
  expect(isOnTop).toBe(true);
  await exit.click();
  await expect(page).toHaveURL(/\/recettes\.html$/);
});

test('a women-only tablet closes every intervenor page, deep links included', async ({ page }) => {
  await setUpSharedTablet(page, { doors: 'women' });
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: 'Information pour les femmes' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Outils des intervenantes' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Outils des intervenantes/ })).toHaveCount(0);

  for (const path of INTERVENOR_PATHS) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Non disponible sur cette tablette' }), path).toBeVisible();
    await expect(page.getByText(/Outils des intervenantes/)).toHaveCount(0);
  }
  for (const path of ['/info', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: /Information pour les femmes|Réglages/ })).toBeVisible();
  }
});

test('leaving tablet mode needs the PIN; a wrong PIN gives a clear message and a growing delay', async ({ page }) => {
  await page.clock.install();
  await setUpSharedTablet(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Quitter le mode tablette' }).click();

  await leaveTabletModeWith(page, '111222');
  await expect(page.getByText("Ce NIP n'est pas le bon. Vous pourrez réessayer dans 2 secondes.")).toBeVisible();

  // Too soon: not even checked, even with the right PIN.
  await leaveTabletModeWith(page, PIN);
  await expect(page.getByText(/il faut attendre : réessayez dans [12] secondes?\./)).toBeVisible();

  await page.clock.fastForward('00:03');
  await leaveTabletModeWith(page, '333444');
  await expect(page.getByText("Ce NIP n'est pas le bon. Vous pourrez réessayer dans 4 secondes.")).toBeVisible();

  // Reloading does not reset the delay.
  await page.reload();
  await page.getByRole('button', { name: 'Quitter le mode tablette' }).click();
  await expect(page.getByText(/il faut attendre : réessayez dans [1-4] secondes?\./)).toBeVisible();

  // The women's information never waits for the PIN.
  await page.goto('/info');
  await expect(page.getByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeVisible();

  await page.clock.fastForward('00:05');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Quitter le mode tablette' }).click();
  await leaveTabletModeWith(page, PIN);
  await expect(page.getByText('Le mode tablette est désactivé.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Outils des intervenantes' })).toBeVisible();
  await page.goto('/tools');
  await expect(page.getByRole('heading', { level: 1, name: 'Outils des intervenantes' })).toBeVisible();
});

for (const language of ['fr', 'ar'] as const) {
  test(`the set-up and settings pass axe in ${language}`, async ({ page }) => {
    await page.goto('/setup');
    if (language === 'ar') {
      await page.getByRole('radio', { name: 'العربية' }).check();
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `set-up step 1 (${language})`);
    await page.getByRole('button', { name: language === 'ar' ? 'متابعة' : 'Continuer' }).click();
    // An unanswered question shows its error: audit that state too.
    await page.getByRole('button', { name: language === 'ar' ? 'متابعة' : 'Continuer' }).click();
    await expectNoAxeViolations(page, `set-up step 2 with an error (${language})`);
    await page.getByRole('radio', { name: language === 'ar' ? /جهاز لوحي مشترك/ : /une tablette partagée/ }).check();
    await page.getByRole('button', { name: language === 'ar' ? 'متابعة' : 'Continuer' }).click();
    await expectNoAxeViolations(page, `set-up tablet step (${language})`);
    await page.screenshot({ path: `${ARTIFACTS}/screenshots/setup-tablet-${language}.png`, fullPage: true });

    // The set-up applies its language only when finished: choose it for settings in the header.
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (language === 'ar') await page.getByRole('combobox', { name: 'Langue', exact: true }).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoAxeViolations(page, `settings (${language})`);
    await page.getByRole('button', { name: language === 'ar' ? 'محو كل شيء على هذا الجهاز…' : 'Tout effacer sur cet appareil…' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoAxeViolations(page, `erase dialog (${language})`);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: `${ARTIFACTS}/screenshots/settings-${language}.png`, fullPage: true });
  });
}

test('high contrast passes axe and 200 % text fits a 320 px screen on set-up and settings', async ({ page }) => {
  await completeSetup(page);
  await page.goto('/settings');
  // The box follows the stored setting, a moment after the click.
  await page.getByRole('checkbox', { name: 'Contraste élevé' }).click();
  await expect(page.getByRole('checkbox', { name: 'Contraste élevé' })).toBeChecked();
  await page.getByRole('combobox', { name: 'Taille du texte' }).selectOption('2');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  // Applied from the stored settings: once it shows, the pages loaded next read 200 % too.
  await expect.poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--text-scale'))).toBe('2');
  await expectNoAxeViolations(page, 'settings in high contrast at 200 %');

  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/settings', '/setup']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${path} at 200 %`).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/setup-320-200pct.png`, fullPage: true });
});

test('erasing everything removes the database, caches, storage and service worker', async ({ page, context }) => {
  await completeSetup(page);
  await waitForServiceWorkerControl(page);
  await page.evaluate(() => localStorage.setItem('left-behind', '1'));
  const before = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(before.databases).toContain('passerelle');
  expect(before.caches).toBeGreaterThan(0);
  expect(before.workers).toBe(1);

  // Offline, the page stays after the erase (a reload would need the network), so what
  // is left on the device can be checked before anything is downloaded again.
  await page.goto('/settings');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Tout effacer sur cet appareil…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Tout effacer sur cet appareil ?' });
  await expect(dialog.getByText("Aucun suivi de cas n'est gardé sur cet appareil.")).toBeVisible();
  await dialog.getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page.getByText(/Tout a été effacé sur cet appareil/)).toBeVisible();
  const after = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((database) => database.name),
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
  }));
  expect(after).toEqual({ databases: [], caches: 0, workers: 0, localStorage: 0, sessionStorage: 0 });

  // Back online, Passerelle starts again as on a new device.
  await context.setOffline(false);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeVisible();
});

test('online, erasing everything reloads into the first-run set-up', async ({ page }) => {
  await completeSetup(page, { device: 'woman', others: 'no' });
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Tout effacer sur cet appareil…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Tout effacer' }).click();
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Configurer cet appareil' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByText("Cet appareil n'a pas encore été configuré.")).toBeVisible();
});

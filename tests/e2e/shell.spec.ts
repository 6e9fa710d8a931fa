import { expect, skipSetup, test, waitForServiceWorkerControl, ARTIFACTS } from './fixtures.ts';
import { chooseLanguage } from './support/language.ts';

const ROUTES = [
  { path: '/', heading: 'Bienvenue dans Passerelle' },
  { path: '/tools', heading: 'Outils des intervenantes' },
  { path: '/info', heading: 'Information pour les femmes' },
  { path: '/settings', heading: 'Réglages' },
  { path: '/setup', heading: 'Configurer cet appareil' },
  { path: '/does-not-exist', heading: 'Page introuvable' },
];

// Every test starts on a fresh device: the first-run set-up comes first (tablet.spec.ts tests it).
test.beforeEach(async ({ page }) => {
  await skipSetup(page);
});

test('the app installs its service worker and opens every route offline by deep link', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await waitForServiceWorkerControl(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Hors ligne' })).toBeVisible();

  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
  }
});

test('switching to Arabic turns the page right to left and is remembered', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/home-fr.png`, fullPage: true });

  await chooseLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'مرحبًا بكِ في Passerelle' })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/home-ar.png`, fullPage: true });

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('combobox', { name: 'اللغة' })).toHaveValue('ar');
});

test('in-app navigation keeps one page and moves focus to the new heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Outils des intervenantes/ }).first().click();
  await expect(page).toHaveURL(/\/tools$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Outils des intervenantes' })).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
});

test('the shell fits a 320 px phone without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ROUTES) {
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${route.path}`).toBeLessThanOrEqual(0);
  }
});

/**
 * The directory in the production build, against the real server. The records come from
 * the server's default packs (demo directory and help lines) through the sync engine.
 *
 * Before the sync engine is merged, `E2E_DIRECTORY_SEED=1` writes the same packs into the
 * page's IndexedDB instead (no server is mocked); the app then indexes them as after a sync.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { demoDirectoryPack, helpLinesPack } from '../../src/content/directory/index.ts';
import { packRows, seedRows } from '../bench/search-support/seed.ts';
import { ARTIFACTS, expect, test, waitForServiceWorkerControl } from './fixtures.ts';
import { storedRows } from './support/device-db.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens the directory once online and waits until it lists synced services. */
async function openSyncedDirectory(page: Page): Promise<void> {
  await page.goto('/directory');
  await waitForServiceWorkerControl(page);
  if (process.env.E2E_DIRECTORY_SEED === '1') {
    const pack = demoDirectoryPack();
    await seedRows(page, [...packRows(pack), ...packRows(helpLinesPack(), pack.records.length + 1)]);
    await page.reload();
  }
  await expect(page.locator('.result-card').first()).toBeVisible({ timeout: 60_000 });
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('searches and filters offline, accents and case ignored', async ({ page, context }) => {
  await openSyncedDirectory(page);
  await context.setOffline(true);
  await page.reload();
  const search = page.getByRole('searchbox', { name: 'Rechercher' });
  await search.fill('HEBERGEMENT D URGENCE');
  const results = page.getByRole('region', { name: 'Résultats' });
  await expect(results.getByRole('link', { name: /Hébergement d’urgence/ }).first()).toBeVisible();
  await expect(page.getByText('Données de démonstration').first()).toBeVisible();
  await page.getByText('Filtres').click();
  await page.getByRole('combobox', { name: 'Région' }).selectOption('06');
  await expect(page.getByRole('status').filter({ hasText: /dans la région Montréal/ })).toBeVisible();
  await expect(page).toHaveURL(/region=06/);
  await expect(page).toHaveURL(/q=HEBERGEMENT/);
});

test('opens a shared link to a filtered search, and the filters survive a reload', async ({ page }) => {
  await openSyncedDirectory(page);
  await page.goto('/directory?region=06&lang=ar&type=emergency-shelter&type=help-line&children=1');
  await expect(page.getByRole('combobox', { name: 'Région' })).toHaveValue('06');
  await expect(page.getByRole('checkbox', { name: 'Hébergement d’urgence' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Ligne d’aide' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Accueille les enfants' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Langue parlée ou avec interprète' })).toHaveValue('ar');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Région' })).toHaveValue('06');
  await expect(page.getByRole('status').filter({ hasText: /dans la région Montréal/ })).toBeVisible();
});

test('never renders a confidential address, which is not on the device either', async ({ page }) => {
  await openSyncedDirectory(page);
  await page.goto('/directory?type=emergency-shelter');
  await page.locator('.result-name a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Adresse confidentielle. Appelez pour savoir comment être accueillie.')).toBeVisible();
  await expect(page.locator('address')).toHaveCount(0);
  await expect(page.locator('a[href^="geo:"]')).toHaveCount(0);
  const confidential = (await storedRows<{ data: Record<string, unknown> }>(page, 'location')).filter((row) => row.data.addressVisibility === 'confidential');
  const leaks = {
    count: confidential.length,
    leaking: confidential.filter((row) => ['address', 'city', 'latitude', 'longitude'].some((field) => field in row.data)).length,
  };
  expect(leaks.count).toBeGreaterThan(0);
  expect(leaks.leaking).toBe(0);
});

test('a region without shelters shows the nearest ones elsewhere, never an empty page', async ({ page }) => {
  await openSyncedDirectory(page);
  await page.goto('/directory?region=10&type=emergency-shelter');
  await expect(page.getByText('Aucune ressource qui correspond dans la région Nord-du-Québec.')).toBeVisible();
  const nearest = page.getByRole('region', { name: 'Les plus proches dans d’autres régions' });
  await expect(nearest.getByRole('article').first()).toBeVisible();
  await expect(nearest.getByText(/^À environ \d+ km$/).first()).toBeVisible();
});

test('the list and a resource sheet have no accessibility violations, in French and in Arabic', async ({ page }) => {
  await openSyncedDirectory(page);
  await expectNoAxeViolations(page);
  await page.locator('.result-name a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/directory-sheet-fr.png`, fullPage: true });

  await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('link', { name: 'العودة إلى الدليل' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/directory-sheet-ar.png`, fullPage: true });
  await page.getByRole('link', { name: 'العودة إلى الدليل' }).click();
  await expect(page.getByRole('searchbox', { name: 'بحث' })).toBeVisible();
  await expect(page.locator('.result-card').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/directory-list-ar.png`, fullPage: false });
});

test('the directory fits a 320 px phone without horizontal scrolling', async ({ page }) => {
  await openSyncedDirectory(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.getByText('Filtres').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('prints a clean resource sheet: its name and numbers, without the app around it', async ({ page }) => {
  await openSyncedDirectory(page);
  await page.goto('/directory?type=help-line');
  await page.locator('.result-name a').first().click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeVisible();
  await expect(page.locator('.service-sheet a[href^="tel:"]').first()).toBeVisible();
  for (const chrome of ['.app-header', '.quick-exit-bar', '.share-actions', '.back-link']) {
    await expect(page.locator(chrome).first(), `${chrome} on paper`).toBeHidden();
  }
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/directory-sheet-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeVisible();
});

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

test('the header status changes without moving the page: no layout shift outside its row when the sync status replaces the network indicator', async ({ page }) => {
  for (const width of [412, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
          if (entry.hadRecentInput) continue;
          // Only what moved outside the status row: inside it, the status may realign itself.
          const moved = (entry.sources ?? []).map((source) => source.node).filter((node) => !(node instanceof Element && node.closest('.header-status')));
          if (moved.length > 0) shifts.push({ value: entry.value, sources: moved.map((node) => (node instanceof Element ? `${node.tagName}.${node.className}` : String(node?.nodeName))) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
    // The sync status loads once the first screen is painted and the page is idle.
    await expect(page.locator('header .sync-status')).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
    expect(shifts, `layout shifts at ${width} px`).toEqual([]);
  }
});

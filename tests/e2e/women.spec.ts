/**
 * The women's side (issue 6): quick exit, exit and erase, the safety notice, discreet
 * mode, and the articles in every language. Articles are written into the device table
 * the way sync leaves them (support/articles.ts); the last spec checks that they also
 * arrive through sync, once the sync engine is merged.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { fallbackChain } from '../../src/shared/languages.ts';
import { ARTICLES, seedArticles } from './support/articles.ts';
import { directionOfLanguage, leftovers, patchSettings, UI_LANGUAGES } from './support/women.ts';
import { ARTIFACTS, expect, skipSetup, test, waitForServiceWorkerControl } from './fixtures.ts';

const LOCAL_PAGE_HEADING = 'Recettes de la semaine';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The app set up, installed and controlled by its service worker, with the articles on the device. */
async function installWithArticles(page: Page): Promise<void> {
  await skipSetup(page);
  await waitForServiceWorkerControl(page);
  await seedArticles(page);
}

async function pressShiftThreeTimes(page: Page): Promise<void> {
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
}

test.describe('quick exit', () => {
  for (const how of ['button', 'keyboard'] as const) {
    test(`by ${how}, online, goes to the site chosen in settings and replaces the history entry`, async ({ page, baseURL }) => {
      await openApp(page, '/settings');
      // A same-origin address stands in for the neutral site: the fixture fails any request elsewhere.
      await page.getByRole('radio', { name: 'Une autre adresse' }).click();
      await page.getByRole('textbox', { name: 'Adresse du site' }).fill(`${baseURL}/robots.txt`);
      await page.getByRole('button', { name: "Enregistrer l'adresse" }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Adresse enregistrée.' })).toBeVisible();

      await page.getByRole('link', { name: 'Information pour les femmes' }).first().click();
      await page.getByRole('complementary', { name: 'Sortie rapide' }).getByRole('link', { name: 'Conseils de sécurité' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Conseils de sécurité' })).toBeVisible();
      if (how === 'button') await page.getByRole('button', { name: 'Quitter rapidement' }).click();
      else await pressShiftThreeTimes(page);

      await expect(page).toHaveURL(/\/robots\.txt$/);
      await page.goBack();
      // The page she left was replaced: Back shows the page before it, not the safety notice.
      await expect(page).toHaveURL(/\/info$/);
    });

    test(`by ${how}, offline, lands on the local neutral page, not on a browser error`, async ({ page, context }) => {
      await openApp(page);
      await patchSettings(page, { exitUrl: 'https://www.meteomedia.com/' });
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      await openApp(page, '/safety');
      if (how === 'button') await page.getByRole('button', { name: 'Quitter rapidement' }).click();
      else await pressShiftThreeTimes(page);

      await expect(page).toHaveURL(/\/recettes\.html$/);
      await expect(page.getByRole('heading', { level: 1, name: LOCAL_PAGE_HEADING })).toBeVisible();
      await expect(page).toHaveTitle(LOCAL_PAGE_HEADING);
      expect(await page.content()).not.toMatch(/passerelle/i);
    });
  }

  test('from an article, Back does not return to the article', async ({ page }) => {
    await installWithArticles(page);
    await openApp(page, '/info');
    await page.getByRole('link', { name: /^Quand vous n'avez pas dit oui/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Quand vous n'avez pas dit oui" })).toBeVisible();
    await page.getByRole('button', { name: 'Quitter rapidement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: LOCAL_PAGE_HEADING })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\/info$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Information pour les femmes' })).toBeVisible();
    await expect(page.getByRole('heading', { name: "Quand vous n'avez pas dit oui" })).toHaveCount(0);
  });

  test('stays on top of every page at 320 px, even at 200 % text and scrolled to the end', async ({ page }) => {
    await installWithArticles(page);
    await patchSettings(page, { textScale: 2 });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/info', '/info/rights', '/info/children', '/safety', '/settings']) {
      await openApp(page, path);
      // This feature's own content never overflows (the rest of /settings belongs to other features).
      const overflow = await page.evaluate((isSettings) => {
        if (!isSettings) return document.documentElement.scrollWidth - window.innerWidth;
        const section = document.querySelector('.safety-settings');
        return section ? Math.max(...[section, ...section.querySelectorAll('*')].map((element) => element.getBoundingClientRect().right)) - window.innerWidth : Infinity;
      }, path === '/settings');
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const button = page.getByRole('button', { name: 'Quitter rapidement' });
      await expect(button).toBeInViewport();
      const box = await button.boundingBox();
      expect(box?.height ?? 0, 'a target for a shaking hand').toBeGreaterThanOrEqual(48);
      // Nothing is drawn over it: the point at its centre belongs to the button.
      const isOnTop = await button.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return element.contains(document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2));
      });
      expect(isOnTop, `quick exit covered on ${path}`).toBe(true);
    }
  });

  test('stays above an open dialog and still leaves, by button and by keyboard', async ({ page }) => {
    await skipSetup(page);
    for (const how of ['button', 'keyboard'] as const) {
      await openApp(page, '/settings');
      await page.getByRole('button', { name: 'Tout effacer sur cet appareil…' }).click();
      await expect(page.getByRole('alertdialog', { name: 'Tout effacer sur cet appareil ?' })).toBeVisible();
      if (how === 'button') await page.getByRole('button', { name: 'Quitter rapidement' }).click();
      else await pressShiftThreeTimes(page);
      await expect(page.getByRole('heading', { level: 1, name: LOCAL_PAGE_HEADING })).toBeVisible();
    }
  });

  test('is reachable from the keyboard before anything in the page itself', async ({ page }) => {
    await openApp(page, '/info');
    const stops: { name: string; isInMain: boolean }[] = [];
    for (let tab = 0; tab < 20 && !stops.some((stop) => stop.isInMain); tab += 1) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(() => ({
          name: document.activeElement?.textContent?.trim() ?? '',
          isInMain: Boolean(document.activeElement?.closest('main')),
        })),
      );
    }
    const exitStop = stops.findIndex((stop) => stop.name === 'Quitter rapidement');
    expect(exitStop, 'quick exit in the tab order').toBeGreaterThanOrEqual(0);
    expect(exitStop).toBeLessThan(stops.findIndex((stop) => stop.isInMain));
    for (let back = stops.length - 1; back > exitStop; back -= 1) await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Quitter rapidement' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recettes\.html$/);
  });
});

test.describe('exit and erase', () => {
  for (const network of ['online', 'offline'] as const) {
    test(`${network}, leaves IndexedDB, Cache Storage and the service worker empty`, async ({ page, context }) => {
      await installWithArticles(page);
      expect((await leftovers(page)).databases).toContain('passerelle');
      expect((await leftovers(page)).caches.length).toBeGreaterThan(0);
      if (network === 'offline') await context.setOffline(true);
      await openApp(page, '/safety');
      await expect(page.getByText(/Cela n'efface pas l'historique du navigateur/)).toBeVisible();
      await page.getByRole('button', { name: 'Quitter et effacer' }).click();
      await page.getByRole('button', { name: 'Oui, tout effacer et quitter' }).click();

      await expect(page.getByRole('heading', { level: 1, name: LOCAL_PAGE_HEADING })).toBeVisible();
      await expect.poll(() => leftovers(page)).toEqual({ databases: [], caches: [], workers: 0 });
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    });
  }

  test('to a chosen site, erases everything before leaving', async ({ page, baseURL }) => {
    await installWithArticles(page);
    await patchSettings(page, { exitUrl: `${baseURL}/robots.txt` });
    await openApp(page, '/safety');
    await page.getByRole('button', { name: 'Quitter et effacer' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer et quitter' }).click();
    await expect(page).toHaveURL(/\/robots\.txt$/);
    await expect.poll(() => leftovers(page)).toEqual({ databases: [], caches: [], workers: 0 });
  });
});

test.describe('help lines', () => {
  test('are call buttons at least 48 px high on every help screen', async ({ page }) => {
    await installWithArticles(page);
    for (const path of ['/info', '/info/support', '/safety']) {
      await openApp(page, path);
      const calls = page.locator('a[href^="tel:"].call-link');
      expect(await calls.count(), path).toBeGreaterThan(1);
      for (const box of await calls.evaluateAll((links) => links.map((link) => link.getBoundingClientRect()))) {
        expect(Math.min(box.height, box.width), `call button on ${path}`).toBeGreaterThanOrEqual(48);
      }
    }
  });
});

test.describe('the safety notice', () => {
  test('is one tap away on every page', async ({ page }) => {
    for (const path of ['/', '/info', '/info/rights', '/settings', '/tools', '/directory', '/interpretation']) {
      await openApp(page, path);
      await page.getByRole('complementary', { name: 'Sortie rapide' }).getByRole('link', { name: 'Conseils de sécurité' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Conseils de sécurité' })).toBeVisible();
      await expect(page).toHaveURL(/\/safety$/);
    }
  });
});

test.describe('discreet mode', () => {
  test('gives neutral titles, a neutral icon and a neutral home page', async ({ page }) => {
    await installWithArticles(page);
    await openApp(page, '/settings');
    // The box follows the stored setting, which lands a moment after the click.
    await page.getByRole('checkbox', { name: /Mode discret/ }).click();
    await expect(page.getByRole('checkbox', { name: /Mode discret/ })).toBeChecked();
    await expect(page).toHaveTitle('Notes');
    await expect(page.locator('link[rel~="icon"]')).toHaveAttribute('href', '/notes.svg');

    await openApp(page, '/info/consent');
    await expect(page).toHaveTitle('Lecture — Notes');
    await openApp(page, '/');
    await expect(page).toHaveTitle('Notes');
    await expect(page.getByRole('main')).not.toContainText(/violence|sécurité/i);
    await expect(page.getByRole('link', { name: 'Conseils', exact: true })).toBeVisible();

    // An article's link into the directory carries no readable word in the address, and still filters.
    await openApp(page, '/info/relationships');
    await page.getByRole('link', { name: /Voir les maisons d'aide/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page).toHaveURL(/\/directory\?v=[\w-]+$/);
    expect(decodeURIComponent(page.url())).not.toMatch(/shelter|type=/);
    await expect(page.getByText(/^Filtres \(1 actif\)$/)).toBeVisible();
    await expect(page).toHaveTitle('Notes');
  });

  test('starts discreet: after the switch, no page load ever shows a revealing title', async ({ page }) => {
    await installWithArticles(page);
    await openApp(page, '/settings');
    await page.getByRole('checkbox', { name: /Mode discret/ }).click();
    await expect(page.getByRole('checkbox', { name: /Mode discret/ })).toBeChecked();
    // Every title the document takes, from before the app's first render.
    await page.addInitScript(() => {
      const titles: string[] = [];
      (window as unknown as { __titles: string[] }).__titles = titles;
      new MutationObserver(() => {
        if (titles.at(-1) !== document.title) titles.push(document.title);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    // Full loads: start-up renders women's pages from its copy of the settings, which
    // the switch above must have replaced (src/lib/db-snapshot.ts). The first one shows a
    // revealing title unless it has: each load corrects the copy for the next.
    for (const path of ['/info', '/info/consent', '/safety', '/']) {
      await page.goto(path);
      await expect(page).toHaveTitle(/Notes$/);
      const titles = await page.evaluate(() => (window as unknown as { __titles: string[] }).__titles);
      // "Passerelle" is index.html's own title, shown before any script runs.
      expect(titles.filter((title) => title !== 'Passerelle' && !/Notes$/.test(title)), path).toEqual([]);
    }
  });
});

test.describe('articles', () => {
  test('every article renders in every language with the right lang and dir', async ({ page }) => {
    // 8 articles × up to 16 languages: a page load each.
    test.setTimeout(300_000);
    await installWithArticles(page);
    for (const language of UI_LANGUAGES) {
      await patchSettings(page, { language: language.code });
      for (const { data } of ARTICLES) {
        await page.goto(`/info/${data.slug}`);
        const expected = fallbackChain(language.code).find((code) => data.title[code]) ?? 'fr';
        const article = page.locator('article');
        await expect(article, `${data.slug} in ${language.code}`).toHaveAttribute('lang', expected);
        await expect(article).toHaveAttribute('dir', directionOfLanguage(expected));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.title[expected] ?? '');
        await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
      }
    }
  });

  test('an article in French, Arabic and Chinese, saved as screenshots', async ({ page }) => {
    await installWithArticles(page);
    await page.setViewportSize({ width: 412, height: 915 });
    await openApp(page, '/info/rights');
    await expect(page.getByText('Texte original')).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/screenshots/article-fr.png`, fullPage: true });

    await page.getByRole('combobox', { name: 'Langue' }).selectOption('ar');
    await expect(page.getByRole('heading', { level: 1, name: 'حقوقكِ، أيًّا كان وضعكِ' })).toBeVisible();
    await expect(page.locator('article')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText('ترجمة بمساعدة آلية — لم يراجعها بعد شخص يتقن هذه اللغة')).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/screenshots/article-ar.png`, fullPage: true });

    await page.getByRole('combobox', { name: 'اللغة' }).selectOption('zh');
    const chinese = ARTICLES.find((article) => article.data.slug === 'rights')?.data.title.zh ?? '';
    await expect(page.getByRole('heading', { level: 1, name: chinese })).toBeVisible();
    await expect(page.locator('article')).toHaveAttribute('lang', 'zh');
    await expect(page.locator('article')).toHaveAttribute('dir', 'ltr');
    await page.screenshot({ path: `${ARTIFACTS}/screenshots/article-zh.png`, fullPage: true });
  });

  test('arrive on a fresh device through sync', async ({ page }) => {
    await openApp(page, '/info');
    await expect(page.getByRole('link', { name: /^Ce qui peut se passer dans un couple/ })).toBeVisible({ timeout: 20_000 });
  });
});

test.describe('accessibility', () => {
  for (const language of ['fr', 'ar', 'zh'] as const) {
    test(`the women's pages have no axe violations in ${language}`, async ({ page }) => {
      await installWithArticles(page);
      await patchSettings(page, { language });
      for (const path of ['/', '/info', '/info/relationships', '/info/children', '/safety', '/settings', '/recettes.html']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((violation) => `${path}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    });
  }
});

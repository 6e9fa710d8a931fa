/**
 * Accessibility gates (issue 8): axe (WCAG 2.2 A/AA tags) on every route in French and
 * in Arabic, targets of at least 44 × 44 px, contrast in the high-contrast theme, a
 * visible focus, and keyboard-only walks of the main flows. The content comes from the
 * real server's default packs through sync. The walk is keyed by the route paths of
 * src/app/routes.ts: a route added there without an entry here fails the first test.
 */
import type { Page } from '@playwright/test';
import { guidesPack } from '../../src/content/screening/pack.ts';
import { DEFAULT_ARTICLE_SLUG, DEFAULT_SERVICE_ID } from '../bench/default-content.ts';
import { expect, skipSetup, test } from './fixtures.ts';
import { ARABIC, ensureGuidesOnDevice, FRENCH, startScreening, walkAllSteps, type UiWords } from './screening-helpers.ts';
import { axeViolations, declaredRoutes, invisibleFocusStops, smallTargets, tabUntil } from './support/a11y.ts';
import { chooseLanguage } from './support/language.ts';
import { patchSettings } from './support/women.ts';

const CHECKLIST_ID = guidesPack().records.find((record) => record.kind === 'checklist')?.id ?? 'none';
const FILTERED_DIRECTORY = '/directory?region=08&lang=fa&type=emergency-shelter&type=help-line&h24=1';

interface Walk {
  lng: 'fr' | 'ar';
  words: UiWords;
  casePath: string;
}

async function heading(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeVisible();
}

/** How to open each route (one or more screens), keyed by its path in routes.ts. */
const SCREENS: Record<string, { label: string; open: (page: Page, walk: Walk) => Promise<void> }[]> = {
  '/': [{ label: '/', open: async (page) => (await page.goto('/'), expect(page.locator('section.home h1')).toBeVisible()) }],
  '/tools': [{ label: '/tools', open: async (page) => (await page.goto('/tools'), heading(page)) }],
  '/info': [{ label: '/info', open: async (page) => (await page.goto('/info'), expect(page.locator(`main a[href="/info/${DEFAULT_ARTICLE_SLUG}"]`).first()).toBeVisible()) }],
  '/info/:slug': [{ label: `/info/${DEFAULT_ARTICLE_SLUG}`, open: async (page) => (await page.goto(`/info/${DEFAULT_ARTICLE_SLUG}`), expect(page.locator('main article h1, main h1').first()).toBeVisible()) }],
  '/safety': [{ label: '/safety', open: async (page) => (await page.goto('/safety'), heading(page)) }],
  '/settings': [{ label: '/settings', open: async (page) => (await page.goto('/settings'), heading(page)) }],
  '/setup': [{ label: '/setup', open: async (page) => (await page.goto('/setup'), heading(page)) }],
  '/screening': [
    {
      label: '/screening (first step)',
      open: async (page, walk) => {
        await page.goto('/screening');
        await startScreening(page, walk.words, { language: walk.lng, region: '08' });
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
      },
    },
    {
      label: '/screening (outcome)',
      open: async (page, walk) => {
        await walkAllSteps(page, walk.words, async () => {});
        await expect(page.locator('main a[href^="/directory?"]').first()).toBeVisible();
      },
    },
  ],
  '/trajectory': [{ label: '/trajectory', open: async (page) => (await page.goto('/trajectory?region=08'), expect(page.locator('ol.trajectory > li')).toHaveCount(6)) }],
  '/checklists/:id': [{ label: '/checklists/<id>', open: async (page) => (await page.goto(`/checklists/${CHECKLIST_ID}`), expect(page.getByRole('checkbox').first()).toBeVisible()) }],
  '/cases': [{ label: '/cases', open: async (page) => (await page.goto('/cases'), heading(page)) }],
  '/cases/:id': [{ label: '/cases/<id>', open: async (page, walk) => (await page.goto(walk.casePath), expect(page.locator('section[aria-labelledby="case-lock"]')).toBeVisible()) }],
  '/follow-ups': [{ label: '/follow-ups', open: async (page) => (await page.goto('/follow-ups'), heading(page)) }],
  '/directory': [
    { label: '/directory', open: async (page) => (await page.goto('/directory'), expect(page.locator('.result-card').first()).toBeVisible()) },
    { label: '/directory?filters', open: async (page) => (await page.goto(FILTERED_DIRECTORY), expect(page.locator('.result-card').first()).toBeVisible()) },
  ],
  '/directory/:id': [{ label: '/directory/<id>', open: async (page) => (await page.goto(`/directory/${DEFAULT_SERVICE_ID}`), expect(page.locator('main a[href^="tel:"]').first()).toBeVisible()) }],
  '/interpretation': [
    {
      label: '/interpretation',
      open: async (page) => {
        await page.goto('/interpretation?lang=fa&region=08');
        await heading(page);
        await expect(page.locator('main p.loading')).toHaveCount(0);
      },
    },
  ],
};

/** A set-up intervenor device whose first sync brought the guides, the articles and the directory. */
async function prepareDevice(page: Page): Promise<void> {
  await skipSetup(page);
  await ensureGuidesOnDevice(page);
  await page.goto('/directory');
  await expect(page.locator('.result-card').first()).toBeVisible({ timeout: 60_000 });
}

async function createCase(page: Page, code: string): Promise<string> {
  await page.goto('/cases');
  await page.getByRole('textbox', { name: 'Code anonyme du dossier' }).fill(code);
  await page.getByRole('checkbox', { name: /Elle accepte que ce dossier soit gardé/ }).check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${code}` })).toBeVisible();
  return new URL(page.url()).pathname;
}

async function useLanguage(page: Page, lng: 'fr' | 'ar'): Promise<void> {
  if (lng === 'fr') return;
  await page.goto('/');
  await chooseLanguage(page, lng);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

test('every route of routes.ts has an entry in the accessibility walk', () => {
  const routes = declaredRoutes();
  expect(routes.length).toBeGreaterThan(10);
  expect(routes.filter((route) => !SCREENS[route]), 'routes missing from the walk').toEqual([]);
});

for (const [lng, words] of [
  ['fr', FRENCH],
  ['ar', ARABIC],
] as const) {
  test(`every route and the lock screen pass axe in ${lng}, with every control at least 44 px`, async ({ page }) => {
    test.setTimeout(240_000);
    await prepareDevice(page);
    const walk: Walk = { lng, words, casePath: await createCase(page, `A11Y-${lng}`) };
    await useLanguage(page, lng);
    const violations: string[] = [];
    const small: string[] = [];
    const audit = async (label: string) => {
      violations.push(...(await axeViolations(page)).map((line) => `${label}: ${line}`));
      small.push(...(await smallTargets(page)).map((line) => `${label}: ${line}`));
    };
    for (const route of declaredRoutes()) {
      for (const screen of SCREENS[route] ?? []) {
        await screen.open(page, walk);
        await audit(screen.label);
      }
    }

    // The lock screen: a case locked with a passphrase locks intervenor pages after a reload.
    await page.goto(walk.casePath);
    const lockSection = page.locator('section[aria-labelledby="case-lock"]');
    await lockSection.locator('input[type="password"]').nth(0).fill('trois mots faciles');
    await lockSection.locator('input[type="password"]').nth(1).fill('trois mots faciles');
    await lockSection.locator('button[type="submit"]').click();
    await expect(lockSection.locator('button[type="button"]')).toHaveCount(2, { timeout: 30_000 });
    await page.goto('/cases');
    await expect(page.locator('main input[type="password"]')).toBeVisible();
    await audit('lock screen');

    expect(violations, `axe (${lng})`).toEqual([]);
    expect(small, `targets under 44 × 44 px (${lng})`).toEqual([]);
  });
}

test('contrast stays AA in the high-contrast theme', async ({ page }) => {
  test.setTimeout(120_000);
  await prepareDevice(page);
  await patchSettings(page, { highContrast: true });
  const walk: Walk = { lng: 'fr', words: FRENCH, casePath: '/cases' };
  const problems: string[] = [];
  for (const route of ['/', '/info/:slug', '/directory', '/directory/:id', '/screening', '/settings']) {
    for (const screen of SCREENS[route] ?? []) {
      await screen.open(page, walk);
      await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
      problems.push(...(await axeViolations(page, ['color-contrast'])).map((line) => `${screen.label}: ${line}`));
    }
  }
  expect(problems).toEqual([]);
});

test('tabbing onto each control shows where the focus is', async ({ page }) => {
  test.setTimeout(120_000);
  await prepareDevice(page);
  const invisible: string[] = [];
  for (const path of ['/', `/directory/${DEFAULT_SERVICE_ID}`, `/info/${DEFAULT_ARTICLE_SLUG}`, '/settings']) {
    await page.goto(path);
    await heading(page);
    const result = await invisibleFocusStops(page);
    expect(result.stops, `focus stops on ${path}`).toBeGreaterThan(5);
    invisible.push(...result.invisible.map((name) => `${path}: ${name}`));
  }
  expect(invisible, 'controls whose outline and box-shadow do not change on focus').toEqual([]);
});

test('with the keyboard only: search the directory, open a result, reach its call link', async ({ page }) => {
  await prepareDevice(page);
  await page.goto('/directory');
  await expect(page.locator('.result-card').first()).toBeVisible();
  await tabUntil(page, (focus) => focus.isSearch, 'the searchbox');
  await page.keyboard.type('mesange');
  await expect(page.locator('.result-name').first()).toContainText('Mésange');
  const result = await tabUntil(page, (focus) => focus.isResultLink, 'a result');
  expect(result.name).toContain('Mésange');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/directory\/[0-9a-f-]{36}$/);
  await heading(page);
  const call = await tabUntil(page, (focus) => focus.href.startsWith('tel:'), 'the call link');
  expect(call.tag).toBe('a');
  expect(call.href).toMatch(/^tel:\+?[0-9]+$/);
});

test('with the keyboard only: a screening from its set-up to its outcome', async ({ page }) => {
  await prepareDevice(page);
  await page.goto('/screening');
  await heading(page);
  for (const [label, option] of [
    ['Sa langue', 'ar'],
    ['Sa région', '08'],
  ] as const) {
    await tabUntil(page, (focus) => focus.tag === 'select' && focus.name.includes(label), label);
    // A closed select takes typed letters; Arrow keys then settle on the wanted value.
    for (let press = 0; press < 40 && (await page.getByRole('combobox', { name: label }).inputValue()) !== option; press += 1) await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: label })).toHaveValue(option);
  }
  await tabUntil(page, (focus) => focus.name === 'Commencer', 'Commencer');
  await page.keyboard.press('Enter');
  const choose = async (group: RegExp, answer: RegExp) => {
    await tabUntil(page, (focus) => focus.type === 'radio' && group.test(focus.group), `the question ${group}`);
    // Space checks the radio Tab landed on; the arrow keys move the choice round the group.
    await page.keyboard.press('Space');
    for (let press = 0; press < 6; press += 1) {
      const checked = page.getByRole('group', { name: group }).getByRole('radio', { name: answer });
      if (await checked.isChecked()) return;
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`the arrow keys never chose ${answer} in ${group}`);
  };
  const gates: [RegExp, RegExp][] = [
    [/Elle est seule avec vous/, /^Oui$/],
    [/^Interprétation/, /Pas nécessaire/],
    [/accepte de parler de la vie/, /^Oui$/],
    [/lui fait-il peur/, /^Oui$/],
  ];
  for (let step = 0; step < 40; step += 1) {
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    const gate = gates[step];
    if (gate) await choose(...gate);
    const focus = await tabUntil(page, (candidate) => candidate.name === 'Suivant' || candidate.name === 'Voir le résultat', 'Suivant');
    await page.keyboard.press('Enter');
    if (focus.name === 'Voir le résultat') break;
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Résultat : chemin proposé' })).toBeVisible();
});

test('with the keyboard only: from an article, Tab reaches quick exit and Enter leaves for the neutral page', async ({ page }) => {
  await prepareDevice(page);
  await page.goto(`/info/${DEFAULT_ARTICLE_SLUG}`);
  await heading(page);
  await tabUntil(page, (focus) => focus.tag === 'button' && focus.name === 'Quitter rapidement', 'Quitter rapidement', 30);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/recettes\.html$/);
});

/**
 * Helpers of the screening e2e specs: content on the device, axe, and a small page object
 * for the guided screening.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { storedCount } from './support/device-db.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with the list of rules broken on the current screen. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // From the top of the screen, as it is shown: further down, the header's controls sit
  // under the sticky quick-exit strip, which axe's target-size rule reads as overlap.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe on ${where}`).toEqual([]);
}

/**
 * Guides reach devices through sync (the server's default packs include `guidesPack()`).
 * Until the sync engine is merged, the spec writes the same records into the device
 * database itself, as sync would, and says so in the report.
 */
/** Waits until the sync engine has brought the guides from the real server (its default packs). */
export async function ensureGuidesOnDevice(page: Page): Promise<void> {
  await expect.poll(() => storedCount(page, 'guide'), { message: 'guides arrive by sync', timeout: 20_000 }).toBeGreaterThan(0);
}

export interface UiWords {
  next: string;
  seeOutcome: string;
  yes: string;
  start: string;
  herLanguage: string;
  herRegion: string;
  stepHeading: RegExp;
}

export const FRENCH: UiWords = {
  next: 'Suivant',
  seeOutcome: 'Voir le résultat',
  yes: 'Oui',
  start: 'Commencer',
  herLanguage: 'Sa langue',
  herRegion: 'Sa région',
  stepHeading: /.+/,
};

export const ARABIC: UiWords = {
  next: 'التالي',
  seeOutcome: 'عرض النتيجة',
  yes: 'نعم',
  start: 'ابدئي',
  herLanguage: 'لغتها',
  herRegion: 'منطقتها',
  stepHeading: /.+/,
};

/** Chooses her language and region, then starts the guide. */
export async function startScreening(page: Page, words: UiWords, options: { language: string; region: string }): Promise<void> {
  await page.getByRole('combobox', { name: words.herLanguage }).selectOption(options.language);
  await page.getByRole('combobox', { name: words.herRegion }).selectOption(options.region);
  await page.getByRole('button', { name: words.start }).click();
}

/** Answers "yes" in the group whose legend matches `legend`. */
export async function answerYes(page: Page, words: UiWords, legend: RegExp): Promise<void> {
  await page.getByRole('group', { name: legend }).getByRole('radio', { name: words.yes, exact: true }).check();
}

/** Passes the gates (alone, no interpreter, consent), then walks every step to the outcome. */
export async function walkAllSteps(page: Page, words: UiWords, onStep: (index: number) => Promise<void>): Promise<void> {
  await answerYes(page, words, /Elle est seule avec vous/);
  for (let index = 0; index < 40; index += 1) {
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    if (index === 1) await page.getByRole('radio', { name: /Pas nécessaire/ }).check();
    if (index === 2) await answerYes(page, words, /accepte de parler de la vie/);
    if (index === 3) await answerYes(page, words, /lui fait-il peur/);
    await onStep(index);
    const next = page.getByRole('button', { name: words.next, exact: true });
    if (await next.count()) await next.click();
    else {
      await page.getByRole('button', { name: words.seeOutcome }).click();
      return;
    }
  }
  throw new Error('the guide never reached its outcome');
}

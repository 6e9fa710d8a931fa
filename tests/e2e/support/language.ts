/** Choosing the interface language in e2e specs, the way a person does, and waiting until it is kept. */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';
import { storedRow } from './device-db.ts';

/** The language saved in the device settings row, or null. */
async function storedLanguage(page: Page): Promise<string | null> {
  const row = await storedRow<{ value?: { language?: unknown } }>(page, 'settings', 'device');
  return typeof row?.value?.language === 'string' ? row.value.language : null;
}

/**
 * Picks `code` in the header's language menu. The page switches at once; the choice is
 * written to IndexedDB after, and while sync commits large pages that write can wait. A
 * spec that reloads or navigates next must wait for it, as a person's next visit would.
 */
export async function chooseLanguage(page: Page, code: string, label = 'Langue'): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect.poll(() => storedLanguage(page), { message: `the language ${code} is kept on the device` }).toBe(code);
}

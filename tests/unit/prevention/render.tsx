/** Renders women's-side components with i18n, Suspense (feature catalogs load lazily) and seeded articles. */
import { configure, render } from '@testing-library/react';
import { Suspense, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { articlesPack } from '../../../src/content/articles/index.ts';
import { db } from '../../../src/lib/db.ts';
import { i18next, initI18n } from '../../../src/lib/i18n/index.ts';

/**
 * The whole suite runs files in parallel next to real server processes: a live query over
 * fake IndexedDB can take more than the default second to answer there. Nothing here
 * measures speed, so waiting longer only removes false failures.
 */
export const PATIENCE = { timeout: 5000 };
configure({ asyncUtilTimeout: PATIENCE.timeout });

let isStarted = false;

export async function startI18n(lng = 'fr'): Promise<void> {
  if (!isStarted) {
    await initI18n(lng);
    isStarted = true;
  }
  await i18next.changeLanguage(lng);
}

export function renderWithI18n(ui: ReactElement) {
  return render(
    <I18nextProvider i18n={i18next}>
      <Suspense fallback={null}>{ui}</Suspense>
    </I18nextProvider>,
  );
}

export const PACK_RECORDS = articlesPack().records;

/** The articles as sync leaves them in the device table. */
export async function seedArticles(records = PACK_RECORDS): Promise<void> {
  await db.article.bulkPut(records.map((record, index) => ({ id: record.id, version: index + 1, data: record.data })));
}

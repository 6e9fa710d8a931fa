import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import { statusResponseSchema } from '../../src/shared/protocol.ts';
import { runContentCli } from '../helpers/content-cli.ts';
import { organizationRecord, pack, serviceRecord } from '../helpers/directory-records.ts';
import { ARTIFACTS, expect, test, waitForServiceWorkerControl } from './fixtures.ts';
import { storedRow } from './support/device-db.ts';

// Ids of their own, so that whatever else the e2e server holds (default packs) does not matter.
const id = (n: number) => `00000000-0000-4000-8e2e-${String(n).padStart(12, '0')}`;
const org = id(1);

/** Publishes a pack on the running e2e server with the real content CLI. */
async function publish(name: string, records: Parameters<typeof pack>[1]) {
  const dataDir = readFileSync(path.join(ARTIFACTS, 'e2e-data-dir.txt'), 'utf8').trim();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'passerelle-e2e-pack-')), `${name}.json`);
  writeFileSync(file, JSON.stringify(pack(name, records)));
  const result = await runContentCli(['import', file], dataDir);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
}

async function serverStatus(request: APIRequestContext) {
  return statusResponseSchema.parse(await (await request.get('/api/v1/status')).json());
}

const number = new Intl.NumberFormat('fr');

function servicesRow(page: Page, count: number) {
  return page
    .getByRole('region', { name: 'Synchronisation' })
    .getByRole('table', { name: 'Fiches sur cet appareil' })
    .getByRole('row', { name: `Services ${number.format(count)}`, exact: true });
}

test('content synced through the UI stays after going offline and reloading; a change published meanwhile arrives back online without a reload', async ({ page, context, request }) => {
  await publish('e2e-first', [organizationRecord(org, 'Organisme E2E'), serviceRecord(id(2), org, 'Écoute E2E'), serviceRecord(id(3), org, 'Accueil E2E')]);
  const before = await serverStatus(request);

  await page.goto('/settings');
  await waitForServiceWorkerControl(page);
  await expect(servicesRow(page, before.counts.service)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^À jour — synchronisé à / })).toBeVisible();
  await expect(page.getByText(`Version du contenu : ${number.format(before.contentVersion)}`)).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/screenshots/sync-settings.png`, fullPage: true });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Hors ligne — données du / })).toBeVisible();
  await expect(servicesRow(page, before.counts.service)).toBeVisible();

  await publish('e2e-second', [serviceRecord(id(3), org, 'Accueil E2E renommé'), serviceRecord(id(4), org, 'Nouveau service E2E')]);
  const after = await serverStatus(request);
  expect(after.counts.service).toBe(before.counts.service + 1);

  await context.setOffline(false);
  await expect(servicesRow(page, after.counts.service)).toBeVisible();
  await expect(page.getByText(`Version du contenu : ${number.format(after.contentVersion)}`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^À jour — synchronisé à / })).toBeVisible();
  const renamed = await storedRow(page, 'service', id(3));
  expect(renamed).toMatchObject({ data: { name: { fr: 'Accueil E2E renommé' } } });
});

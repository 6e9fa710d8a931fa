/**
 * Screening, trajectory and referral cases in Chromium against the production build
 * (E2E_PORT=4404). Guides arrive by sync once it is merged; until then the spec writes
 * the same pack into the device database (see screening-helpers.ts).
 */
import { mkdirSync } from 'node:fs';
import { ARTIFACTS, expect, skipSetup, test, waitForServiceWorkerControl } from './fixtures.ts';
import { answerYes, ARABIC, ensureGuidesOnDevice, expectNoAxeViolations, FRENCH, startScreening, walkAllSteps } from './screening-helpers.ts';
import { chooseLanguage } from './support/language.ts';

const SHOTS = `${ARTIFACTS}/screenshots`;
mkdirSync(SHOTS, { recursive: true });

test.beforeEach(async ({ page }) => {
  await skipSetup(page);
});

test('offline: a screening leads to an outcome, a case, a completed checklist and a printed summary', async ({ page, context }) => {
  const requestBodies: string[] = [];
  page.on('request', (request) => requestBodies.push(`${request.url()} ${request.postData() ?? ''}`));
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await ensureGuidesOnDevice(page);

  await context.setOffline(true);
  await page.goto('/screening');
  await expect(page.getByRole('heading', { level: 1, name: 'Guide de conversation pour le repérage' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Danger immédiat : 911' })).toHaveAttribute('href', 'tel:911');
  await startScreening(page, FRENCH, { language: 'ar', region: '08' });
  await walkAllSteps(page, FRENCH, async () => {
    await expect(page.getByRole('complementary', { name: 'Danger immédiat' })).toBeVisible();
  });

  await expect(page.getByRole('heading', { level: 2, name: 'Résultat : chemin proposé' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Signes de violence : proposer une ressource spécialisée' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Voir ces services dans le répertoire/ })).toHaveAttribute(
    'href',
    '/directory?region=08&lang=ar&type=emergency-shelter&type=help-line',
  );
  await page.screenshot({ path: `${SHOTS}/screening-outcome-fr.png`, fullPage: true });

  await page.getByRole('textbox', { name: 'Code anonyme du dossier' }).fill('E2E-0412');
  await page.getByRole('checkbox', { name: /Elle accepte que ce dossier soit gardé/ }).check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier E2E-0412' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Ajouter une liste' }).selectOption({ label: 'Référence : orienter vers la bonne ressource (proposée par le repérage)' });
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const checklist = page.locator('details.case-checklist');
  for (const box of await checklist.getByRole('checkbox').all()) await box.check();
  await expect(checklist.locator('summary')).toContainText('13 sur 13 faits');

  await page.getByRole('link', { name: /Résumé de référence/ }).click();
  for (const field of ['Code du dossier', 'Chemin proposé et urgence', 'Services recherchés', 'Listes de vérification']) {
    await page.getByRole('checkbox', { name: field }).check();
  }
  const preview = page.getByRole('article', { name: 'Résumé de référence' });
  await expect(preview).toContainText('E2E-0412');
  await expect(preview).not.toContainText('Sa langue');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(preview).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/referral-summary-print.png`, fullPage: true });
  await page.pdf({ path: `${ARTIFACTS}/referral-summary.pdf` });
  await page.emulateMedia({ media: 'screen' });

  await context.setOffline(false);
  expect(requestBodies.filter((body) => body.includes('E2E-0412')), 'the case never leaves the device').toEqual([]);
});

test('the handover view shows her question in Arabic, right to left, with the interpreter reminder', async ({ page }) => {
  await page.goto('/');
  await ensureGuidesOnDevice(page);
  await page.goto('/screening');
  await startScreening(page, FRENCH, { language: 'ar', region: '06' });
  await answerYes(page, FRENCH, /Elle est seule avec vous/);
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('radio', { name: /Pas nécessaire/ }).check();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByRole('button', { name: /Montrer à elle : Demandez-lui si elle accepte de parler/ }).click();

  await expect(page.getByRole('note')).toContainText("laissez-la d'abord l'approuver");
  const question = page.getByRole('heading', { level: 2, name: /أودّ أن أطرح عليكِ/ });
  const handover = page.locator('section.handover');
  await expect(handover).toHaveAttribute('dir', 'rtl');
  await expect(handover).toHaveAttribute('lang', 'ar');
  await expect(question).toBeVisible();
  const direction = await question.evaluate((element) => getComputedStyle(element).direction);
  expect(direction).toBe('rtl');
  await page.getByRole('button', { name: 'نعم' }).click();
  await expect(page.getByText('تم تسجيل الإجابة.')).toBeVisible();
  await expectNoAxeViolations(page, 'the handover view');
  await page.screenshot({ path: `${SHOTS}/handover-ar.png`, fullPage: true });
  await page.getByRole('button', { name: 'Revenir au guide' }).click();
  await expect(page.getByRole('group', { name: /accepte de parler de la vie/ }).getByRole('radio', { name: 'Oui' })).toBeChecked();
});

for (const [lng, words] of [
  ['fr', FRENCH],
  ['ar', ARABIC],
] as const) {
  test(`every step of the screening passes axe in ${lng}`, async ({ page }) => {
    await page.goto('/');
    await ensureGuidesOnDevice(page);
    if (lng === 'ar') {
      await chooseLanguage(page, 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await page.goto('/screening');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `setup (${lng})`);
    await startScreening(page, words, { language: lng, region: '08' });
    await walkAllSteps(page, words, async (index) => {
      await expectNoAxeViolations(page, `step ${index + 1} (${lng})`);
    });
    await expectNoAxeViolations(page, `outcome (${lng})`);
    await page.screenshot({ path: `${SHOTS}/screening-outcome-${lng}.png`, fullPage: true });
  });

  test(`the trajectory, a checklist, the cases and the follow-ups pass axe in ${lng}`, async ({ page }) => {
    await page.goto('/');
    await ensureGuidesOnDevice(page);
    if (lng === 'ar') await chooseLanguage(page, 'ar');
    await page.goto('/trajectory?region=08');
    await expect(page.locator('ol.trajectory > li')).toHaveCount(6);
    await expectNoAxeViolations(page, `trajectory (${lng})`);
    await page.screenshot({ path: `${SHOTS}/trajectory-${lng}.png`, fullPage: true });
    await page.locator('ol.trajectory > li').nth(2).getByRole('link').first().click();
    await expect(page.getByRole('checkbox').first()).toBeVisible();
    await expectNoAxeViolations(page, `checklist (${lng})`);
    await page.goto('/cases');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `cases (${lng})`);
    await page.goto('/follow-ups');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, `follow-ups (${lng})`);
  });
}

test('the screening, trajectory and case pages fit a 320 px phone without horizontal scrolling', async ({ page }) => {
  await page.goto('/');
  await ensureGuidesOnDevice(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const noOverflow = async (where: string) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow on ${where}`).toBeLessThanOrEqual(0);
  };
  await page.goto('/screening');
  await expect(page.getByRole('button', { name: 'Commencer' })).toBeVisible();
  await noOverflow('/screening (set-up)');
  await startScreening(page, FRENCH, { language: 'ar', region: '11' });
  await noOverflow('/screening (first step)');
  await page.goto('/trajectory?region=08');
  await expect(page.locator('ol.trajectory > li')).toHaveCount(6);
  await noOverflow('/trajectory');
  await page.goto('/cases');
  await page.getByRole('textbox', { name: 'Code anonyme du dossier' }).fill('PHONE-1');
  await page.getByRole('checkbox', { name: /Elle accepte que ce dossier soit gardé/ }).check();
  await page.getByRole('button', { name: 'Créer le dossier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dossier PHONE-1' })).toBeVisible();
  await noOverflow('/cases/:id');
  await page.screenshot({ path: `${SHOTS}/case-320.png`, fullPage: true });
});

/**
 * The e2e `test`: every test also audits the network — any request from the page or
 * its service worker to another origin fails the test (SAFETY.md rule 1) — and the
 * Content Security Policy: any violation the browser reports fails it (SAFETY.md rule 11;
 * e.g. zod probing `new Function` before `public/zod-jitless.js` has told it not to).
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{ foreignRequests: string[]; policyViolations: string[] }>({
  foreignRequests: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== origin) foreign.push(request.url());
      });
      await use(foreign);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
  policyViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      // The browser fires `securitypolicyviolation` even when the page catches the refusal.
      await context.addInitScript({
        content: `document.addEventListener('securitypolicyviolation', (event) => console.error('[csp] ' + event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline') + ' in ' + event.documentURI));`,
      });
      context.on('console', (message) => {
        if (message.type() === 'error' && message.text().startsWith('[csp] ')) violations.push(message.text());
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until a service worker controls the page (the first load is not controlled). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

export const ARTIFACTS = 'tests/artifacts';

export type SetupDevice = 'intervenor' | 'woman';
export type SetupOthers = 'yes' | 'no' | 'unsure';

const DEVICE_LABELS: Record<SetupDevice, RegExp> = {
  intervenor: /l'appareil d'une intervenante/,
  woman: /mon propre téléphone/,
};
const OTHERS_LABELS: Record<SetupOthers, string> = { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' };

/**
 * Answers the first-run set-up through the UI (French, the suite's locale) and waits for
 * the home page. A fresh device shows the set-up instead of the home page and of the
 * intervenor pages, so most specs start with this. For a shared tablet, see tablet.spec.ts.
 */
export async function completeSetup(
  page: Page,
  { device = 'intervenor', others = 'no' }: { device?: SetupDevice; others?: SetupOthers } = {},
): Promise<void> {
  await page.goto('/setup');
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('radio', { name: DEVICE_LABELS[device] }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('radio', { name: OTHERS_LABELS[others] }).check();
  await page.getByRole('button', { name: 'Terminer' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue dans Passerelle' })).toBeVisible();
}

/**
 * Gets the first-run set-up out of the way with the configuration most specs expect: an
 * intervenor's own device that nobody else uses (cases allowed, no discreet mode). It
 * does NOT press the set-up's own "skip" link, which applies the most careful settings.
 */
export async function skipSetup(page: Page): Promise<void> {
  await completeSetup(page, { device: 'intervenor', others: 'no' });
}

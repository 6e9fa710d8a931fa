/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset) with the system Chromium against the
 * production build on the real server. Prints the four category scores per page.
 * Targets (issue 8): performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 90.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, startServer } from './server.ts';

const PAGES = (process.env.LIGHTHOUSE_PAGES ?? '/,/info,/tools,/settings').split(',');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await startServer(Number(process.env.PORT ?? 4390));
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
const rows: string[][] = [];
let failures = 0;
try {
  for (const page of PAGES) {
    const result = await lighthouse(`${server.baseUrl}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const categories = result?.lhr.categories ?? {};
    const scores = CATEGORIES.map((name) => Math.round((categories[name]?.score ?? 0) * 100));
    rows.push([page, ...scores.map(String)]);
    const [performance = 0, accessibility = 0, bestPractices = 0, seo = 0] = scores;
    if (performance < 95 || accessibility < 100 || bestPractices < 100 || seo < 90) {
      failures += 1;
      for (const name of CATEGORIES) {
        for (const ref of categories[name]?.auditRefs ?? []) {
          const audit = result?.lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) {
            console.log(`  ${page} ${name}: ${audit.id} (${audit.score}) ${audit.displayValue ?? ''}`);
          }
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

console.log('\nLighthouse 12, mobile preset, system Chromium');
console.log(['page', 'performance', 'accessibility', 'best-practices', 'seo'].map((cell) => cell.padEnd(16)).join(''));
for (const row of rows) console.log(row.map((cell) => cell.padEnd(16)).join(''));
if (failures) console.log(`\n${failures} page(s) below target (performance ≥ 95, accessibility 100, best practices 100, SEO ≥ 90).`);

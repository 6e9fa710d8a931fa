// @vitest-environment node
/**
 * Issue 6: "a new language can be added with catalog and content files alone". The
 * articles side is proven in tests/unit/content/articles.test.ts; this is the interface
 * side. A copy of the source gets one more folder, `locales/qps-ploc/` (a pseudo-locale,
 * right to left, every French string bracketed), and the app's own i18n modules, loaded
 * through Vite from that copy without a line of code changed, offer it and read it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as I18nModule from '../../../src/lib/i18n/index.ts';
import type * as LanguagesModule from '../../../src/lib/i18n/languages.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const PSEUDO = 'qps-ploc';

function pseudo(value: unknown): unknown {
  if (typeof value === 'string') return `[${value}]`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, pseudo(child)]));
  return value;
}

let dir = '';
let server: ViteDevServer;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'passerelle-pseudo-'));
  cpSync(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  cpSync(path.join(ROOT, 'locales'), path.join(dir, 'locales'), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const target = path.join(dir, 'locales', PSEUDO);
  mkdirSync(target);
  for (const file of readdirSync(path.join(ROOT, 'locales', 'fr'))) {
    if (file === 'meta.json' || file === 'settings.json') continue;
    const catalog: unknown = JSON.parse(readFileSync(path.join(ROOT, 'locales', 'fr', file), 'utf8'));
    writeFileSync(path.join(target, file), JSON.stringify(pseudo(catalog)));
  }
  writeFileSync(path.join(target, 'meta.json'), JSON.stringify({ name: 'Pseudo', dir: 'rtl', status: 'machine-assisted', order: 99 }));
  server = await createServer({ root: dir, configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom' });
  vi.stubGlobal('document', { documentElement: { lang: '', dir: '' } });
}, 60_000);

afterAll(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('adding a language to the interface', () => {
  it('needs only a folder of catalogs: the app offers it, writes it right to left and reads its strings', async () => {
    const languages = (await server.ssrLoadModule('/src/lib/i18n/languages.ts')) as typeof LanguagesModule;
    expect(languages.AVAILABLE_LANGUAGES.map((language) => language.code)).toContain(PSEUDO);
    expect(languages.findLanguage(PSEUDO)).toMatchObject({ name: 'Pseudo', dir: 'rtl', status: 'machine-assisted' });
    expect(languages.pickLanguage([PSEUDO])).toBe(PSEUDO);

    const i18n = (await server.ssrLoadModule('/src/lib/i18n/index.ts')) as typeof I18nModule;
    const i18next = await i18n.initI18n(PSEUDO);
    await i18next.loadNamespaces(['prevention', 'directory', 'settings']);
    expect(i18next.t('quickExit.button')).toBe('[Quitter rapidement]');
    expect(i18next.t('prevention:safety.title')).toBe('[Conseils de sécurité]');
    expect(i18next.t('directory:list.searchLabel')).toBe('[Rechercher]');
    expect(document.documentElement).toMatchObject({ lang: PSEUDO, dir: 'rtl' });
    // A catalog the new language does not have yet reads in French, not as raw keys.
    expect(i18next.t('settings:language.title')).toBe('Langue');
  }, 60_000);
});

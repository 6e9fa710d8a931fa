/**
 * i18next set-up. French (the source catalog) ships in the entry chunk; every other
 * catalog is a lazy chunk found with `import.meta.glob`, precached by the service worker
 * so that every language works offline.
 */
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCommon from '../../../locales/fr/common.json';
import { fallbackChain, SOURCE_LANGUAGE } from '../../shared/languages.ts';
import { findLanguage } from './languages.ts';

const catalogs = import.meta.glob<Record<string, unknown>>(['../../../locales/*/*.json', '!**/meta.json', '!**/fr/common.json'], {
  import: 'default',
});

// By lowercased path: language folders are matched whatever the case of the code.
const catalogsByPath = new Map(Object.entries(catalogs).map(([path, load]) => [path.toLowerCase(), load]));

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init() {},
  read(lng, ns, callback) {
    const load = catalogsByPath.get(`../../../locales/${lng}/${ns}.json`.toLowerCase());
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (catalog) => callback(null, catalog),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Catalogs tried when `lng` lacks a key: its base language, then French. French is the
 * source and has every key the code uses (`npm run i18n:check`), so the English that
 * content falls back to after it would never be read here, and i18next would load every
 * English catalog beside each one it loads (one more chunk before the first render).
 */
export function uiFallbacks(lng: string): string[] {
  const chain = fallbackChain(lng);
  return chain.slice(1, chain.indexOf(SOURCE_LANGUAGE) + 1);
}

/** The writing direction of `lng`: from its meta.json, else i18next's own table. */
export function directionOf(lng: string): 'ltr' | 'rtl' {
  return findLanguage(lng)?.dir ?? (i18next.dir(lng) === 'rtl' ? 'rtl' : 'ltr');
}

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = directionOf(lng);
}

/** Starts i18next in `lng`; resolves once that language's catalogs are loaded. */
export async function initI18n(lng: string): Promise<typeof i18next> {
  i18next.on('languageChanged', applyToDocument);
  await i18next
    .use(lazyCatalogs)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: uiFallbacks,
      // Feature namespaces (locales/<lng>/<feature>.json) load on demand with useTranslation(ns).
      ns: ['common'],
      defaultNS: 'common',
      resources: { fr: { common: frCommon } },
      partialBundledLanguages: true,
      // Codes as the folders name them: i18next would turn "qps-ploc" into "qps-Ploc"
      // (a script subtag), and then neither its catalogs nor its articles are found.
      lowerCaseLng: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyToDocument(i18next.language);
  return i18next;
}

export { i18next };

/**
 * The languages this build offers, discovered from `locales/<lng>/meta.json` at build
 * time: adding a language needs a folder of catalogs, not a code change.
 */
import type { LanguageMeta } from '../../shared/languages.ts';
import * as compiled from '../compiled-schemas.ts';

export interface AvailableLanguage extends LanguageMeta {
  code: string;
}

const metaFiles = import.meta.glob<unknown>('../../../locales/*/meta.json', { eager: true, import: 'default' });

function codeFromPath(path: string): string {
  return path.split('/').at(-2) ?? '';
}

export const AVAILABLE_LANGUAGES: readonly AvailableLanguage[] = Object.entries(metaFiles)
  .flatMap(([path, raw]) => {
    // Compiled from `languageMetaSchema`: the entry chunk carries no zod (issue 8).
    const parsed = compiled.languageMeta.safeParse(raw);
    if (!parsed.success) {
      console.error(`Ignoring ${path}: it does not match the language metadata schema (src/shared/language-schemas.ts).`);
      return [];
    }
    return [{ code: codeFromPath(path), ...parsed.data }];
  })
  .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));

export function findLanguage(code: string): AvailableLanguage | undefined {
  const wanted = code.toLowerCase();
  return AVAILABLE_LANGUAGES.find((language) => language.code.toLowerCase() === wanted);
}

/**
 * The best offered language for a list of preferences (settings first, then the
 * browser's), matching `pt-BR` to `pt`; French when nothing matches.
 */
export function pickLanguage(preferences: readonly (string | null | undefined)[]): string {
  for (const preference of preferences) {
    if (!preference) continue;
    const exact = findLanguage(preference);
    if (exact) return exact.code;
    const base = findLanguage(preference.split('-')[0] ?? '');
    if (base) return base.code;
  }
  return 'fr';
}

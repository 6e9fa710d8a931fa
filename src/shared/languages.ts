/**
 * Language codes and the fallback chain shared by client and server.
 *
 * The list of languages the UI offers is not here: it is discovered from
 * `locales/<lng>/meta.json` so that adding a language needs only catalog and
 * content files (CONTENT.md, "Languages").
 *
 * No zod here: the entry chunk imports this module (issue 8). The schemas are in
 * `language-schemas.ts`.
 */
export type { LanguageMeta, TextDirection, TranslationStatus } from './language-schemas.ts';

/** The source language of every catalog and every piece of content. */
export const SOURCE_LANGUAGE = 'fr';

/**
 * Languages tried, in order, when `lng` has no text: the language itself, then French
 * (the source, and the better fallback for Haitian Creole speakers), then English.
 */
export function fallbackChain(lng: string): string[] {
  const chain = [lng];
  const base = lng.split('-')[0];
  if (base && base !== lng) chain.push(base);
  for (const next of [SOURCE_LANGUAGE, 'en']) if (!chain.includes(next)) chain.push(next);
  return chain;
}

/**
 * Language codes and the fallback chain shared by client and server.
 *
 * The list of languages the UI offers is not here: it is discovered from
 * `locales/<lng>/meta.json` so that adding a language needs only catalog and
 * content files (CONTENT.md, "Languages").
 */
// zod/mini: this module is in the entry chunk (the language picker, i18n), where the full
// zod would cost a slow phone ~80 ms of start-up (issue 8). Its schemas compose with the
// full zod's in the other shared schemas.
import * as z from 'zod/mini';

/** BCP 47 primary language subtag, optionally with a script or region, e.g. `fr`, `zh-Hans`. */
export const languageCodeSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language code such as "fr" or "zh-Hans"'));

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

/** How far a translation can be trusted; shown to the reader (CONTENT.md). */
export const translationStatusSchema = z.enum(['source', 'machine-assisted', 'reviewed']);
export type TranslationStatus = z.infer<typeof translationStatusSchema>;

/** Text direction of a language written in a right-to-left script. */
export const textDirectionSchema = z.enum(['ltr', 'rtl']);
export type TextDirection = z.infer<typeof textDirectionSchema>;

/** `locales/<lng>/meta.json`: how a language presents itself in the picker. */
export const languageMetaSchema = z.object({
  /** The language's name in that language ("العربية", not "Arabic"). */
  name: z.string().check(z.minLength(1)),
  dir: textDirectionSchema,
  status: translationStatusSchema,
  /** Order in the picker; lower first. */
  order: z._default(z.int(), 100),
});
export type LanguageMeta = z.infer<typeof languageMetaSchema>;

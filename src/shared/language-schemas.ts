/**
 * The zod schemas of language codes, translation statuses and `locales/<lng>/meta.json`.
 *
 * zod/mini: they compose with the full zod's in the other shared schemas, and the entry
 * chunk validates the language metadata with code compiled from `languageMetaSchema`
 * (`src/lib/compiled-schemas.ts`, `npm run schemas`), which keeps zod out of it (issue 8).
 */
import * as z from 'zod/mini';

/** BCP 47 primary language subtag, optionally with a script or region, e.g. `fr`, `zh-Hans`. */
export const languageCodeSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language code such as "fr" or "zh-Hans"'));

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

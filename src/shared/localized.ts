/** Localized text: `{fr: "...", en: "...", ar: "..."}` resolved through the fallback chain. */
import { z } from 'zod';
import { languageCodeSchema } from './language-schemas.ts';
import { fallbackChain } from './languages.ts';

export const localizedTextSchema = z
  .record(languageCodeSchema, z.string().min(1))
  .refine((text) => Object.keys(text).length > 0, 'needs at least one language');
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** One chain per language: the directory resolves thousands of names in one render. */
const chains = new Map<string, readonly string[]>();

function chainOf(lng: string): readonly string[] {
  let chain = chains.get(lng);
  if (!chain) {
    chain = fallbackChain(lng);
    chains.set(lng, chain);
  }
  return chain;
}

/** The text for `lng`, following language → fr → en; the first language present otherwise. */
export function resolveText(text: LocalizedText | undefined, lng: string): { text: string; lang: string } {
  if (!text) return { text: '', lang: lng };
  for (const candidate of chainOf(lng)) {
    const value = text[candidate];
    if (value !== undefined) return { text: value, lang: candidate };
  }
  const [lang, value] = Object.entries(text)[0] ?? [lng, ''];
  return { text: value, lang };
}

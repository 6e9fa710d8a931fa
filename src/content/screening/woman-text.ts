/**
 * Loads the woman-facing text of the screening guide from `woman/<lng>.json`, one file per
 * language (CONTENT.md: adding a language needs content files only, no code change).
 * Runs where the packs are built (the server, tests), hence `node:fs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { womanLanguageSchema, type WomanLanguage } from '../../shared/kinds/guide.ts';
import type { LocalizedText } from '../../shared/localized.ts';

const textMap = z.record(z.string(), z.string().min(1));

export const womanFileSchema = z.strictObject({
  _meta: womanLanguageSchema.omit({ code: true }),
  phrases: textMap,
  questions: textMap,
  options: textMap,
});
export type WomanFile = z.infer<typeof womanFileSchema>;

const FOLDER = path.join(import.meta.dirname, 'woman');

/** Every language file of the folder, validated; French first. */
export function loadWomanFiles(folder: string = FOLDER): Map<string, WomanFile> {
  const files = new Map<string, WomanFile>();
  const names = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  for (const name of names) {
    const code = name.slice(0, -'.json'.length);
    const parsed = womanFileSchema.safeParse(JSON.parse(readFileSync(path.join(folder, name), 'utf8')));
    if (!parsed.success) throw new Error(`src/content/screening/woman/${name}: ${parsed.error.message}`);
    files.set(code, parsed.data);
  }
  if (!files.has('fr')) throw new Error('src/content/screening/woman/fr.json (the source) is missing');
  return new Map([...files].sort(([a], [b]) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b))));
}

export interface WomanTexts {
  languages: WomanLanguage[];
  phrase(key: string): LocalizedText;
  question(itemId: string): LocalizedText;
  option(itemId: string, optionId: string): LocalizedText;
}

/** Gathers each key across languages into one localized map; a key missing in French throws. */
export function womanTexts(files: Map<string, WomanFile> = loadWomanFiles()): WomanTexts {
  const gather = (group: 'phrases' | 'questions' | 'options', key: string): LocalizedText => {
    const text: LocalizedText = {};
    for (const [code, file] of files) {
      const value = file[group][key];
      if (value !== undefined) text[code] = value;
    }
    if (text.fr === undefined) throw new Error(`woman/fr.json has no ${group} "${key}"`);
    return text;
  };
  return {
    languages: [...files].map(([code, file]) => ({ code, ...file._meta })),
    phrase: (key) => gather('phrases', key),
    question: (itemId) => gather('questions', itemId),
    option: (itemId, optionId) => gather('options', `${itemId}.${optionId}`),
  };
}

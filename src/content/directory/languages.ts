/**
 * Languages for the demo directory: the 16 languages of the app (CONTENT.md) plus others
 * often spoken in Québec's immigrant communities, weighted roughly by how often a
 * resource would have a staff member or an interpreter for them.
 */
import type { Random } from './random.ts';

/** The app's 16 languages (CONTENT.md, "Languages"). */
export const APP_LANGUAGES = ['fr', 'en', 'es', 'ar', 'fa', 'zh', 'ht', 'pt', 'ru', 'uk', 'vi', 'tl', 'ta', 'pa', 'ur', 'bn'] as const;

/** Languages other than French and English, with a weight. */
export const OTHER_LANGUAGES: readonly (readonly [string, number])[] = [
  ['es', 12],
  ['ar', 12],
  ['ht', 8],
  ['fa', 6],
  ['zh', 6],
  ['pt', 4],
  ['ru', 4],
  ['uk', 4],
  ['vi', 3],
  ['tl', 3],
  ['ta', 2],
  ['pa', 2],
  ['ur', 3],
  ['bn', 2],
  ['it', 2],
  ['ro', 2],
  ['sw', 2],
  ['am', 1],
  ['ti', 1],
  ['so', 1],
  ['ln', 2],
  ['wo', 1],
  ['rw', 1],
  ['ne', 1],
  ['ko', 1],
  ['tr', 2],
  ['pl', 1],
  ['km', 1],
  ['ps', 1],
  ['ku', 1],
  ['hi', 2],
  ['el', 1],
];

/** Up to `count` distinct languages drawn by weight, never those in `exclude`. */
export function drawLanguages(random: Random, count: number, exclude: readonly string[]): string[] {
  const chosen: string[] = [];
  let attempts = 0;
  while (chosen.length < count && attempts < count * 6) {
    attempts += 1;
    const language = random.weighted(OTHER_LANGUAGES);
    if (!chosen.includes(language) && !exclude.includes(language)) chosen.push(language);
  }
  return chosen;
}

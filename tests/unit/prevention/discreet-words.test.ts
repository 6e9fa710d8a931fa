/**
 * Discreet mode (SAFETY.md rule 7) in every language: the neutral words that replace the
 * titles and descriptions must say nothing about violence, shelters or the app, in that
 * language. The revealing words of each language are taken from its own catalogs (the
 * name of the violence sector, of shelters and sexual-assault centres, of the app), so a
 * translation that slips one of them into a neutral title fails here. Only each whole
 * revealing phrase and its long words are checked: short common words ("help", "for")
 * also belong in neutral sentences.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = path.resolve(import.meta.dirname, '../../../locales');
const LANGUAGES = readdirSync(LOCALES).filter((code) => existsSync(path.join(LOCALES, code, 'meta.json')));

const NEUTRAL = [
  'common:discreet.title',
  'common:discreet.homeIntro',
  'common:discreet.toolsDescription',
  'common:discreet.infoDescription',
  'prevention:titles.info',
  'prevention:titles.article',
  'prevention:titles.safety',
] as const;

const REVEALING = [
  'common:app.name',
  'directory:sectors.violence',
  'directory:types.emergency-shelter',
  'directory:types.second-stage-housing',
  'directory:types.sexual-assault-centre',
  'screening:sectors.violence',
] as const;

function text(lng: string, key: string): string {
  const [namespace = '', dotted = ''] = key.split(':');
  const catalog: unknown = JSON.parse(readFileSync(path.join(LOCALES, lng, `${namespace}.json`), 'utf8'));
  const value = dotted.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalog);
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${lng}/${namespace}.json has no text for ${dotted}`);
  return value;
}

/** Words of 6+ letters (3+ in scripts without spaces between words, like Chinese). */
function longWords(lng: string, value: string): string[] {
  const segments = new Intl.Segmenter(lng, { granularity: 'word' }).segment(value.toLocaleLowerCase(lng));
  return [...segments]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment)
    .filter((word) => [...word].length >= (/\p{Script=Han}/u.test(word) ? 2 : 6));
}

describe('discreet mode in every language', () => {
  it('covers the sixteen languages', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(16);
  });

  for (const lng of LANGUAGES) {
    it(`${lng}: neutral titles and descriptions use none of the revealing words of ${lng}`, () => {
      const revealing = REVEALING.map((key) => text(lng, key).toLocaleLowerCase(lng));
      const revealingWords = new Set(revealing.flatMap((phrase) => longWords(lng, phrase)));
      for (const key of NEUTRAL) {
        const neutral = text(lng, key).toLocaleLowerCase(lng);
        for (const phrase of revealing) expect(neutral, `${lng} ${key}`).not.toContain(phrase);
        expect(longWords(lng, neutral).filter((word) => revealingWords.has(word)), `${lng} ${key}: "${neutral}"`).toEqual([]);
        expect(neutral, `${lng} ${key}`).not.toContain('passerelle');
      }
    });
  }
});

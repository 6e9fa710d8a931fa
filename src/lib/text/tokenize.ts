/**
 * Splits folded text into search tokens. Scripts written without spaces (Chinese,
 * Japanese, Thai, Lao, Khmer, Burmese) are cut into words with `Intl.Segmenter`; a Persian
 * zero-width non-joiner is both a word break and not, so both forms are indexed.
 */
import { foldText } from './fold.ts';

const WORD_RUN = /[\p{L}\p{N}\p{M}\u200c]+/gu;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const ZWNJ = '\u200c';

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(run: string): Intl.Segmenter {
  let locale = 'zh';
  if (KANA.test(run)) locale = 'ja';
  else if (/\p{Script=Thai}/u.test(run)) locale = 'th';
  else if (/\p{Script=Lao}/u.test(run)) locale = 'lo';
  else if (/\p{Script=Khmer}/u.test(run)) locale = 'km';
  else if (/\p{Script=Myanmar}/u.test(run)) locale = 'my';
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

export interface TokenizeOptions {
  /**
   * Index mode: drops one-letter alphabetic tokens (French elisions such as the "l" of
   * "l'aide") and adds the suffixes of long Chinese/Japanese words, so that a word the
   * segmenter glued to another is still found by prefix.
   */
  forIndex?: boolean;
}

/** Folded tokens of `text`, in order (duplicates kept). */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  const tokens: string[] = [];
  const isIndex = options.forIndex === true;
  for (const match of foldText(text).matchAll(WORD_RUN)) {
    const run = match[0];
    if (run.includes(ZWNJ)) {
      const parts = run.split(ZWNJ).filter(Boolean);
      if (isIndex) tokens.push(...parts);
      tokens.push(parts.join(''));
    } else if (NO_SPACE_SCRIPT.test(run)) {
      for (const segment of segmenterFor(run).segment(run)) {
        if (!segment.isWordLike) continue;
        tokens.push(segment.segment);
        if (isIndex && HAN.test(segment.segment)) {
          const chars = [...segment.segment];
          for (let start = 1; start < chars.length - 1; start += 1) tokens.push(chars.slice(start).join(''));
        }
      }
    } else if (!isIndex || run.length > 1 || /\p{N}/u.test(run)) {
      tokens.push(run);
    }
  }
  return tokens;
}

/** True when `token` is written in a script where single characters are words. */
export function isIdeographic(token: string): boolean {
  return HAN.test(token) || KANA.test(token);
}

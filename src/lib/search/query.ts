/**
 * How a query meets the index: which terms a typed word matches (exact, prefix, one typo
 * away) and how the words' scores combine into one score per document. Pure functions over
 * the sorted term list and per-word score arrays, so `SearchIndex` only stores.
 */
import { isIdeographic } from '../text/index.ts';
import { isPrefixWithinOneEdit, isWithinOneEdit } from './edit-distance.ts';
import type { Postings } from './postings.ts';

/** How much a field counts: a match in the name outranks one in the description. */
export type FieldWeight = 'name' | 'secondary' | 'place' | 'description';
export const FIELD_RANK: Record<FieldWeight, number> = { name: 0, secondary: 1, place: 2, description: 3 };
/** The score of a match in each field rank. */
const FIELD_SCORE = [1, 0.6, 0.5, 0.3] as const;

const MATCH_EXACT = 1;
const MATCH_PREFIX = 0.8;
const MATCH_TYPO = 0.6;
const MATCH_TYPO_PREFIX = 0.5;
/** Words shorter than this are never matched with a typo (too many false friends). */
export const MIN_TYPO_LENGTH = 5;

/** One query word's best score per slot, and the slots it touched (score above 0). */
export interface TokenScores {
  scores: Float64Array;
  touched: number[];
}

/** `existing` (sorted) and `added` (sorted here) merged into one sorted list. */
export function mergeSortedTerms(existing: readonly string[], added: string[]): string[] {
  added.sort();
  const merged: string[] = [];
  let left = 0;
  let right = 0;
  while (left < existing.length || right < added.length) {
    const a = existing[left];
    const b = added[right];
    if (b === undefined || (a !== undefined && a < b)) {
      merged.push(a as string);
      left += 1;
    } else {
      merged.push(b);
      right += 1;
    }
  }
  return merged;
}

/**
 * Terms (sorted) matching `token`, with how well: exact, prefix, or one typo away. A typo
 * in the prefix counts only for the word still being typed (`isLast`).
 */
export function matchingTerms(terms: readonly string[], token: string, isLast: boolean): [string, number][] {
  const matches: [string, number][] = [];
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < token) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < terms.length; index += 1) {
    const term = terms[index] as string;
    if (!term.startsWith(token)) break;
    matches.push([term, term === token ? MATCH_EXACT : MATCH_PREFIX]);
  }
  if (token.length >= MIN_TYPO_LENGTH && !isIdeographic(token)) {
    const seen = new Set(matches.map(([term]) => term));
    for (const term of terms) {
      if (seen.has(term) || term.length < token.length - 1) continue;
      if (isWithinOneEdit(token, term)) matches.push([term, MATCH_TYPO]);
      else if (isLast && isPrefixWithinOneEdit(token, term)) matches.push([term, MATCH_TYPO_PREFIX]);
    }
  }
  return matches;
}

/** One query word's best score per slot, over the postings of the terms it matches. */
export function scoreToken(
  token: string,
  matches: readonly [string, number][],
  postingsOf: (term: string) => Postings | undefined,
  slotCount: number,
): TokenScores {
  const scores = new Float64Array(slotCount);
  const touched: number[] = [];
  // A single letter begins too many words: it only looks at names.
  const maxRank = token.length < 2 && !isIdeographic(token) ? 0 : 3;
  for (const [term, quality] of matches) {
    const list = postingsOf(term);
    if (!list) continue;
    for (let index = 0; index < list.length; index += 1) {
      const code = list[index] as number;
      if ((code & 3) > maxRank) continue;
      const slot = code >> 2;
      const score = quality * (FIELD_SCORE[code & 3] ?? 0);
      const previous = scores[slot] ?? 0;
      if (score > previous) {
        if (previous === 0) touched.push(slot);
        scores[slot] = score;
      }
    }
  }
  return { scores, touched };
}

/**
 * The slots every query word touched, with the sum of the words' scores. Walks the
 * narrowest word's slots only (sorts `perToken` in place).
 */
export function combineTokenScores(perToken: TokenScores[]): { slot: number; score: number }[] {
  perToken.sort((a, b) => a.touched.length - b.touched.length);
  const [narrowest, ...others] = perToken;
  const combined: { slot: number; score: number }[] = [];
  for (const slot of narrowest?.touched ?? []) {
    let score = narrowest?.scores[slot] ?? 0;
    let isEverywhere = true;
    for (const other of others) {
      const part = other.scores[slot] ?? 0;
      if (part === 0) {
        isEverywhere = false;
        break;
      }
      score += part;
    }
    if (isEverywhere) combined.push({ slot, score });
  }
  return combined;
}

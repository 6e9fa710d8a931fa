/**
 * Ranking: by relevance, then ties in the reader's alphabetical order
 * (`Intl.Collator(uiLanguage, {sensitivity: 'base'})`, ARCHITECTURE.md "i18n").
 */
import type { SearchHit } from './search-index.ts';

/** Scores closer than this are a tie (floating-point sums of the same parts). */
const TIE = 1e-9;

/** Sorts `hits` in place: best score first, ties by `nameOf` in `collator` order. */
export function rankHits<P>(hits: SearchHit<P>[], nameOf: (payload: P) => string, collator: Intl.Collator): SearchHit<P>[] {
  return hits.sort((a, b) => {
    const difference = b.score - a.score;
    if (Math.abs(difference) > TIE) return difference;
    return collator.compare(nameOf(a.payload), nameOf(b.payload));
  });
}

/**
 * Search results in the reader's order: by relevance, ties (and the whole list when
 * nothing is typed) alphabetically with `Intl.Collator(uiLanguage, {sensitivity: 'base'})`.
 * Only the entries on screen are put in order (a partial sort): comparing thousands of
 * names with a collator at every keystroke would cost more than the search itself.
 */
import type { SearchHit } from '../../../lib/search/index.ts';
import { resolveText } from '../../../shared/localized.ts';
import type { DirectoryEntry } from '../model.ts';
import { collatorFor } from '../format.ts';

const nameCaches = new Map<string, WeakMap<DirectoryEntry, string>>();

/** The entry's name in `lng` (with the usual fallbacks), resolved once per entry. */
export function entryName(entry: DirectoryEntry, lng: string): string {
  let cache = nameCaches.get(lng);
  if (!cache) {
    cache = new WeakMap();
    nameCaches.set(lng, cache);
  }
  let name = cache.get(entry);
  if (name === undefined) {
    name = resolveText(entry.name, lng).text;
    cache.set(entry, name);
  }
  return name;
}

/** Relevance of each entry found by a search; null when nothing was typed. */
export type Scores = ReadonlyMap<DirectoryEntry, number> | null;

export function scoresOf(hits: readonly SearchHit<DirectoryEntry>[] | null): Scores {
  return hits ? new Map(hits.map((hit) => [hit.payload, hit.score])) : null;
}

/** The first `limit` of `entries` in ranking order. */
export function topEntries(entries: readonly DirectoryEntry[], scores: Scores, lng: string, limit: number): DirectoryEntry[] {
  const collator = collatorFor(lng);
  const compare = (a: DirectoryEntry, b: DirectoryEntry) => {
    const difference = (scores?.get(b) ?? 0) - (scores?.get(a) ?? 0);
    if (Math.abs(difference) > 1e-9) return difference;
    return collator.compare(entryName(a, lng), entryName(b, lng));
  };
  if (entries.length <= limit * 4) return [...entries].sort(compare).slice(0, limit);
  const best: DirectoryEntry[] = [];
  for (const entry of entries) {
    const worst = best[best.length - 1];
    if (best.length >= limit && worst && compare(entry, worst) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(best[middle] as DirectoryEntry, entry) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best;
}

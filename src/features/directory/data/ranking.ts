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

function nameCacheFor(lng: string): WeakMap<DirectoryEntry, string> {
  let cache = nameCaches.get(lng);
  if (!cache) {
    cache = new WeakMap();
    nameCaches.set(lng, cache);
  }
  return cache;
}

function cachedName(cache: WeakMap<DirectoryEntry, string>, entry: DirectoryEntry, lng: string): string {
  let name = cache.get(entry);
  if (name === undefined) {
    name = resolveText(entry.name, lng).text;
    cache.set(entry, name);
  }
  return name;
}

/** The entry's name in `lng` (with the usual fallbacks), resolved once per entry. */
export function entryName(entry: DirectoryEntry, lng: string): string {
  return cachedName(nameCacheFor(lng), entry, lng);
}

/** Relevance of each entry found by a search; null when nothing was typed. */
export type Scores = ReadonlyMap<DirectoryEntry, number> | null;

export function scoresOf(hits: readonly SearchHit<DirectoryEntry>[] | null): Scores {
  if (!hits) return null;
  const scores = new Map<DirectoryEntry, number>();
  for (const hit of hits) scores.set(hit.payload, hit.score);
  return scores;
}

/** Scores closer than this are a tie (floating-point sums of the same parts). */
const TIE = 1e-9;

interface Ranked {
  entry: DirectoryEntry;
  score: number;
  name: string;
}

/**
 * The first `limit` of `entries` in ranking order. Each entry's score is looked up once,
 * and its name only when its score ties with the last one kept: a two-letter query finds
 * thousands of entries, and this runs at every keystroke.
 */
export function topEntries(entries: readonly DirectoryEntry[], scores: Scores, lng: string, limit: number): DirectoryEntry[] {
  const collator = collatorFor(lng);
  const names = nameCacheFor(lng);
  /** `entry` (with `score`) against `other`: its name is resolved only when the scores tie. */
  const compareTo = (score: number, entry: DirectoryEntry, other: Ranked) => {
    const difference = other.score - score;
    if (Math.abs(difference) > TIE) return difference;
    return collator.compare(cachedName(names, entry, lng), other.name);
  };
  const compare = (a: Ranked, b: Ranked) => compareTo(a.score, a.entry, b);
  const rank = (entry: DirectoryEntry, score: number): Ranked => ({ entry, score, name: cachedName(names, entry, lng) });
  if (entries.length <= limit * 4) {
    return entries
      .map((entry) => rank(entry, scores?.get(entry) ?? 0))
      .sort(compare)
      .slice(0, limit)
      .map((ranked) => ranked.entry);
  }
  const best: Ranked[] = [];
  for (const entry of entries) {
    const score = scores?.get(entry) ?? 0;
    const worst = best[best.length - 1];
    if (best.length >= limit && worst && compareTo(score, entry, worst) >= 0) continue;
    const candidate = rank(entry, score);
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(best[middle] as Ranked, candidate) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((ranked) => ranked.entry);
}

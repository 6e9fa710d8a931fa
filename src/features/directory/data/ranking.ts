/**
 * Search results in the reader's order: by relevance, ties (and the whole list when
 * nothing is typed) alphabetically with `Intl.Collator(uiLanguage, {sensitivity: 'base'})`.
 */
import { rankHits, type SearchIndex } from '../../../lib/search/index.ts';
import { resolveText } from '../../../shared/localized.ts';
import type { DirectoryEntry } from '../model.ts';

const collators = new Map<string, Intl.Collator>();

export function collatorFor(lng: string): Intl.Collator {
  let collator = collators.get(lng);
  if (!collator) {
    collator = new Intl.Collator(lng, { sensitivity: 'base' });
    collators.set(lng, collator);
  }
  return collator;
}

/** Every entry, alphabetically by its name in `lng`. */
export function entriesByName(entries: readonly DirectoryEntry[], lng: string): DirectoryEntry[] {
  const collator = collatorFor(lng);
  // Names resolved once, not at every comparison.
  return entries
    .map((entry) => ({ entry, name: resolveText(entry.name, lng).text }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ entry }) => entry);
}

/** The entries matching `query` in relevance order; null when nothing is typed. */
export function searchEntries(index: SearchIndex<DirectoryEntry>, query: string, lng: string): DirectoryEntry[] | null {
  const hits = index.search(query);
  if (hits === null) return null;
  const names = new Map<DirectoryEntry, string>();
  const nameOf = (entry: DirectoryEntry) => {
    let name = names.get(entry);
    if (name === undefined) {
      name = resolveText(entry.name, lng).text;
      names.set(entry, name);
    }
    return name;
  };
  return rankHits(hits, nameOf, collatorFor(lng)).map((hit) => hit.payload);
}

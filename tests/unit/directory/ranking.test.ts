import { describe, expect, it } from 'vitest';
import { topEntries } from '../../../src/features/directory/data/ranking.ts';
import { makeEntry } from './fixtures.ts';

const named = (name: string) => makeEntry({ name: { fr: name, en: `${name} (en)` } });

describe('ranking directory entries', () => {
  const entries = ['Zèbre', 'abri', 'Éclair', 'École', 'maison', 'Maïs', 'Ours'].map(named);

  it('lists everything alphabetically in the reader’s language when nothing is typed', () => {
    expect(topEntries(entries, null, 'fr', 10).map((entry) => entry.name.fr)).toEqual(['abri', 'Éclair', 'École', 'Maïs', 'maison', 'Ours', 'Zèbre']);
  });

  it('puts the best scores first and breaks ties alphabetically', () => {
    const scores = new Map(entries.map((entry) => [entry, entry.name.fr === 'Ours' ? 2 : 1]));
    expect(topEntries(entries, scores, 'fr', 3).map((entry) => entry.name.fr)).toEqual(['Ours', 'abri', 'Éclair']);
  });

  it('gives the same first entries with a partial sort of a long list as with a full sort', () => {
    const many = Array.from({ length: 500 }, (_, index) => named(`Nom ${String((index * 7919) % 500).padStart(3, '0')}`));
    const scores = new Map(many.map((entry, index) => [entry, index % 3]));
    const partial = topEntries(many, scores, 'fr', 20);
    const full = topEntries(many, scores, 'fr', 500).slice(0, 20);
    expect(partial).toEqual(full);
    expect(partial.every((entry) => scores.get(entry) === 2)).toBe(true);
  });

  it('uses the names of the reader’s language', () => {
    expect(topEntries([named('b'), named('a')], null, 'en', 2).map((entry) => entry.name.en)).toEqual(['a (en)', 'b (en)']);
  });
});

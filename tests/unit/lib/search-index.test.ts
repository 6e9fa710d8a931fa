import { describe, expect, it } from 'vitest';
import { isPrefixWithinOneEdit, isWithinOneEdit, rankHits, SearchIndex, type SearchField } from '../../../src/lib/search/index.ts';

interface Doc {
  name: string;
}

function indexOf(docs: Record<string, { fields: SearchField[]; name: string }>): SearchIndex<Doc> {
  const index = new SearchIndex<Doc>();
  for (const [id, doc] of Object.entries(docs)) index.add(id, doc.fields, { name: doc.name });
  return index;
}

const docs = {
  shelter: {
    name: 'Maison Le Phare',
    fields: [
      { text: ['Hébergement d’urgence — Le Phare', 'Emergency shelter — The Lighthouse', 'إيواء طارئ — المنارة', '紧急庇护所 — 灯塔', 'خانه امن اضطراری'], weight: 'name' },
      { text: 'Montréal', weight: 'place' },
    ] satisfies SearchField[],
  },
  calacs: {
    name: 'CALACS La Source',
    fields: [
      { text: ['Aide contre les agressions sexuelles — La Source', 'Sexual assault centre — The Spring'], weight: 'name' },
      { text: 'Hébergement possible sur référence.', weight: 'description' },
      { text: 'Gatineau', weight: 'place' },
    ] satisfies SearchField[],
  },
  bridge: {
    name: 'Centre d’accueil L’Aurore',
    fields: [
      { text: ['Accueil et intégration des personnes immigrantes', 'Settlement services'], weight: 'name' },
      { text: 'Maison de quartier', weight: 'description' },
      { text: 'Montréal', weight: 'place' },
    ] satisfies SearchField[],
  },
};

const ids = (index: SearchIndex<Doc>, query: string) => (index.search(query) ?? []).map((hit) => hit.id).sort();

describe('typo checks', () => {
  it('accepts one substitution, insertion, deletion or transposition and no more', () => {
    expect(isWithinOneEdit('hebergement', 'hebergement')).toBe(true);
    expect(isWithinOneEdit('hebergemant', 'hebergement')).toBe(true);
    expect(isWithinOneEdit('hebergment', 'hebergement')).toBe(true);
    expect(isWithinOneEdit('heberggement', 'hebergement')).toBe(true);
    expect(isWithinOneEdit('hebregement', 'hebergement')).toBe(true);
    expect(isWithinOneEdit('hebrgemant', 'hebergement')).toBe(false);
  });

  it('accepts a typo in an unfinished word', () => {
    expect(isPrefixWithinOneEdit('hebregem', 'hebergement')).toBe(true);
    expect(isPrefixWithinOneEdit('hxyz', 'hebergement')).toBe(false);
  });
});

describe('the search index', () => {
  const index = indexOf(docs);

  it('finds a word whatever its accents and case', () => {
    expect(ids(index, 'hebergement')).toEqual(['calacs', 'shelter']);
    expect(ids(index, 'MAISON')).toEqual(['bridge']);
    expect(ids(index, 'montreal')).toEqual(['bridge', 'shelter']);
  });

  it('finds Arabic whatever the hamza or the harakat', () => {
    expect(ids(index, 'ايواء')).toEqual(['shelter']);
    expect(ids(index, 'إِيوَاء')).toEqual(['shelter']);
  });

  it('finds Persian typed with Arabic letters', () => {
    expect(ids(index, 'اضطراري')).toEqual(['shelter']);
  });

  it('finds Chinese words inside a longer phrase', () => {
    expect(ids(index, '庇护所')).toEqual(['shelter']);
    expect(ids(index, '庇护')).toEqual(['shelter']);
  });

  it('matches the word being typed by its beginning', () => {
    expect(ids(index, 'héberg')).toEqual(['calacs', 'shelter']);
    expect(ids(index, 'imm')).toEqual(['bridge']);
  });

  it('matches a single typed letter against names only', () => {
    expect(ids(index, 'h')).toEqual(['shelter']);
    expect(ids(index, 'he')).toEqual(['calacs', 'shelter']);
  });

  it('tolerates one typo in words of five letters or more, never in shorter ones', () => {
    expect(ids(index, 'hebergemnt')).toEqual(['calacs', 'shelter']);
    expect(ids(index, 'lighthuose')).toEqual(['shelter']);
    expect(ids(index, 'sourse')).toEqual(['calacs']);
    expect(ids(index, 'aide')).toEqual(['calacs']);
    expect(ids(index, 'aida')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(ids(index, 'hébergement montréal')).toEqual(['shelter']);
    expect(ids(index, 'hébergement quebec')).toEqual([]);
  });

  it('ranks a match in the name above one in the description', () => {
    const hits = index.search('hébergement') ?? [];
    expect(rankHits(hits, (doc) => doc.name, new Intl.Collator('fr')).map((hit) => hit.id)).toEqual(['shelter', 'calacs']);
  });

  it('ranks an exact word above a word it only begins', () => {
    const prefixIndex = indexOf({
      long: { name: 'A', fields: [{ text: 'Maisonnette', weight: 'name' }] },
      exact: { name: 'B', fields: [{ text: 'Maison', weight: 'name' }] },
    });
    expect(rankHits(prefixIndex.search('maison') ?? [], (doc) => doc.name, new Intl.Collator('fr')).map((hit) => hit.id)).toEqual([
      'exact',
      'long',
    ]);
  });

  it('breaks ties in the alphabetical order of the reader’s language', () => {
    const tied = indexOf({
      zebre: { name: 'Zèbre', fields: [{ text: 'centre', weight: 'name' }] },
      eclair: { name: 'Éclair', fields: [{ text: 'centre', weight: 'name' }] },
      abri: { name: 'abri', fields: [{ text: 'centre', weight: 'name' }] },
    });
    const order = rankHits(tied.search('centre') ?? [], (doc) => doc.name, new Intl.Collator('fr', { sensitivity: 'base' }));
    expect(order.map((hit) => hit.payload.name)).toEqual(['abri', 'Éclair', 'Zèbre']);
  });

  it('returns null for a query without words, so the caller lists everything', () => {
    expect(index.search('  — ')).toBeNull();
  });

  it('replaces a document added again and forgets a removed one', () => {
    const changing = indexOf(docs);
    changing.add('bridge', [{ text: 'Centre Boussole', weight: 'name' }], { name: 'Boussole' });
    expect(ids(changing, 'immigrantes')).toEqual([]);
    expect(ids(changing, 'boussole')).toEqual(['bridge']);
    expect(changing.remove('shelter')).toBe(true);
    expect(ids(changing, 'montreal')).toEqual([]);
    expect(changing.size).toBe(2);
  });

  it('saves to a compact snapshot and loads back with the same answers', () => {
    const changing = indexOf(docs);
    changing.remove('calacs');
    const snapshot = changing.snapshot();
    expect(snapshot.ids).toEqual(['shelter', 'bridge']);
    const loaded = SearchIndex.fromSnapshot(snapshot);
    for (const query of ['hebergement', 'montreal', '庇护', 'lighthuose', 'sourse']) expect(ids(loaded, query)).toEqual(ids(changing, query));
    loaded.add('calacs', docs.calacs.fields, { name: docs.calacs.name });
    expect(ids(loaded, 'hebergement')).toEqual(['calacs', 'shelter']);
  });
});

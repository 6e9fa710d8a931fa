import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/lib/db.ts';
import { deleteSearchIndex, loadSearchIndex, readSearchIndexEarly, saveSearchIndex, SearchIndex } from '../../../src/lib/search/index.ts';

interface Doc {
  id: string;
  name: string;
  city: string | null;
}

beforeEach(async () => {
  await db.searchIndex.clear();
});

function sample(): SearchIndex<Doc> {
  const index = new SearchIndex<Doc>();
  index.add('a', [{ text: 'Maison Le Phare', weight: 'name' }], { id: 'a', name: 'Maison Le Phare', city: 'Rimouski' });
  index.add('b', [{ text: ['紧急庇护所', 'دار إيواء'], weight: 'name' }], { id: 'b', name: '紧急庇护所', city: null });
  index.add('c', [{ text: 'Centre Boussole', weight: 'name' }], { id: 'c', name: 'Centre Boussole', city: 'Gaspé' });
  index.remove('c');
  return index;
}

describe('the saved search index', () => {
  it('loads back with the same documents, payloads and answers, and its meta', async () => {
    await saveSearchIndex('test', sample(), { version: 42 });
    const loaded = await loadSearchIndex<Doc>('test');
    expect(loaded?.meta).toEqual({ version: 42 });
    expect([...(loaded?.index.ids() ?? [])]).toEqual(['a', 'b']);
    expect(loaded?.index.get('b')).toEqual({ id: 'b', name: '紧急庇护所', city: null });
    expect(loaded?.index.search('phare')?.map((hit) => hit.id)).toEqual(['a']);
    expect(loaded?.index.search('ايواء')?.map((hit) => hit.id)).toEqual(['b']);
    expect(loaded?.index.search('boussole')).toEqual([]);
  });

  it('answers the same after its postings are decoded ahead of time', async () => {
    await saveSearchIndex('test', sample(), null);
    const index = (await loadSearchIndex<Doc>('test'))?.index;
    if (!index) throw new Error('the saved index did not load');
    let slices = 0;
    while (!index.warmUp(1) && slices < 1000) slices += 1;
    expect(index.warmUp(1)).toBe(true);
    expect(index.search('phare')?.map((hit) => hit.id)).toEqual(['a']);
  });

  it('keeps working after more documents are added to a loaded index', async () => {
    await saveSearchIndex('test', sample(), null);
    const loaded = await loadSearchIndex<Doc>('test');
    loaded?.index.add('d', [{ text: 'Maison du Quai', weight: 'name' }], { id: 'd', name: 'Maison du Quai', city: null });
    expect(loaded?.index.search('maison')?.map((hit) => hit.id).sort()).toEqual(['a', 'd']);
  });

  it('gives nothing, rather than a broken index, for a row it cannot read', async () => {
    await db.searchIndex.put({ key: 'test', format: 2, ids: 'a', payloads: 'not json', terms: '', offsets: new Int32Array([0]), postings: new Uint8Array() });
    expect(await loadSearchIndex('test')).toBeNull();
    await db.searchIndex.put({ key: 'old', format: 1 });
    expect(await loadSearchIndex('old')).toBeNull();
  });

  it('keeps a preview beside the index, read early, with the index decoded only when asked for', async () => {
    await saveSearchIndex('test', sample(), { version: 7 }, { first: ['a'] });
    const early = await readSearchIndexEarly<Doc>('test');
    expect(early.preview).toEqual({ first: ['a'] });
    const loaded = await early.load();
    expect(loaded?.meta).toEqual({ version: 7 });
    expect([...(loaded?.index.ids() ?? [])]).toEqual(['a', 'b']);
    expect(loaded?.index.search('phare')?.map((hit) => hit.id)).toEqual(['a']);
  });

  it('decodes an index read early in slices, giving the browser a turn between them', async () => {
    await saveSearchIndex('test', sample(), null);
    const turns = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: turns });
    try {
      const loaded = await (await readSearchIndexEarly<Doc>('test')).load();
      expect([...(loaded?.index.ids() ?? [])]).toEqual(['a', 'b']);
      // One turn after each column (name, city) and after the rows are assembled.
      expect(turns).toHaveBeenCalledTimes(3);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('drops the previous preview when saved without one, and forgets both when deleted', async () => {
    await saveSearchIndex('test', sample(), null, { first: ['a'] });
    await saveSearchIndex('test', sample(), null);
    expect((await readSearchIndexEarly<Doc>('test')).preview).toBeNull();
    await saveSearchIndex('test', sample(), null, { first: ['b'] });
    await deleteSearchIndex('test');
    const early = await readSearchIndexEarly<Doc>('test');
    expect(early.preview).toBeNull();
    expect(await early.load()).toBeNull();
  });
});

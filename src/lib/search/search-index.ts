/**
 * An in-memory token index over documents written in many languages (ARCHITECTURE.md,
 * "Search"): prefix matching while typing, one-typo tolerance for words of five letters or
 * more, and a score per document. It is kept up to date document by document (`add`,
 * `remove`) and saved as a compact snapshot (`postings.ts`, persisted by `store.ts`), so a
 * cold start loads it instead of tokenizing every record again. How a query matches terms
 * and scores documents is in `query.ts`.
 *
 * Removal is lazy: a removed document's slot is emptied and its postings are skipped
 * until the next snapshot compacts them away.
 */
import { tokenize } from '../text/index.ts';
import { decodePostings, encodePostings, type Postings, type SearchSnapshot } from './postings.ts';
import { combineTokenScores, FIELD_RANK, type FieldWeight, matchingTerms, mergeSortedTerms, scoreToken, type TokenScores } from './query.ts';

const TOKEN_CACHE_SIZE = 20_000;

export interface SearchField {
  /** Text in any language; several texts (one per language) count as one field. */
  text: string | readonly string[];
  weight: FieldWeight;
}

export interface SearchHit<P> {
  id: string;
  score: number;
  payload: P;
}

export class SearchIndex<P> {
  private slotIds: (string | null)[] = [];
  private slotPayloads: (P | null)[] = [];
  private slotById = new Map<string, number>();
  /** A term's postings, or the index of its still-encoded postings in `packed`. */
  private postings = new Map<string, Postings | number>();
  private packed: { offsets: Int32Array; bytes: Uint8Array } | null = null;
  private sortedTerms: string[] = [];
  private newTerms: string[] = [];
  /**
   * Tokens of texts seen recently: directories repeat the same descriptions, keywords and
   * region names across thousands of services, and segmenting Chinese is not cheap.
   */
  private tokenCache = new Map<string, string[]>();
  /** Bumped on every change, for callers that cache derived data. */
  revision = 0;

  static fromSnapshot<P>(snapshot: SearchSnapshot<P>): SearchIndex<P> {
    const index = new SearchIndex<P>();
    index.load(snapshot);
    return index;
  }

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  get(id: string): P | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : (this.slotPayloads[slot] ?? undefined);
  }

  ids(): IterableIterator<string> {
    return this.slotById.keys();
  }

  /** Every document's payload, in no particular order. */
  payloads(): P[] {
    const payloads: P[] = [];
    for (const slot of this.slotById.values()) {
      const payload = this.slotPayloads[slot];
      if (payload !== null && payload !== undefined) payloads.push(payload);
    }
    return payloads;
  }

  /** Adds a document, or replaces the one with the same id. */
  add(id: string, fields: readonly SearchField[], payload: P): void {
    this.remove(id);
    const slot = this.slotIds.length;
    this.slotIds.push(id);
    this.slotPayloads.push(payload);
    this.slotById.set(id, slot);
    const ranks = new Map<string, number>();
    for (const field of fields) {
      const rank = FIELD_RANK[field.weight];
      const texts = typeof field.text === 'string' ? [field.text] : field.text;
      for (const text of texts) {
        for (const term of this.tokensOf(text)) {
          const known = ranks.get(term);
          if (known === undefined || rank < known) ranks.set(term, rank);
        }
      }
    }
    for (const [term, rank] of ranks) {
      const code = slot * 4 + rank;
      const list = this.postingsOf(term);
      if (!list) {
        this.postings.set(term, [code]);
        this.newTerms.push(term);
      } else if (list instanceof Int32Array) {
        // Loaded from a snapshot: copied on first write.
        const copy = Array.from(list);
        copy.push(code);
        this.postings.set(term, copy);
      } else {
        list.push(code);
      }
    }
    this.revision += 1;
  }

  private postingsOf(term: string): Postings | undefined {
    const value = this.postings.get(term);
    if (typeof value !== 'number') return value;
    const packed = this.packed;
    if (!packed) return undefined;
    const decoded = decodePostings(packed.bytes, packed.offsets[value] ?? 0, packed.offsets[value + 1] ?? 0);
    this.postings.set(term, decoded);
    return decoded;
  }

  /**
   * Decodes still-encoded postings for up to `budgetMs`; true when none are left. Called
   * in idle moments after loading, so that the first keystrokes do not pay for it.
   */
  warmUp(budgetMs: number): boolean {
    if (!this.packed) return true;
    const start = performance.now();
    for (const [term, value] of this.postings) {
      if (typeof value !== 'number') continue;
      this.postingsOf(term);
      if (performance.now() - start > budgetMs) return false;
    }
    this.packed = null;
    return true;
  }

  private tokensOf(text: string): string[] {
    let tokens = this.tokenCache.get(text);
    if (!tokens) {
      tokens = tokenize(text, { forIndex: true });
      if (this.tokenCache.size >= TOKEN_CACHE_SIZE) this.tokenCache.clear();
      this.tokenCache.set(text, tokens);
    }
    return tokens;
  }

  /** Removes a document; false when it was not there. */
  remove(id: string): boolean {
    const slot = this.slotById.get(id);
    if (slot === undefined) return false;
    this.slotIds[slot] = null;
    this.slotPayloads[slot] = null;
    this.slotById.delete(id);
    this.revision += 1;
    return true;
  }

  /** Every term, sorted (terms added since the last call are merged in first). */
  private terms(): string[] {
    if (this.newTerms.length > 0) {
      this.sortedTerms = mergeSortedTerms(this.sortedTerms, this.newTerms);
      this.newTerms = [];
    }
    return this.sortedTerms;
  }

  /**
   * Documents matching every word of `query`, unsorted, with a relevance score; null when
   * the query has no words (the caller then lists everything).
   */
  search(query: string): SearchHit<P>[] | null {
    const tokens = [...new Set(tokenize(query))];
    if (tokens.length === 0) return null;
    // The last word is still being typed unless the query ends with a space.
    const isLastOpen = !/\s$/.test(query);
    const slotCount = this.slotIds.length;
    const perToken: TokenScores[] = [];
    for (const [position, token] of tokens.entries()) {
      const matches = matchingTerms(this.terms(), token, isLastOpen && position === tokens.length - 1);
      const scored = scoreToken(token, matches, (term) => this.postingsOf(term), slotCount);
      if (scored.touched.length === 0) return [];
      perToken.push(scored);
    }
    const hits: SearchHit<P>[] = [];
    for (const { slot, score } of combineTokenScores(perToken)) {
      const id = this.slotIds[slot];
      const payload = this.slotPayloads[slot];
      // A removed document's postings stay until the next snapshot.
      if (id === null || id === undefined || payload === null || payload === undefined) continue;
      hits.push({ id, score, payload });
    }
    return hits;
  }

  /** A compact copy for saving; the index itself is compacted too (removed slots dropped). */
  snapshot(): SearchSnapshot<P> {
    const renumber = new Int32Array(this.slotIds.length).fill(-1);
    const ids: string[] = [];
    const payloads: P[] = [];
    for (const [slot, id] of this.slotIds.entries()) {
      const payload = this.slotPayloads[slot];
      if (id === null || payload === null || payload === undefined) continue;
      renumber[slot] = ids.length;
      ids.push(id);
      payloads.push(payload);
    }
    const terms: string[] = [];
    const lists: number[][] = [];
    for (const term of this.terms()) {
      const list = this.postingsOf(term);
      if (!list) continue;
      const live: number[] = [];
      for (let index = 0; index < list.length; index += 1) {
        const code = list[index] as number;
        const slot = renumber[code >> 2] ?? -1;
        if (slot >= 0) live.push(slot * 4 + (code & 3));
      }
      if (live.length > 0) {
        terms.push(term);
        lists.push(live);
      }
    }
    const { offsets, bytes } = encodePostings(lists);
    const snapshot: SearchSnapshot<P> = { ids, payloads, terms: terms.join('\n'), offsets, postings: bytes };
    this.load(snapshot);
    return snapshot;
  }

  private load(snapshot: SearchSnapshot<P>): void {
    this.slotIds = [...snapshot.ids];
    this.slotPayloads = [...snapshot.payloads];
    this.slotById = new Map(snapshot.ids.map((id, slot) => [id, slot]));
    const terms = snapshot.terms === '' ? [] : snapshot.terms.split('\n');
    this.postings = new Map(terms.map((term, index) => [term, index]));
    this.packed = { offsets: snapshot.offsets, bytes: snapshot.postings };
    this.sortedTerms = terms;
    this.newTerms = [];
    this.revision += 1;
  }
}

/**
 * An in-memory token index over documents written in many languages (ARCHITECTURE.md,
 * "Search"): prefix matching while typing, one-typo tolerance for words of five letters or
 * more, and a score per document. It is kept up to date document by document (`add`,
 * `remove`) and saved as a compact snapshot (see `store.ts`), so a cold start loads it
 * instead of tokenizing every record again.
 *
 * Removal is lazy: a removed document's slot is emptied and its postings are skipped
 * until the next snapshot compacts them away.
 */
import { isIdeographic, tokenize } from '../text/index.ts';
import { isPrefixWithinOneEdit, isWithinOneEdit } from './edit-distance.ts';

/** How much a field counts: a match in the name outranks one in the description. */
export type FieldWeight = 'name' | 'secondary' | 'place' | 'description';
const FIELD_RANK: Record<FieldWeight, number> = { name: 0, secondary: 1, place: 2, description: 3 };
const FIELD_SCORE = [1, 0.6, 0.5, 0.3] as const;

const MATCH_EXACT = 1;
const MATCH_PREFIX = 0.8;
const MATCH_TYPO = 0.6;
const MATCH_TYPO_PREFIX = 0.5;
const TOKEN_CACHE_SIZE = 20_000;
/** Words shorter than this are never matched with a typo (too many false friends). */
export const MIN_TYPO_LENGTH = 5;

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

/**
 * The saved form of an index: terms sorted; each term's postings (slot × 4 + field rank,
 * increasing) delta-encoded as variable-length integers, a third of the bytes of 32-bit
 * integers, decoded only when a query first needs that term.
 */
export interface SearchSnapshot<P> {
  ids: string[];
  payloads: P[];
  /** Sorted terms joined by newlines (terms never contain whitespace). */
  terms: string;
  /** Start of each term's postings in `postings` (bytes); one more entry than terms. */
  offsets: Int32Array;
  postings: Uint8Array;
}

type Postings = number[] | Int32Array;

function encodePostings(lists: readonly (readonly number[])[]): { offsets: Int32Array; bytes: Uint8Array } {
  let bytes = new Uint8Array(1 << 16);
  let length = 0;
  const offsets = new Int32Array(lists.length + 1);
  for (const [index, list] of lists.entries()) {
    offsets[index] = length;
    let previous = 0;
    for (const code of list) {
      let delta = code - previous;
      previous = code;
      if (length + 5 > bytes.length) {
        const grown = new Uint8Array(bytes.length * 2);
        grown.set(bytes);
        bytes = grown;
      }
      while (delta >= 0x80) {
        bytes[length++] = (delta & 0x7f) | 0x80;
        delta >>>= 7;
      }
      bytes[length++] = delta;
    }
  }
  offsets[lists.length] = length;
  return { offsets, bytes: bytes.slice(0, length) };
}

function decodePostings(bytes: Uint8Array, start: number, end: number): Int32Array {
  const codes: number[] = [];
  let previous = 0;
  let position = start;
  while (position < end) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[position++] ?? 0;
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += value;
    codes.push(previous);
  }
  return Int32Array.from(codes);
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

  private terms(): string[] {
    if (this.newTerms.length > 0) {
      const added = this.newTerms.sort();
      const merged: string[] = [];
      let left = 0;
      let right = 0;
      const existing = this.sortedTerms;
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
      this.sortedTerms = merged;
      this.newTerms = [];
    }
    return this.sortedTerms;
  }

  /** Terms matching `token`, with how well: exact, prefix, or one typo away. */
  private matchingTerms(token: string, isLast: boolean): [string, number][] {
    const terms = this.terms();
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
    const perToken: { scores: Float64Array; touched: number[] }[] = [];
    for (const [position, token] of tokens.entries()) {
      const scores = new Float64Array(slotCount);
      const touched: number[] = [];
      // A single letter begins too many words: it only looks at names.
      const maxRank = token.length < 2 && !isIdeographic(token) ? 0 : 3;
      for (const [term, quality] of this.matchingTerms(token, isLastOpen && position === tokens.length - 1)) {
        const list = this.postingsOf(term);
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
      if (touched.length === 0) return [];
      perToken.push({ scores, touched });
    }
    perToken.sort((a, b) => a.touched.length - b.touched.length);
    const [narrowest, ...others] = perToken;
    const hits: SearchHit<P>[] = [];
    for (const slot of narrowest?.touched ?? []) {
      const id = this.slotIds[slot];
      const payload = this.slotPayloads[slot];
      if (id === null || id === undefined || payload === null || payload === undefined) continue;
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
      if (isEverywhere) hits.push({ id, score, payload });
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

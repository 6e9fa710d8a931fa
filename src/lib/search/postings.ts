/**
 * How an index's postings are stored. A posting is `slot × 4 + field rank` (the document's
 * slot and the best field the term appears in); a term's postings are increasing, so they
 * are saved delta-encoded as variable-length integers, a third of the bytes of 32-bit
 * integers, and decoded only when a query first needs that term.
 */

/** In memory: a plain array while documents are added, typed once decoded from a snapshot. */
export type Postings = number[] | Int32Array;

/**
 * The saved form of an index: terms sorted; each term's postings (slot × 4 + field rank,
 * increasing) delta-encoded as variable-length integers.
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

/** Encodes every term's increasing postings, one after the other; `offsets[i]` is where list i starts. */
export function encodePostings(lists: readonly (readonly number[])[]): { offsets: Int32Array; bytes: Uint8Array } {
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

/** Decodes the postings stored in `bytes[start, end)`. */
export function decodePostings(bytes: Uint8Array, start: number, end: number): Int32Array {
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

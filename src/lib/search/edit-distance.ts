/**
 * "At most one typo" checks without allocating: one substitution, insertion, deletion or
 * transposition of two neighbouring letters (Damerau). Called on thousands of dictionary
 * terms per keystroke, so it compares char codes in place and stops at the second mismatch.
 */

function sameTail(a: string, aFrom: number, aEnd: number, b: string, bFrom: number, bEnd: number): boolean {
  if (aEnd - aFrom !== bEnd - bFrom) return false;
  for (let offset = 0; aFrom + offset < aEnd; offset += 1) {
    if (a.charCodeAt(aFrom + offset) !== b.charCodeAt(bFrom + offset)) return false;
  }
  return true;
}

/** True when `a` and the first `bEnd` characters of `b` are at most one edit apart. */
export function isWithinOneEdit(a: string, b: string, bEnd = b.length): boolean {
  const aEnd = a.length;
  if (Math.abs(aEnd - bEnd) > 1) return false;
  let index = 0;
  const shorter = Math.min(aEnd, bEnd);
  while (index < shorter && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  if (index === shorter) return true;
  if (aEnd === bEnd) {
    if (sameTail(a, index + 1, aEnd, b, index + 1, bEnd)) return true;
    return (
      index + 1 < aEnd &&
      a.charCodeAt(index) === b.charCodeAt(index + 1) &&
      a.charCodeAt(index + 1) === b.charCodeAt(index) &&
      sameTail(a, index + 2, aEnd, b, index + 2, bEnd)
    );
  }
  return aEnd > bEnd ? sameTail(a, index + 1, aEnd, b, index, bEnd) : sameTail(a, index, aEnd, b, index + 1, bEnd);
}

/**
 * True when some prefix of `term` is at most one edit from `token`: the word being typed
 * may be unfinished and misspelt at once ("hebregem" → "hebergement").
 */
export function isPrefixWithinOneEdit(token: string, term: string): boolean {
  const length = token.length;
  for (const end of [length, length - 1, length + 1]) {
    if (end > 0 && end <= term.length && isWithinOneEdit(token, term, end)) return true;
  }
  return false;
}

/**
 * Text folding for search (ARCHITECTURE.md, "Search"): done once at index time and once
 * at query time, so that "hebergement" finds "hébergement", "MAISON" finds "maison", and
 * Arabic and Persian spellings of the same word meet. Compatibility decomposition (NFKD)
 * also turns full-width Latin and Arabic presentation forms into ordinary letters.
 *
 * Only diacritics are stripped (Latin, Greek, Cyrillic, Hebrew points, Arabic harakat):
 * the vowel signs of Indic scripts are marks too, but removing them would change words.
 */

// Code-point ranges of the marks folded away: combining diacritics (Latin, Greek,
// Cyrillic), Hebrew points, Arabic harakat, hamza and madda above/below, superscript alef
// and Quranic marks.
const DIACRITIC_RANGES: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
  [0x0591, 0x05bd],
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
];
const hex = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
const DIACRITICS = new RegExp(`[${DIACRITIC_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('')}]`, 'gu');

const LETTER_VARIANTS: Record<string, string> = {
  // Persian and Urdu letters folded onto their Arabic counterparts (ی/ي, ک/ك), and
  // letter forms people type interchangeably (ة/ه, ى/ي, ٱ/ا).
  '\u06cc': '\u064a', // ی → ي
  '\u0649': '\u064a', // ى → ي
  '\u06d2': '\u064a', // ے → ي
  '\u06a9': '\u0643', // ک → ك
  '\u0629': '\u0647', // ة → ه
  '\u06c0': '\u0647', // ۀ → ه
  '\u06c1': '\u0647', // ہ → ه
  '\u06be': '\u0647', // ھ → ه
  '\u0671': '\u0627', // ٱ → ا
  '\u0640': '', // tatweel
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  þ: 'th',
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join('')}]`, 'g');

// Arabic-Indic (٠-٩) and Persian (۰-۹) digits.
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Folds `text` for comparison: decomposed, diacritics and letter variants folded, lower case. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(VARIANT_PATTERN, (letter) => LETTER_VARIANTS[letter] ?? letter)
    .replace(EASTERN_DIGITS, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
    .normalize('NFC');
}

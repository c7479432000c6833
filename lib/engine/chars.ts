/**
 * Character classes the normaliser and matcher need, per UTF-16 code unit, computed once on first use and
 * cached in a 64 KiB table (the Unicode property regex is too slow to run per character).
 */

export const CharClass = {
  Unknown: 0,
  Other: 1,
  /** A letter or mark of a script written with spaces between words (Latin, Cyrillic, Arabic, Hangul…). */
  SpacedLetter: 2,
  /** A letter or mark of a script written without spaces (Thai, Lao, Khmer, Myanmar, Han, Kana). */
  UnspacedLetter: 3,
  Digit: 4,
  Space: 5,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const table = new Uint8Array(65536);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;
const SPACE = /^\s$/u;

function unspaced(c: number): boolean {
  return (
    (c >= 0x0e00 && c <= 0x0eff) || // Thai, Lao
    (c >= 0x0f00 && c <= 0x0fff) || // Tibetan
    (c >= 0x1000 && c <= 0x109f) || // Myanmar
    (c >= 0x1780 && c <= 0x17ff) || // Khmer
    (c >= 0x3040 && c <= 0x30ff) || // Hiragana, Katakana
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xf900 && c <= 0xfaff) // CJK compatibility ideographs
  );
}

function compute(c: number): CharClass {
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Other;
  // Fast paths for the big blocks (the property regexes below cost microseconds each on first use).
  if (c >= 0x4e00 && c <= 0x9fff) return CharClass.UnspacedLetter;
  if (c >= 0xac00 && c <= 0xd7a3) return CharClass.SpacedLetter;
  if (c >= 0x0e00 && c <= 0x0e7f) {
    // Thai: digits ๐–๙, the baht sign and the two punctuation marks; the rest are letters and marks.
    if (c >= 0x0e50 && c <= 0x0e59) return CharClass.Digit;
    if (c === 0x0e3f || c === 0x0e4f || c === 0x0e5a || c === 0x0e5b || c === 0x0e00 || (c > 0x0e3a && c < 0x0e3f) || c > 0x0e5b)
      return CharClass.Other;
    return CharClass.UnspacedLetter;
  }
  if (c >= 0x0400 && c <= 0x04ff) return c === 0x0482 ? CharClass.Other : CharClass.SpacedLetter; // Cyrillic
  if (c >= 0x0900 && c <= 0x097f) {
    // Devanagari: digits ०–९, danda and double danda are not letters.
    if (c >= 0x0966 && c <= 0x096f) return CharClass.Digit;
    if (c === 0x0964 || c === 0x0965 || c === 0x0970) return CharClass.Other;
  }
  const ch = String.fromCharCode(c);
  if (SPACE.test(ch)) return CharClass.Space;
  if (NUMBER.test(ch)) return CharClass.Digit;
  if (LETTER_OR_MARK.test(ch)) return unspaced(c) ? CharClass.UnspacedLetter : CharClass.SpacedLetter;
  return CharClass.Other;
}

export function charClass(c: number): CharClass {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return CharClass.SpacedLetter;
    if (c >= 0x30 && c <= 0x39) return CharClass.Digit;
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return CharClass.Space;
    return CharClass.Other;
  }
  let k = table[c] as CharClass;
  if (k === CharClass.Unknown) {
    k = compute(c);
    table[c] = k;
  }
  return k;
}

export function isWordChar(c: number): boolean {
  const k = charClass(c);
  return k === CharClass.SpacedLetter || k === CharClass.UnspacedLetter || k === CharClass.Digit;
}

export function isLetter(c: number): boolean {
  const k = charClass(c);
  return k === CharClass.SpacedLetter || k === CharClass.UnspacedLetter;
}

/** Hangul: spaced, but particles attach to the end of words (여권을), so no right word boundary. */
export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isCyrillic(c: number): boolean {
  return c >= 0x0400 && c <= 0x052f;
}

export function isGreek(c: number): boolean {
  return c >= 0x0370 && c <= 0x03ff;
}

const markTable = new Uint8Array(65536); // 0 unknown, 1 mark, 2 not a mark
const MARK = /^\p{M}$/u;

/** Combining mark (Mn/Mc/Me), cached per code unit. */
export function isMark(c: number): boolean {
  if (c < 0x300) return false;
  let k = markTable[c]!;
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : MARK.test(String.fromCharCode(c)) ? 1 : 2;
    markTable[c] = k;
  }
  return k === 1;
}

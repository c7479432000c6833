/**
 * A shortcut for normalising PACK TERMS (normalize.ts normalizeTerm): most terms are a few words of one
 * script each, which the full normaliser folds in a way native string functions reproduce exactly. The
 * first pack compile runs in cold, unoptimised code at content-script start, where the full path costs
 * 10–20 µs a term and these native calls about one (issue 3 target: compile ≤ 30 ms).
 *
 * A term qualifies when it is in NFKC, made of words separated by one space or hyphen, each word from one
 * script below (starting with a letter, not a mark), and no two single-character words in a row (the full
 * path joins runs of single letters, "t e l e g r a m"). Its normalised text is then, word by word:
 * - Latin and Cyrillic letters: decomposed, marks removed, lower case ("Tuyển" → "tuyen", "й" → "и");
 *   the letters the normaliser folds by table instead (đ, ø, ł, ı, and ǿ, which decomposes to ø) are left
 *   to the full path;
 * - Arabic letters and harakat: harakat removed, letter variants unified (fold-tables.ts ARABIC_FOLD);
 * - Devanagari, Thai, Han, Hangul: unchanged (no case, and NFKC already holds).
 * term-shortcut.test.ts checks every letter of these classes, and random terms, against the full path.
 */
import { ARABIC_FOLD } from './fold-tables';

const LATIN =
  'a-zA-Z\\u00c0-\\u00d6\\u00d9-\\u00f6\\u00f9-\\u010f\\u0112-\\u0130\\u0132-\\u0140\\u0143-\\u01fd\\u0200-\\u024f\\u1e00-\\u1eff';
const CYRILLIC = '\\u0400-\\u045f';
const ARABIC_LETTER = '\\u0621-\\u063a\\u0641-\\u064a\\u0671-\\u06d3';
const ARABIC_MARK = '\\u064b-\\u0652\\u0670';
const DEVANAGARI_LETTER = '\\u0904-\\u0939\\u093d\\u0950\\u0960\\u0961\\u0972-\\u097f';
const DEVANAGARI_MARK = '\\u0900-\\u0903\\u093a-\\u093c\\u093e-\\u094f\\u0951-\\u0957\\u0962\\u0963';
const THAI_LETTER = '\\u0e01-\\u0e30\\u0e32\\u0e33\\u0e40-\\u0e46';
const THAI_MARK = '\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e';
const HAN = '\\u4e00-\\u9fff';
const HANGUL = '\\uac00-\\ud7a3';

/** The letter classes, for the tests. */
export const SHORTCUT_CLASSES = { LATIN, CYRILLIC, ARABIC_LETTER, ARABIC_MARK, DEVANAGARI_LETTER, DEVANAGARI_MARK, THAI_LETTER, THAI_MARK };

const WORD = [
  `[${LATIN}]+`,
  `[${CYRILLIC}]+`,
  `[${ARABIC_LETTER}][${ARABIC_LETTER}${ARABIC_MARK}]*`,
  `[${DEVANAGARI_LETTER}][${DEVANAGARI_LETTER}${DEVANAGARI_MARK}]*`,
  `[${THAI_LETTER}][${THAI_LETTER}${THAI_MARK}]*`,
  `[${HAN}]+`,
  `[${HANGUL}]+`,
].join('|');
const TERM = new RegExp(`^(?:${WORD})(?:[ -](?:${WORD}))*$`);
/** Two single-character words in a row. */
const SINGLES = /(?:^|[ -])[^ -][ -][^ -](?:[ -]|$)/;
/** Anything a fold changes: upper-case ASCII, other Latin, Cyrillic, Arabic. */
const FOLDS = new RegExp(`[A-Z\\u00c0-\\u024f\\u1e00-\\u1eff${CYRILLIC}${ARABIC_LETTER}${ARABIC_MARK}]`);
const WORDS = /[^ -]+/g;
const MARKS = /\p{M}/gu;
const ARABIC_VARIANT = new RegExp(`[${Object.keys(ARABIC_FOLD).join('')}]`, 'g');

/** The normalised text of one word of the classes above (see the file comment). */
export function foldWord(word: string): string {
  const c = word.charCodeAt(0);
  if (c >= 0x0621 && c <= 0x06d3) return word.replace(MARKS, '').replace(ARABIC_VARIANT, (v) => ARABIC_FOLD[v] ?? v);
  if (c < 0x0250 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x0400 && c <= 0x045f))
    return word.normalize('NFD').replace(MARKS, '').toLowerCase();
  return word;
}

/** The normalised text of a term when the shortcut applies, else undefined (use the full path). */
export function plainTermText(term: string): string | undefined {
  if (!TERM.test(term) || SINGLES.test(term) || term.normalize('NFKC') !== term) return undefined;
  return FOLDS.test(term) ? term.replace(WORDS, foldWord) : term;
}

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
 * - Devanagari, Thai, Han, Hangul: unchanged (no case, and NFKC already holds);
 * - Kana (alone or mixed with Han in one word, as Japanese is written), Bengali, Myanmar, Khmer, Ethiopic:
 *   unchanged too. These scripts have no case and nothing in them is folded by table; the Khmer invisibles
 *   (U+17B4, U+17B5, removed by the full path) and the katakana middle dot (a separator) are left out. Added
 *   with the pack terms of ja/bn/my/km/am, which would otherwise all take the full path at first compile.
 * - Lao, Sinhala, Tamil (uncased, nothing folded by table) unchanged too, and Cyrillic beyond U+045F (Ukrainian ґ,
 *   Kazakh ә ғ қ ң ө ұ ү һ, Uzbek ҳ, Mongolian ө ү) decomposed and lower-cased like the basic block; added with the
 *   session-3 terms of lo/si/ta/uk/kk/uz/mn. Lao ຳ ໜ ໝ change under NFKC, so terms holding them stay on the full
 *   path unless written NFKC-normalised (as the pack does).
 * term-shortcut.test.ts checks every letter of these classes, and random terms, against the full path.
 */
import { ARABIC_FOLD } from './fold-tables';

const LATIN =
  'a-zA-Z\\u00c0-\\u00d6\\u00d9-\\u00f6\\u00f9-\\u010f\\u0112-\\u0130\\u0132-\\u0140\\u0143-\\u01fd\\u0200-\\u024f\\u1e00-\\u1eff';
/** Cyrillic letters, without U+0482 (thousands sign) and U+0483-U+0489 (combining marks). */
const CYRILLIC = '\\u0400-\\u0481\\u048a-\\u04ff';
const ARABIC_LETTER = '\\u0621-\\u063a\\u0641-\\u064a\\u0671-\\u06d3';
const ARABIC_MARK = '\\u064b-\\u0652\\u0670';
const DEVANAGARI_LETTER = '\\u0904-\\u0939\\u093d\\u0950\\u0960\\u0961\\u0972-\\u097f';
const DEVANAGARI_MARK = '\\u0900-\\u0903\\u093a-\\u093c\\u093e-\\u094f\\u0951-\\u0957\\u0962\\u0963';
const THAI_LETTER = '\\u0e01-\\u0e30\\u0e32\\u0e33\\u0e40-\\u0e46';
const THAI_MARK = '\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e';
const HAN = '\\u4e00-\\u9fff';
const HANGUL = '\\uac00-\\ud7a3';
/** Hiragana, katakana and the prolonged sound mark; not the middle dot U+30FB (a joinSpaced separator). */
const KANA = '\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc';
/** Letters and marks of the uncased scripts below (a word starts with a letter: the full path folds a mark
 * that follows a space into that space). Marks: Bengali, Myanmar and Khmer vowel signs, viramas; Ethiopic. */
const BENGALI_LETTER =
  '\\u0985-\\u098c\\u098f\\u0990\\u0993-\\u09a8\\u09aa-\\u09b0\\u09b2\\u09b6-\\u09b9\\u09bd\\u09ce\\u09dc\\u09dd\\u09df-\\u09e1';
const BENGALI_MARK = '\\u0981-\\u0983\\u09bc\\u09be-\\u09c4\\u09c7\\u09c8\\u09cb-\\u09cd\\u09d7\\u09e2\\u09e3';
/** Myanmar without its digits and punctuation. */
const MYANMAR_LETTER = '\\u1000-\\u102a\\u103f\\u1050-\\u1055\\u105a-\\u105d\\u1061\\u1065\\u1066\\u106e-\\u1070\\u1075-\\u1081\\u108e';
const MYANMAR_MARK =
  '\\u102b-\\u103e\\u1056-\\u1059\\u105e-\\u1060\\u1062-\\u1064\\u1067-\\u106d\\u1071-\\u1074\\u1082-\\u108d\\u108f\\u109a-\\u109d';
/** Khmer without the invisible U+17B4/U+17B5, punctuation, the riel sign and digits. */
const KHMER_LETTER = '\\u1780-\\u17b3';
const KHMER_MARK = '\\u17b6-\\u17d3\\u17dd';
/** Ethiopic syllables (assigned ones) and combining marks, without its punctuation and numbers. */
const ETHIOPIC_LETTER =
  '\\u1200-\\u1248\\u124a-\\u124d\\u1250-\\u1256\\u1258\\u125a-\\u125d\\u1260-\\u1288\\u128a-\\u128d\\u1290-\\u12b0\\u12b2-\\u12b5\\u12b8-\\u12be\\u12c0\\u12c2-\\u12c5\\u12c8-\\u12d6\\u12d8-\\u1310\\u1312-\\u1315\\u1318-\\u135a\\u1380-\\u138f';
const ETHIOPIC_MARK = '\\u135d-\\u135f';
/** Lao letters (with the repetition mark ໆ) and vowel signs/tones; not its digits, ຯ, or the NFKC-changing ຳ ໜ ໝ. */
const LAO_LETTER = '\\u0e81\\u0e82\\u0e84\\u0e86-\\u0e8a\\u0e8c-\\u0ea3\\u0ea5\\u0ea7-\\u0eb0\\u0eb2\\u0ebd\\u0ec0-\\u0ec4\\u0ec6';
const LAO_MARK = '\\u0eb1\\u0eb4-\\u0ebc\\u0ec8-\\u0ece';
/** Sinhala letters and signs (the ZWJ of its conjuncts is removed by the full path, so it stays on that path). */
const SINHALA_LETTER = '\\u0d85-\\u0d96\\u0d9a-\\u0db1\\u0db3-\\u0dbb\\u0dbd\\u0dc0-\\u0dc6';
const SINHALA_MARK = '\\u0d81-\\u0d83\\u0dca\\u0dcf-\\u0dd4\\u0dd6\\u0dd8-\\u0ddf\\u0df2\\u0df3';
/** Tamil letters and signs, without its digits, number and currency signs. */
const TAMIL_LETTER =
  '\\u0b85-\\u0b8a\\u0b8e-\\u0b90\\u0b92-\\u0b95\\u0b99\\u0b9a\\u0b9c\\u0b9e\\u0b9f\\u0ba3\\u0ba4\\u0ba8-\\u0baa\\u0bae-\\u0bb9\\u0bd0';
const TAMIL_MARK = '\\u0b82\\u0b83\\u0bbe-\\u0bc2\\u0bc6-\\u0bc8\\u0bca-\\u0bcd\\u0bd7';

/** The letter classes, for the tests. */
export const SHORTCUT_CLASSES = {
  LATIN,
  CYRILLIC,
  ARABIC_LETTER,
  ARABIC_MARK,
  DEVANAGARI_LETTER,
  DEVANAGARI_MARK,
  THAI_LETTER,
  THAI_MARK,
  KANA,
  BENGALI_LETTER,
  BENGALI_MARK,
  MYANMAR_LETTER,
  MYANMAR_MARK,
  KHMER_LETTER,
  KHMER_MARK,
  ETHIOPIC_LETTER,
  ETHIOPIC_MARK,
  LAO_LETTER,
  LAO_MARK,
  SINHALA_LETTER,
  SINHALA_MARK,
  TAMIL_LETTER,
  TAMIL_MARK,
};

const WORD = [
  `[${LATIN}]+`,
  `[${CYRILLIC}]+`,
  `[${ARABIC_LETTER}][${ARABIC_LETTER}${ARABIC_MARK}]*`,
  `[${DEVANAGARI_LETTER}][${DEVANAGARI_LETTER}${DEVANAGARI_MARK}]*`,
  `[${THAI_LETTER}][${THAI_LETTER}${THAI_MARK}]*`,
  `[${HAN}${KANA}]+`,
  `[${HANGUL}]+`,
  `[${BENGALI_LETTER}][${BENGALI_LETTER}${BENGALI_MARK}]*`,
  `[${MYANMAR_LETTER}][${MYANMAR_LETTER}${MYANMAR_MARK}]*`,
  `[${KHMER_LETTER}][${KHMER_LETTER}${KHMER_MARK}]*`,
  `[${ETHIOPIC_LETTER}][${ETHIOPIC_LETTER}${ETHIOPIC_MARK}]*`,
  `[${LAO_LETTER}][${LAO_LETTER}${LAO_MARK}]*`,
  `[${SINHALA_LETTER}][${SINHALA_LETTER}${SINHALA_MARK}]*`,
  `[${TAMIL_LETTER}][${TAMIL_LETTER}${TAMIL_MARK}]*`,
].join('|');
const TERM = new RegExp(`^(?:${WORD})(?:[ -](?:${WORD}))*$`);
/**
 * Two single-character words in a row: the full path may join them as spaced-out letters
 * (normalize.ts joinSpaced). Tested with combining marks removed, since a letter with a haraka (اّ) is one
 * letter once the full path has folded the haraka away (found by the random-terms property below).
 */
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
  if (c < 0x0250 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x0400 && c <= 0x04ff))
    return word.normalize('NFD').replace(MARKS, '').toLowerCase();
  return word;
}

/** The normalised text of a term when the shortcut applies, else undefined (use the full path). */
export function plainTermText(term: string): string | undefined {
  if (!TERM.test(term) || SINGLES.test(term.replace(MARKS, '')) || term.normalize('NFKC') !== term) return undefined;
  return FOLDS.test(term) ? term.replace(WORDS, foldWord) : term;
}

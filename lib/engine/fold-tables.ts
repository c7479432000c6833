/**
 * Character folds of the normaliser (normalize.ts) that Unicode normalisation does not do, shared with the
 * pack-term shortcut (term-shortcut.ts), which must fold exactly the same way.
 */

/** Typographic quotes and dashes to ASCII; Latin letters without a decomposition to their base. */
export const PUNCT_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u02bc': "'",
  '\u02bb': "'", // Uzbek Latin oʻ/gʻ (the official turned comma) read as the o'/g' people type
  '\u00b4': "'",
  '\u0060': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u30fc': '\u30fc',
  '\u0111': 'd', // Vietnamese đ has no decomposition
  '\u0110': 'd',
  '\u00f8': 'o',
  '\u00d8': 'o',
  '\u0142': 'l',
  '\u0141': 'l',
  '\u0131': 'i',
  '\u0640': '', // Arabic tatweel (kashida) only stretches words
};

/** Arabic letter variants that search engines unify (alef forms, alef maqsura, teh marbuta; Persian yeh/kaf). */
export const ARABIC_FOLD: Record<string, string> = {
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0649': '\u064a',
  '\u06cc': '\u064a',
  '\u0629': '\u0647',
  '\u06a9': '\u0643',
};

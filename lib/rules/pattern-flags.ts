/**
 * Flags every pack regex runs with (lib/engine/compile.ts) and is checked with (regex-safety.ts). No "i":
 * the text is already lower-cased by the normaliser, and redos-detector cannot analyse "i" together with
 * "u". A file of its own so the page side (compile) does not pull in the ReDoS analysis.
 */
export const PATTERN_FLAGS = 'gu';

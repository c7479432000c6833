/**
 * Text normalisation that defeats the usual evasions (issue 3 "Languages and evasions") while keeping an
 * exact map back to the ORIGINAL text, so every evidence span points at what the user actually sees.
 *
 * Two views of the same length come out:
 * - `text` (N): NFKC, lower case, diacritics removed on Latin/Greek/Cyrillic letters (unaccented typing is
 *   common in vi/pt/fr SMS), Arabic letter variants unified and harakat dropped, zero-width and bidi
 *   controls removed, typographic quotes/dashes made ASCII, white space collapsed to one space, emoji
 *   used as separators removed, spaced or dotted words joined ("T e l e g r a m", "c.u.s.t.o.m.e.r"),
 *   and Cyrillic/Greek lookalikes folded into the majority script of a mixed word ("Теlеgram").
 *   Pack regexes and entity detectors run on N, so real numbers and amounts are intact.
 * - `match` (M): N with leetspeak folded inside words that start with a Latin letter ("fr33" → "free",
 *   "t3legram" → "telegram") and "l" merged with "i" (so "te1egram" and "telegram" meet). Only the
 *   literal-term automaton reads M; pack terms go through the same function, so they meet it halfway.
 */
import { CharClass, charClass, isCyrillic, isGreek, isHangul, isLatinLetter, isMark, isWordChar } from './chars';
import { ARABIC_FOLD, PUNCT_FOLD } from './fold-tables';
import { plainTermText } from './term-shortcut';

export interface Normalized {
  /** N: the normalised text. */
  text: string;
  /** M: the matching view, same length as `text`. */
  match: string;
  /** For each UTF-16 unit of `text`: start (inclusive) of the original range it came from. */
  start: Int32Array;
  /** For each UTF-16 unit of `text`: end (exclusive) of the original range it came from. */
  end: Int32Array;
}

/** Private-use placeholder for an emoji between phase 1 and phase 2. */
const EMOJI = 0xe000;
const SPACE = 0x20;

class Builder {
  units: Uint16Array;
  s: Int32Array;
  e: Int32Array;
  n = 0;
  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.units = new Uint16Array(cap);
    this.s = new Int32Array(cap);
    this.e = new Int32Array(cap);
  }
  /** Empties the builder for reuse, making room for `capacity` units. */
  reset(capacity: number): this {
    this.n = 0;
    if (this.units.length < capacity || this.units.length > Math.max(4096, capacity * 8)) {
      const cap = Math.max(16, capacity);
      this.units = new Uint16Array(cap);
      this.s = new Int32Array(cap);
      this.e = new Int32Array(cap);
    }
    return this;
  }
  /** Makes room for `count` more units. */
  reserve(count: number): void {
    while (this.n + count > this.units.length) this.grow();
  }
  push(unit: number, start: number, end: number): void {
    if (this.n === this.units.length) this.grow();
    this.units[this.n] = unit;
    this.s[this.n] = start;
    this.e[this.n] = end;
    this.n++;
  }
  last(): number {
    return this.n ? this.units[this.n - 1]! : -1;
  }
  private grow(): void {
    const cap = this.units.length * 2;
    const u = new Uint16Array(cap);
    u.set(this.units);
    const s = new Int32Array(cap);
    s.set(this.s);
    const e = new Int32Array(cap);
    e.set(this.e);
    this.units = u;
    this.s = s;
    this.e = e;
  }
}

/** UTF-16 units → string: one native decode for long runs, a few units per call for short ones. */
const UTF16 = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le') : undefined;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function unitsToString(u: Uint16Array, n: number, candidate?: string): string {
  // Most texts come out of normalisation as the input itself, or its lower case: compare, don't build.
  if (candidate !== undefined && candidate.length === n) {
    let k = 0;
    while (k < n && candidate.charCodeAt(k) === u[k]) k++;
    if (k === n) return candidate;
  }
  // The normalised views hold no lone surrogates (phase 1 turns them into U+FFFD), so decoding is exact.
  if (n > 64 && UTF16 && LITTLE_ENDIAN) return UTF16.decode(u.subarray(0, n));
  // Short strings (pack terms, chat messages): fromCharCode in fours beats apply() on a typed array,
  // most of all in the cold code of the first pack compile.
  let out = '';
  let i = 0;
  for (; i + 4 <= n; i += 4) out += String.fromCharCode(u[i]!, u[i + 1]!, u[i + 2]!, u[i + 3]!);
  for (; i < n; i++) out += String.fromCharCode(u[i]!);
  return out;
}

// Scratch builders, reused across calls: normalize() is synchronous and not re-entrant, and reuse keeps
// the garbage collector out of the per-message path.
const scratchA = new Builder(256);
const scratchB = new Builder(256);
const scratchC = new Builder(256);

// ---------------------------------------------------------------------------------------------------
// Phase 1: per-cluster folding (a base character and the combining marks that follow it).

/** Format characters that render as nothing: zero-width spaces/joiners, bidi controls, soft hyphen… */
const INVISIBLE_CLASS =
  '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff\\u{e0000}-\\u{e0fff}';
const INVISIBLE = new RegExp(`^[${INVISIBLE_CLASS}]+$`, 'u');
const INVISIBLE_ANY = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');
// The class is tested against the first code point of a cluster only; skin-tone modifiers alone count too.
const EMOJI_RE = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1f3fb}-\u{1f3ff}]|\u20e3)/u;
const MARKS = /\p{M}/gu;
const STRIP_MARKS_SCRIPT = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const ARABIC = /^\p{Script=Arabic}/u;

const clusterCache = new Map<string, string>();
/** Folded form of each single code unit, filled on first use. */
const singleFold: Array<string | undefined> = new Array(65536);
const CACHE_MAX = 4096;

/** A class of the characters of a table, for one regex test instead of a callback per character. */
function classOf(table: Record<string, string>): string {
  return `[${Object.keys(table)
    .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
    .join('')}]`;
}
const PUNCT_ANY = new RegExp(classOf(PUNCT_FOLD), 'u');
const PUNCT_ALL = new RegExp(classOf(PUNCT_FOLD), 'gu');
const ARABIC_ANY = new RegExp(classOf(ARABIC_FOLD), 'u');
const ARABIC_ALL = new RegExp(classOf(ARABIC_FOLD), 'gu');
/** Anything the last clean-up step of foldCluster would change. */
const CLEANUP_ANY = new RegExp(`[${INVISIBLE_CLASS}\\s\\p{Cc}]`, 'u');

/** Whether a cluster starting with this code point can be all invisible (INVISIBLE_CLASS, by first character). */
export function mayBeInvisible(cp: number): boolean {
  if (cp < 0x2000)
    return (
      cp === 0xad ||
      cp === 0x34f ||
      cp === 0x61c ||
      cp === 0x115f ||
      cp === 0x1160 ||
      cp === 0x17b4 ||
      cp === 0x17b5 ||
      (cp >= 0x180b && cp <= 0x180f)
    );
  return (cp >= 0x200b && cp <= 0x206f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || cp >= 0xe0000;
}

/**
 * Whether EMOJI_RE can match a cluster starting with this code point: the blocks of letters in between
 * (U+0300–U+203B and U+3300–U+DFFF) hold no pictograph, so most letters skip that regex (normalize.test.ts
 * checks every code unit).
 */
export function mayBeEmoji(cp: number): boolean {
  return cp < 0x300 || (cp >= 0x203c && cp < 0x3300) || cp >= 0xe000;
}

/** Folds one non-ASCII cluster; returns "\uE000" for an emoji, " " for white space, "" for invisibles. */
export function foldCluster(cluster: string): string {
  if (cluster.length === 1) {
    const c = cluster.charCodeAt(0);
    // Han and Hangul syllables are already NFKC and caseless: the hot path for zh/ko text.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3)) return cluster;
  }
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  let out: string;
  const first = cluster.codePointAt(0)!;
  // Each regex below is skipped when the first code point rules it out: the first pack compile folds
  // about two thousand clusters in cold code, and most of them are plain letters.
  if (first >= 0xd800 && first <= 0xdfff)
    out = '\ufffd'; // lone surrogate
  else if (mayBeInvisible(first) && INVISIBLE.test(cluster)) out = '';
  else if (mayBeEmoji(first) && EMOJI_RE.test(cluster)) out = String.fromCharCode(EMOJI);
  else if (first >= 0xe000 && first <= 0xf8ff)
    out = String.fromCharCode(EMOJI); // private use: treat as a symbol
  else if (charClass(cluster.charCodeAt(0)) === CharClass.Space) out = ' ';
  else {
    const punct = PUNCT_FOLD[cluster];
    if (punct !== undefined) out = punct;
    else {
      const k = cluster.normalize('NFKC');
      if (STRIP_MARKS_SCRIPT.test(k)) out = k.normalize('NFD').replace(MARKS, '').toLowerCase();
      else if (ARABIC.test(k)) {
        out = k.replace(MARKS, '');
        if (ARABIC_ANY.test(out)) out = out.replace(ARABIC_ALL, (c) => ARABIC_FOLD[c] ?? c);
      } else out = k.toLowerCase();
      // NFKC can turn one symbol into text that itself needs folding (e.g. "℡" → "TEL", fullwidth "＄").
      if (PUNCT_ANY.test(out)) out = out.replace(PUNCT_ALL, (c) => PUNCT_FOLD[c] ?? c);
      // Invisibles carried inside a cluster (a joiner after a letter) go; controls become one space.
      if (CLEANUP_ANY.test(out)) out = out.replace(INVISIBLE_ANY, '').replace(/[\s\p{Cc}]+/gu, ' ');
    }
  }
  if (clusterCache.size >= CACHE_MAX) clusterCache.clear();
  clusterCache.set(cluster, out);
  return out;
}

function isMarkOrJoiner(c: number): boolean {
  // Combining marks, ZWJ and variation selectors stay with their base (emoji sequences, Indic conjuncts).
  if (c < 0x300) return false;
  if (c === 0x200d || (c >= 0xfe00 && c <= 0xfe0f)) return true;
  return isMark(c);
}

/** Phase 1 on one ASCII unit (no mark after it): lower case, controls and spaces to one space, ` to '. */
const ASCII_FOLD = new Int32Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 32 : c <= 0x20 || c === 0x7f ? SPACE : c === 0x60 ? 0x27 : c;

// Set by phase1 for the passes after it, which are skipped when they cannot change anything (most
// texts have no emoji and no Greek/Cyrillic letter).
let sawEmoji = false;
let sawGreekCyrillic = false;

function noteUnit(u: number): void {
  if (u === EMOJI) sawEmoji = true;
  else if (u >= 0x370 && u <= 0x52f) sawGreekCyrillic = true;
}

function phase1(src: string, out: Builder): void {
  const len = src.length;
  let i = 0;
  sawEmoji = false;
  sawGreekCyrillic = false;
  while (i < len) {
    let c = src.charCodeAt(i);
    if (c < 0x80) {
      // A run of ASCII, each unit read once and written straight into the builder's arrays (the per-unit
      // rules below); it stops before a unit followed by a combining mark or joiner, which the general
      // path takes as a cluster. This loop is most of the work on real text.
      out.reserve(len - i);
      const units = out.units;
      const s = out.s;
      const e = out.e;
      let n = out.n;
      let last = n ? units[n - 1]! : -1;
      while (c < 0x80) {
        const next = i + 1 < len ? src.charCodeAt(i + 1) : 0;
        if (next >= 0x300 && isMarkOrJoiner(next)) break;
        let v = ASCII_FOLD[c]!;
        if (v === SPACE && last === SPACE) v = -1;
        if (v !== -1) {
          units[n] = v;
          s[n] = i;
          e[n] = i + 1;
          n++;
          last = v;
        }
        i++;
        if (i >= len) break;
        c = next;
      }
      out.n = n;
      if (i >= len) break;
      c = src.charCodeAt(i);
    }
    if (c < 0x80) {
      let j = i + 1;
      // An ASCII base can still carry combining marks ("e\u0301").
      if (j < len && src.charCodeAt(j) >= 0x300 && isMarkOrJoiner(src.charCodeAt(j))) {
        while (j < len && isMarkOrJoiner(src.charCodeAt(j))) j++;
        emit(out, foldCluster(src.slice(i, j)), i, j);
        i = j;
        continue;
      }
      if (c >= 0x41 && c <= 0x5a) out.push(c + 32, i, j);
      else if (c <= 0x20 || c === 0x7f) {
        if (out.last() !== SPACE) out.push(SPACE, i, j);
      } else if (c === 0x60) out.push(0x27, i, j);
      else out.push(c, i, j);
      i = j;
      continue;
    }
    let j = i + 1;
    // Single code unit with no mark after it (most non-Latin text): a per-unit table, no string slicing.
    if ((c < 0xd800 || c > 0xdfff) && (j >= len || !isMarkOrJoiner(src.charCodeAt(j)))) {
      let f = singleFold[c];
      if (f === undefined) {
        f = foldCluster(String.fromCharCode(c));
        singleFold[c] = f;
      }
      if (f.length === 1 && f.charCodeAt(0) === c) {
        noteUnit(c);
        if (c !== EMOJI || out.last() !== EMOJI) out.push(c, i, j);
        else out.e[out.n - 1] = j;
      } else emit(out, f, i, j);
      i = j;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && j < len) {
      const d = src.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < len && isMarkOrJoiner(src.charCodeAt(j))) {
      j++;
      // ZWJ emoji sequences: keep the joined pictograph in the same cluster.
      if (src.charCodeAt(j - 1) === 0x200d && j < len) {
        const d = src.charCodeAt(j);
        j += d >= 0xd800 && d <= 0xdbff && j + 1 < len ? 2 : 1;
      }
    }
    emit(out, foldCluster(src.slice(i, j)), i, j);
    i = j;
  }
}

function emit(out: Builder, folded: string, start: number, end: number): void {
  for (let k = 0; k < folded.length; k++) {
    const u = folded.charCodeAt(k);
    if (u >= 0x370) noteUnit(u);
    if (u === SPACE && out.last() === SPACE) continue;
    if (u === EMOJI && out.last() === EMOJI) {
      out.e[out.n - 1] = end;
      continue;
    }
    out.push(u, start, end);
  }
}

// ---------------------------------------------------------------------------------------------------
// Phase 2: emoji separators, spaced/dotted words, homoglyphs.

/** Emoji directly between two word characters is a separator inside a word ("Tele🔥gram"): drop it; elsewhere it is a space. */
function resolveEmoji(a: Builder, out: Builder): void {
  for (let i = 0; i < a.n; i++) {
    const u = a.units[i]!;
    if (u === EMOJI) {
      const prev = out.last();
      const next = i + 1 < a.n ? a.units[i + 1]! : -1;
      if (prev >= 0 && next >= 0 && isWordChar(prev) && isWordChar(next)) continue;
      if (prev !== SPACE && next !== SPACE && prev >= 0) out.push(SPACE, a.s[i]!, a.e[i]!);
      continue;
    }
    if (u === SPACE && (out.n === 0 || out.last() === SPACE)) continue;
    out.push(u, a.s[i]!, a.e[i]!);
  }
}

const SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2f, 0x7c, 0x2b, 0x7e, 0x2c, 0x2022, 0x30fb]);

function singleAt(u: Uint16Array, n: number, k: number): boolean {
  if (k < 0 || k >= n || !isWordUnit(u[k]!)) return false;
  if (k > 0 && isWordUnit(u[k - 1]!)) return false;
  if (k + 1 < n && isWordUnit(u[k + 1]!)) return false;
  return true;
}

/**
 * Joins runs of single letters separated by 1–3 separator characters: "T e l e g r a m",
 * "c.u.s.t.o.m.e.r", "W-h-a-t-s-A-p-p", with the same separator all along. Four letters at least (three for Han/Thai, which never space
 * single characters in normal writing), so "U.S.A." and "e.g." stay as they are.
 */
/** isWordChar per code unit, cached: 0 not yet known, 1 a word unit, 2 not (ASCII filled at load). */
const WORD_UNIT = new Uint8Array(65536);
for (let c = 0; c < 0x80; c++) WORD_UNIT[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 2;

function isWordUnit(c: number): boolean {
  let k = WORD_UNIT[c]!;
  if (k === 0) {
    k = isWordChar(c) ? 1 : 2;
    WORD_UNIT[c] = k;
  }
  return k === 1;
}

const lettersScratch: number[] = [];

/** Returns `a` itself when nothing is joined (the common case), else `out`. */
function joinSpaced(a: Builder, out: Builder): Builder {
  const u = a.units;
  const n = a.n;
  let drop: Uint8Array | undefined;
  let i = 0;
  while (i < n) {
    // Skip to the next run of word units; a run longer than one unit is no single letter.
    if (!isWordUnit(u[i]!)) {
      i++;
      continue;
    }
    if (i + 1 < n && isWordUnit(u[i + 1]!)) {
      i += 2;
      while (i < n && isWordUnit(u[i]!)) i++;
      continue;
    }
    // A single letter: collect the run of single letters that follows it (reused scratch, no allocation:
    // "a" and "I" are everywhere in English).
    const letters = lettersScratch;
    letters.length = 0;
    letters.push(i);
    let j = i + 1;
    let sepStart = 0;
    let sepLen = 0;
    for (;;) {
      let k = j;
      while (k < n && k - j < 3 && SEPARATORS.has(u[k]!)) k++;
      const len = k - j;
      // The same separator all along: "U.S.A. e.g." is two runs, not one.
      if (letters.length === 1) {
        sepStart = j;
        sepLen = len;
      }
      let same = len === sepLen;
      for (let t = 0; same && t < len; t++) same = u[j + t] === u[sepStart + t];
      if (len > 0 && same && singleAt(u, n, k)) {
        letters.push(k);
        j = k + 1;
      } else break;
    }
    const unspaced = charClass(u[i]!) === CharClass.UnspacedLetter;
    if (letters.length >= (unspaced ? 3 : 4)) {
      drop ??= new Uint8Array(n);
      for (let m = 0; m + 1 < letters.length; m++) for (let k = letters[m]! + 1; k < letters[m + 1]!; k++) drop[k] = 1;
    }
    // Past the last single letter of the run: the unit after it is not a word unit.
    i = letters[letters.length - 1]! + 1;
  }
  if (!drop) return a;
  for (let k = 0; k < n; k++) if (!drop[k]) out.push(u[k]!, a.s[k]!, a.e[k]!);
  return out;
}

// Lookalikes after lower-casing (Unicode confusables, the subset used in evasion).
const CYR_TO_LAT: Record<number, number> = mapOf({
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ь: 'b',
  п: 'n',
  г: 'r',
  и: 'u',
  ш: 'w',
});
const GRK_TO_LAT: Record<number, number> = mapOf({
  α: 'a',
  β: 'b',
  γ: 'y',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  μ: 'u',
  ς: 'c',
  σ: 'o',
});
const LAT_TO_CYR: Record<number, number> = mapOf({
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
  i: 'і',
  u: 'и',
  n: 'п',
  r: 'г',
});

function mapOf(pairs: Record<string, string>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const [k, v] of Object.entries(pairs)) out[k.charCodeAt(0)] = v.charCodeAt(0);
  return out;
}

/** In a word mixing Latin with Cyrillic/Greek letters, fold the lookalikes into the majority script. */
function foldHomoglyphs(b: Builder): void {
  const u = b.units;
  let i = 0;
  while (i < b.n) {
    if (!isWordChar(u[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let lat = 0;
    let cyr = 0;
    let grk = 0;
    while (j < b.n && isWordChar(u[j]!)) {
      const c = u[j]!;
      if (isLatinLetter(c)) lat++;
      else if (isCyrillic(c)) cyr++;
      else if (isGreek(c)) grk++;
      j++;
    }
    if (lat > 0 && (cyr > 0 || grk > 0)) {
      const toCyr = cyr > lat + grk;
      for (let k = i; k < j; k++) {
        const c = u[k]!;
        const m = toCyr
          ? isLatinLetter(c)
            ? LAT_TO_CYR[c]
            : undefined
          : isCyrillic(c)
            ? CYR_TO_LAT[c]
            : isGreek(c)
              ? GRK_TO_LAT[c]
              : undefined;
        if (m !== undefined) u[k] = m;
      }
    } else if (cyr > 0 && grk > 0) {
      for (let k = i; k < j; k++) {
        const m = isGreek(u[k]!) ? GRK_TO_LAT[u[k]!] : undefined;
        if (m !== undefined) u[k] = LAT_TO_CYR[m] ?? u[k]!;
      }
    }
    i = j;
  }
}

// ---------------------------------------------------------------------------------------------------
// The matching view.

const LEET: Record<number, number> = mapOf({ '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' });
const LEET_TABLE = new Uint16Array(0x41);
for (const [k, v] of Object.entries(LEET)) LEET_TABLE[Number(k)] = v;
const L = 0x6c;
const I = 0x69;

/** Scratch for the matching view (copied out as a string at once). */
let matchScratch = new Uint16Array(256);

/**
 * Leetspeak only inside a token that starts with a Latin letter, so numbers and amounts ("300", "500usdt",
 * "3pm") keep their digits; "@" and "$" only between two letters ("cl@im", "ca$h"), so "@handle" and
 * "$300" keep theirs. And "l" becomes "i" everywhere, so that "1" (read as i or l) meets both.
 * Returns a scratch array, valid until the next call.
 */
function matchView(u: Uint16Array, n: number): Uint16Array {
  if (matchScratch.length < n) matchScratch = new Uint16Array(Math.max(n, matchScratch.length * 2));
  const m = matchScratch;
  let i = 0;
  while (i < n) {
    const c = u[i]!;
    if (!isLatinLetter(c)) {
      m[i] = c === L ? I : c;
      i++;
      continue;
    }
    // Token: Latin letters, digits, and @/$ between letters.
    let j = i;
    while (j < n) {
      const d = u[j]!;
      if (isLatinLetter(d)) m[j] = d === L ? I : d >= 0x41 && d <= 0x5a ? d + 32 : d;
      else if (d >= 0x30 && d <= 0x39) m[j] = LEET_TABLE[d]! || d;
      else if ((d === 0x40 || d === 0x24) && j + 1 < n && isLatinLetter(u[j + 1]!) && isLatinLetter(u[j - 1]!)) m[j] = LEET_TABLE[d]!;
      else break;
      j++;
    }
    i = j;
  }
  return m;
}

/**
 * Where matchView can change more than "l": a digit right after a Latin letter (a token that starts with a
 * letter and reaches a digit always has one), "@"/"$" between two Latin letters, or an upper-case letter.
 * Latin letters here are exactly isLatinLetter's.
 */
const LATIN = 'a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
const LEET_CANDIDATE = new RegExp(`[${LATIN}][0-9]|[${LATIN}][@$][${LATIN}]|[A-Z]`);

/** LEET_CANDIDATE without upper case, global: the places leetspeak applies. */
const LEET_AT = new RegExp(`[${LATIN}][0-9]|[${LATIN}][@$][${LATIN}]`, 'g');
/** Long texts fold leetspeak token by token (see leetPatched); short ones unit by unit (matchView). */
const PATCH_FROM = 256;
const UPPER = /[A-Z]/;

/** Whether unit k of u belongs to a matchView token: a Latin letter, a digit, or @/$ between letters. */
function inToken(u: Uint16Array, n: number, k: number): boolean {
  const c = u[k]!;
  if (isLatinLetter(c) || (c >= 0x30 && c <= 0x39)) return true;
  return (c === 0x40 || c === 0x24) && k > 0 && k + 1 < n && isLatinLetter(u[k - 1]!) && isLatinLetter(u[k + 1]!);
}

/**
 * matchView on a long text, by patches: the text with "l" made "i" natively, then each token where
 * leetspeak applies folded as matchView folds it. A token is the run of token units from its first Latin
 * letter (matchView skips digits before one), so the run around each place LEET_AT finds is enough. A
 * posting has a handful of such tokens ("b2b", "h1b") among a thousand words.
 */
function leetPatched(text: string, u: Uint16Array, n: number): string {
  const base = text.includes('l') ? text.replaceAll('l', 'i') : text;
  let out = '';
  let done = 0;
  LEET_AT.lastIndex = 0;
  for (let m = LEET_AT.exec(text); m; m = LEET_AT.exec(text)) {
    const at = m.index;
    let start = at;
    while (start > 0 && inToken(u, n, start - 1)) start--;
    while (!isLatinLetter(u[start]!)) start++;
    let end = at + 1;
    while (end < n && inToken(u, n, end)) end++;
    let folded = '';
    for (let k = start; k < end; k++) {
      const d = u[k]!;
      const f = isLatinLetter(d) ? (d === L ? I : d >= 0x41 && d <= 0x5a ? d + 32 : d) : LEET_TABLE[d]! || d;
      folded += String.fromCharCode(f);
    }
    out += base.slice(done, start) + folded;
    done = end;
    // The next place is past this token (each token is folded once).
    LEET_AT.lastIndex = end;
  }
  return done === 0 ? base : out + base.slice(done);
}

/**
 * The matching view as a string. Where no leetspeak can apply it is the text with "l" made "i" (see
 * matchView), done natively: most pack terms (the first compile does not walk them unit by unit) and
 * most postings, whose digits stand alone ("5 years", "$300").
 */
function matchString(text: string, u: Uint16Array, n: number): string {
  // A long text without upper case skips the LEET_CANDIDATE pass: leetPatched finds no LEET_AT place
  // exactly when LEET_CANDIDATE fails (upper case aside) and then returns the same "l"→"i" text, so the
  // result is identical with one full-text regex pass fewer (profiled: ~3% of a 5 KB posting).
  if (n >= PATCH_FROM) return UPPER.test(text) ? unitsToString(matchView(u, n), n, text) : leetPatched(text, u, n);
  if (!LEET_CANDIDATE.test(text)) return text.includes('l') ? text.replaceAll('l', 'i') : text;
  return unitsToString(matchView(u, n), n, text);
}

/** Phase 1 and the emoji pass: the units before joining and homoglyph folding (scratch, until the next call). */
function fold(src: string): Builder {
  const a = scratchA.reset(src.length + 8);
  phase1(src, a);
  if (sawEmoji || (a.n && a.units[0] === SPACE)) {
    const b = scratchB.reset(a.n + 8);
    resolveEmoji(a, b);
    return b;
  }
  return a;
}

/** The normalised units (N view) of a text, in a scratch builder valid until the next call. */
function run(src: string): Builder {
  const b = fold(src);
  const c = joinSpaced(b, scratchC.reset(b.n + 8));
  if (sawGreekCyrillic) foldHomoglyphs(c);
  return c;
}

/** Normalises text; never throws (any string, including lone surrogates and binary noise). */
export function normalize(src: string): Normalized {
  const c = run(src);
  const text = unitsToString(c.units, c.n, c.n === src.length ? src.toLowerCase() : undefined);
  return { text, match: matchString(text, c.units, c.n), start: c.s.slice(0, c.n), end: c.e.slice(0, c.n) };
}

/** Maps a span of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: n.start[start] ?? 0, end: n.start[start] ?? 0 };
  return { start: n.start[start]!, end: n.end[end - 1]! };
}

/** Normalises a pack term or anchor the way text is, for the automaton (the M view, trimmed). */
export function normalizeTerm(term: string): { text: string; match: string } {
  // Most terms: native string functions give the same text (term-shortcut.ts); the first compile runs
  // in cold code, where the passes below cost ten times more. No digits there, so only "l" changes in
  // the matching view (matchView).
  const plain = plainTermText(term);
  if (plain !== undefined) return { text: plain, match: plain.includes('l') ? plain.replaceAll('l', 'i') : plain };
  const c = run(term);
  const text = unitsToString(c.units, c.n, c.n === term.length ? term : undefined);
  const n = { text, match: matchString(text, c.units, c.n) };
  const lead = n.text.length - n.text.trimStart().length;
  const trail = n.text.length - n.text.trimEnd().length;
  return { text: n.text.slice(lead, n.text.length - trail), match: n.match.slice(lead, n.match.length - trail) };
}

/** Whether a term needs a word boundary on the side of this character (see docs/pack-format.md). */
export function needsBoundary(c: number, side: 'left' | 'right'): boolean {
  const k = charClass(c);
  if (k === CharClass.UnspacedLetter || k === CharClass.Other || k === CharClass.Space) return false;
  if (side === 'right' && isHangul(c)) return false;
  return true;
}

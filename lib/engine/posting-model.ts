/**
 * The pack's posting classifier ("postingModel", docs/pack-format.md "Posting model"): a logistic model
 * over the words and adjacent word pairs of a posting, plus a few structured-field features.
 *
 * Why a model and not more phrases: fraudulent postings on job boards (EMSCAD) are long, ordinary-looking
 * English ads. No single phrase gives them away; what does is many weak cues at once (no company story,
 * "data entry", "work from home", "weekly pay", generic perks, missing requirements). Rules alone found
 * about 7% of them. The weights are data in the pack (MV3 forbids fetched code), trained by
 * tools/train-posting-model.ts on emscad/train only, restricted to lower-case words (no ids, no masked
 * links, no place or company names), so they describe how a scam ad is written, not which ads EMSCAD had.
 *
 * It fires checks "posting-model" (probability ≥ threshold) and "posting-model-strong" (≥ strongThreshold);
 * pack signals decide what those are worth. Evidence spans point at the words that pushed the score up.
 */
import type { PostingModel } from '../rules/schema';
import { type Normalized, toOriginal } from './normalize';
import type { ItemKind, PostingFields, Span } from './types';

export type PostingModelCheck = 'posting-model' | 'posting-model-strong';

export interface PostingModelHit {
  check: PostingModelCheck;
  /** The top contributing features: a word with its span in the ORIGINAL text, or a field feature. */
  evidence: Array<{ text: string; span?: Span }>;
}

export interface PostingRating {
  /** Raw model output in logit units (bias + the weights of the features present). */
  logit: number;
  /** Calibrated probability that the posting is a scam. */
  probability: number;
  /** Present features with a positive weight, strongest first; spans in normalised-text units. */
  contributions: Array<{ feature: string; weight: number; start?: number; end?: number }>;
}

/** A posting's words beyond this count are not read: 5 KB postings have ~900; pasted books must not stall. */
const MAX_TOKENS = 20_000;
const WORD = /\p{L}+/gu;
/** Two words form a pair feature only when nothing but spaces, hyphens, apostrophes or "&"/"/" separate them. */
const PAIR_GAP = /^[\s'&/-]{1,3}$/;

/** Word-feature positions: each feature once, at its first occurrence (start/end in normalised text). */
export function textFeatures(text: string): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  let prev: { word: string; start: number; end: number } | undefined;
  let count = 0;
  for (const m of text.matchAll(WORD)) {
    if (++count > MAX_TOKENS) break;
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    if (!out.has(word)) out.set(word, { start, end });
    if (prev && PAIR_GAP.test(text.slice(prev.end, start))) {
      const pair = `${prev.word} ${word}`;
      if (!out.has(pair)) out.set(pair, { start: prev.start, end });
    }
    prev = { word, start, end };
  }
  return out;
}

/**
 * Structured features (schema.org JobPosting fields a site adapter may know; DOMAIN.md §2). Only facts
 * that are present are features: a page without structured data is neutral, never "suspicious".
 */
export function fieldFeatures(fields: PostingFields | undefined): string[] {
  if (!fields || typeof fields !== 'object') return [];
  const out: string[] = [];
  if (fields.remote === true) out.push('field:remote');
  const s = fields.salary;
  if (s && (typeof s.min === 'number' || typeof s.max === 'number')) {
    out.push('field:salary');
    if (s.unit === 'HOUR' || s.unit === 'DAY') out.push('field:salary-hour-or-day');
  }
  return out;
}

/**
 * The weights, indexed for ratePosting: every word the text features can use gets a number; a posting's
 * ~900 words are then looked up by a hash computed while scanning, in an open-addressing table checked
 * against the text in place (no substring, no Map lookup per word). Word weights by number (NaN = none);
 * pair weights in a table keyed by the two numbers; every feature by name (fields). Built once per pack
 * object (compile once per context).
 */
interface WeightIndex {
  all: ReadonlyMap<string, number>;
  /** Word by number, its hash, and the table: slot → number + 1 (0 = empty); mask = slots − 1. */
  names: readonly string[];
  hashes: Int32Array;
  slots: Int32Array;
  mask: number;
  words: Float64Array;
  /** Pair table: slot → first number + 1 (0 = empty), second number, weight; pairMask = slots − 1. */
  pairFirst: Int32Array;
  pairSecond: Int32Array;
  pairWeight: Float64Array;
  pairMask: number;
  /**
   * Which words and pair slots the current rating has counted: equal to `rating` when counted. A stamp
   * per rating instead of a fresh Set, so that ~900 lookups a posting allocate nothing.
   */
  wordStamp: Int32Array;
  pairStamp: Int32Array;
  rating: number;
  /** Rank of each positive weight, strongest first (equal weights share one), for strongestFirst. */
  rankOf: ReadonlyMap<number, number>;
}

const pairSlot = (first: number, second: number, mask: number): number =>
  (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

const weightTables = new WeakMap<PostingModel, WeightIndex>();

function weightsOf(model: PostingModel): WeightIndex {
  let index = weightTables.get(model);
  if (index) return index;
  const all = new Map(Object.entries(model.weights).filter(([, w]) => Number.isFinite(w) && w !== 0));
  const numbers = new Map<string, number>();
  const id = (word: string) => {
    let n = numbers.get(word);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(word, n);
    }
    return n;
  };
  const wordWeights: Array<[number, number]> = [];
  const pairWeights: Array<[number, number, number]> = [];
  for (const [feature, w] of all) {
    const space = feature.indexOf(' ');
    if (space < 0) wordWeights.push([id(feature), w]);
    else if (space > 0 && space < feature.length - 1 && feature.indexOf(' ', space + 1) < 0)
      pairWeights.push([id(feature.slice(0, space)), id(feature.slice(space + 1)), w]);
  }
  const size = numbers.size;
  const names = [...numbers.keys()];
  const hashes = new Int32Array(size);
  let slotCount = 16;
  while (slotCount < size * 2) slotCount *= 2;
  const slots = new Int32Array(slotCount);
  const mask = slotCount - 1;
  names.forEach((name, n) => {
    const h = hashOf(name);
    hashes[n] = h;
    let slot = h & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = n + 1;
  });
  const words = new Float64Array(size).fill(Number.NaN);
  for (const [n, w] of wordWeights) words[n] = w;
  let pairSlots = 16;
  while (pairSlots < pairWeights.length * 2) pairSlots *= 2;
  const pairFirst = new Int32Array(pairSlots);
  const pairSecond = new Int32Array(pairSlots);
  const pairWeight = new Float64Array(pairSlots);
  const pairMask = pairSlots - 1;
  for (const [a, b, w] of pairWeights) {
    let slot = pairSlot(a, b, pairMask);
    while (pairFirst[slot] !== 0 && !(pairFirst[slot] === a + 1 && pairSecond[slot] === b)) slot = (slot + 1) & pairMask;
    pairFirst[slot] = a + 1;
    pairSecond[slot] = b;
    pairWeight[slot] = w;
  }
  index = {
    all,
    names,
    hashes,
    slots,
    mask,
    words,
    pairFirst,
    pairSecond,
    pairWeight,
    pairMask,
    wordStamp: new Int32Array(size),
    pairStamp: new Int32Array(pairSlots),
    rating: 0,
    rankOf: new Map([...new Set([...all.values()].filter((w) => w > 0))].sort((a, b) => b - a).map((w, rank) => [w, rank] as const)),
  };
  weightTables.set(model, index);
  return index;
}

/** The pair table slot of (first, second), or -1 when the model has no such pair. */
function pairAt(index: WeightIndex, first: number, second: number): number {
  const { pairFirst, pairSecond, pairMask } = index;
  for (let slot = pairSlot(first, second, pairMask); ; slot = (slot + 1) & pairMask) {
    const a = pairFirst[slot]!;
    if (a === 0) return -1;
    if (a === first + 1 && pairSecond[slot] === second) return slot;
  }
}

/** The number of the word text[start, end) with hash h, or -1 when the model does not know it. */
function wordNumber(index: WeightIndex, text: string, start: number, end: number, h: number): number {
  const { slots, mask, hashes, names } = index;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const n = slots[slot]! - 1;
    if (n < 0) return -1;
    if (hashes[n] !== h) continue;
    const name = names[n]!;
    if (name.length !== end - start) continue;
    let k = 0;
    while (k < name.length && name.charCodeAt(k) === text.charCodeAt(start + k)) k++;
    if (k === name.length) return n;
  }
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Per BMP code unit: 0 not yet known, 1 a letter (\p{L}), 2 not. Filled on first sight, like chars.ts. */
const LETTER = new Uint8Array(65536);
const ONE_LETTER = /^\p{L}$/u;

/**
 * Length of the letter at `i` (1, or 2 for an astral letter written as a surrogate pair), or 0 when the
 * code point there is not a letter: what \p{L} with the u flag (textFeatures' WORD) matches, unit by unit.
 */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lone surrogate is no letter
    return ONE_LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = LETTER[c]!;
  if (k === 0) {
    k = ONE_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/**
 * Rates normalised posting text (and fields) with the model. Pure; never throws on odd input.
 * The same result as summing the weights of textFeatures(text) in its order, without building that map:
 * each weighted feature counts once, at its first occurrence, in text order (so the sum and the order of
 * equal contributions are the same to the bit; posting-model-rate.test.ts checks it). Postings are rated
 * on every page, and the map of ~1,500 features per 5 KB ad was most of the engine's time on them.
 */
export function ratePosting(model: PostingModel, normalizedText: string, fields?: PostingFields): PostingRating {
  const index = weightsOf(model);
  const { all, names, words, pairWeight, wordStamp, pairStamp } = index;
  // A new stamp for this rating (wrapping after 2^31 ratings would only need the stamps cleared).
  if (index.rating === 0x7fffffff) {
    wordStamp.fill(0);
    pairStamp.fill(0);
    index.rating = 0;
  }
  const rating = ++index.rating;
  let logit = model.bias;
  const contributions: PostingRating['contributions'] = [];
  let prev = -1;
  let prevStart = 0;
  let prevEnd = 0;
  let count = 0;
  const text = normalizedText;
  const length = text.length;
  // The words of textFeatures (\p{L}+), found by a scan over a letter table rather than a regex match
  // object each, and hashed on the way (most of the cost on a 900-word posting was per-word garbage).
  for (let i = 0; i < length; ) {
    // ASCII is tested inline (most units); letterAt handles the rest.
    let c = text.charCodeAt(i);
    let step = c < 0x80 ? (((c | 0x20) - 0x61) >>> 0 < 26 ? 1 : 0) : letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    let end = i;
    while (step !== 0) {
      h = Math.imul(h ^ c, FNV_PRIME);
      if (step === 2) h = Math.imul(h ^ text.charCodeAt(end + 1), FNV_PRIME);
      end += step;
      if (end >= length) break;
      c = text.charCodeAt(end);
      step = c < 0x80 ? (((c | 0x20) - 0x61) >>> 0 < 26 ? 1 : 0) : letterAt(text, end);
    }
    i = end;
    if (++count > MAX_TOKENS) break;
    const n = wordNumber(index, text, start, end, h);
    if (n >= 0) {
      const w = words[n]!;
      if (!Number.isNaN(w) && wordStamp[n] !== rating) {
        wordStamp[n] = rating;
        logit += w;
        if (w > 0) contributions.push({ feature: names[n]!, weight: w, start, end });
      }
      if (prev >= 0) {
        const slot = pairAt(index, prev, n);
        if (slot >= 0 && pairStamp[slot] !== rating && PAIR_GAP.test(text.slice(prevEnd, start))) {
          pairStamp[slot] = rating;
          const pw = pairWeight[slot]!;
          logit += pw;
          if (pw > 0) contributions.push({ feature: `${names[prev]} ${names[n]}`, weight: pw, start: prevStart, end });
        }
      }
    }
    prev = n;
    prevStart = start;
    prevEnd = end;
  }
  for (const feature of fieldFeatures(fields)) {
    const w = all.get(feature);
    if (w === undefined) continue;
    logit += w;
    if (w > 0) contributions.push({ feature, weight: w });
  }
  return {
    logit,
    probability: sigmoid(model.calibration.a * logit + model.calibration.b),
    contributions: strongestFirst(contributions, index.rankOf),
  };
}

/** Positions per rank in a sort key (more contributions than this fall back to a comparator sort). */
const KEY_SPAN = 65536;

/**
 * Contributions strongest first, equal weights in text order: what a stable sort by weight gives, as a
 * native sort of numbers (rank × KEY_SPAN + position) instead of ~1,000 comparator calls a posting.
 */
function strongestFirst(
  contributions: PostingRating['contributions'],
  rankOf: ReadonlyMap<number, number>,
): PostingRating['contributions'] {
  const n = contributions.length;
  if (n < 2) return contributions;
  if (n >= KEY_SPAN) return contributions.sort((a, b) => b.weight - a.weight);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = rankOf.get(contributions[i]!.weight)! * KEY_SPAN + i;
  keys.sort();
  const sorted: PostingRating['contributions'] = new Array(n);
  for (let i = 0; i < n; i++) sorted[i] = contributions[keys[i]! % KEY_SPAN]!;
  return sorted;
}

/**
 * Postings shorter than this are not rated. The model is trained on job-board ads (EMSCAD: 95% of legit ads are
 * over 600 characters) and its bias is positive (most short EMSCAD ads are scams), so on a 150-character feed post
 * ("Warehouse assistant wanted, 12 USD per hour, apply on our careers page") the few words present cannot
 * outweigh the bias and the model would call an ordinary ad a scam. Below this length the rules judge alone.
 * Chosen on emscad/train: only 2 of its 621 scams that the engine flags are shorter.
 */
export const MIN_POSTING_CHARS = 300;

/** Whether the model applies: postings of some length, and long text of unknown kind (a pasted ad); never chat messages. */
export function appliesTo(model: PostingModel, kind: ItemKind | undefined, textLength: number): boolean {
  if (kind === 'posting') return textLength >= Math.min(MIN_POSTING_CHARS, model.minChars);
  if (kind === 'message') return false;
  return textLength >= model.minChars;
}

/**
 * The checks the model fires on one item, with the top contributing words as evidence (spans in the
 * ORIGINAL text). Returns [] when the model does not apply or the posting rates below threshold.
 */
export function runPostingModel(
  model: PostingModel,
  n: Normalized,
  original: string,
  kind: ItemKind | undefined,
  fields?: PostingFields,
): PostingModelHit[] {
  if (!appliesTo(model, kind, original.length)) return [];
  const rating = ratePosting(model, n.text, fields);
  // A NaN (a corrupted model) must never fire: compare so that NaN falls through to "no hit".
  if (!(rating.probability >= model.threshold)) return [];
  const evidence: PostingModelHit['evidence'] = [];
  for (const c of rating.contributions.slice(0, model.evidence ?? 5)) {
    if (c.start === undefined || c.end === undefined) {
      evidence.push({ text: c.feature });
      continue;
    }
    const span = toOriginal(n, c.start, c.end);
    if (span.end > span.start) evidence.push({ text: original.slice(span.start, span.end), span });
  }
  const hit = (check: PostingModelCheck): PostingModelHit => ({ check, evidence: [...evidence] });
  return rating.probability >= model.strongThreshold ? [hit('posting-model'), hit('posting-model-strong')] : [hit('posting-model')];
}

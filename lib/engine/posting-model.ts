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

const weightTables = new WeakMap<PostingModel, ReadonlyMap<string, number>>();

/** The weight table as a Map, built once per pack object (compile once per context). */
function weightsOf(model: PostingModel): ReadonlyMap<string, number> {
  let table = weightTables.get(model);
  if (!table) {
    table = new Map(Object.entries(model.weights).filter(([, w]) => Number.isFinite(w) && w !== 0));
    weightTables.set(model, table);
  }
  return table;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Rates normalised posting text (and fields) with the model. Pure; never throws on odd input. */
export function ratePosting(model: PostingModel, normalizedText: string, fields?: PostingFields): PostingRating {
  const table = weightsOf(model);
  let logit = model.bias;
  const contributions: PostingRating['contributions'] = [];
  for (const [feature, at] of textFeatures(normalizedText)) {
    const w = table.get(feature);
    if (w === undefined) continue;
    logit += w;
    if (w > 0) contributions.push({ feature, weight: w, start: at.start, end: at.end });
  }
  for (const feature of fieldFeatures(fields)) {
    const w = table.get(feature);
    if (w === undefined) continue;
    logit += w;
    if (w > 0) contributions.push({ feature, weight: w });
  }
  contributions.sort((a, b) => b.weight - a.weight);
  return { logit, probability: sigmoid(model.calibration.a * logit + model.calibration.b), contributions };
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

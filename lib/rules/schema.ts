/**
 * The rule pack format (format 1), as a valibot schema: the source of truth for docs/pack-format.md.
 * A pack is data only (Chrome MV3 forbids fetched code; ../shared/ARCHITECTURE.md "Rule pack"). Size caps
 * keep a hostile or broken pack from exhausting memory in a content script.
 * Cross-field checks (references, duplicates, regex safety) live in validate.ts, where they can name the rule.
 */
import * as v from 'valibot';
import { CHECKS, ENTITY_KINDS, FAMILIES, KINDS, PACK_FORMAT, RISKS } from './vocabulary';

export { PACK_FORMAT };

/** Caps: generous for real packs (the core pack is far below), small enough to bound work. */
export const LIMITS = {
  signals: 2000,
  combos: 500,
  termsPerLang: 1000,
  termLength: 120,
  patternsPerSignal: 50,
  patternLength: 300,
  anchorsPerPattern: 20,
  examples: 500,
  exampleLength: 20_000,
  textLength: 2000,
} as const;

const RULE_ID = /^[a-z][a-z0-9]*\.[a-z0-9][a-z0-9-]*$/;
const KEY = /^[a-z0-9][a-z0-9._-]*$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const text = (max: number = LIMITS.textLength) =>
  v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(max, `is longer than ${max} characters`));
const ruleId = v.pipe(v.string(), v.regex(RULE_ID, 'must look like "<family>.<name>" in lower case, e.g. "trafficking.paid-travel"'));
const key = v.pipe(v.string(), v.regex(KEY, 'must be lower case letters, digits, ".", "-" or "_"'));
const langKey = v.pipe(v.string(), v.regex(LANG, 'must be a language code such as "en", "pt" or "zh-Hant"'));

export const PatternSchema = v.strictObject({
  lang: langKey,
  re: text(LIMITS.patternLength),
  anchors: v.pipe(
    v.array(text(LIMITS.termLength)),
    v.minLength(1, 'needs at least one literal anchor (the regex only runs where an anchor was found)'),
    v.maxLength(LIMITS.anchorsPerPattern),
  ),
  /** How far (in normalised characters) before and after an anchor the regex may reach. Default 120. */
  window: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10), v.maxValue(1000))),
});

/**
 * A dampener: when its signal fires, the final score is multiplied by `factor` (once per verdict, the
 * strongest fired dampener only) and the signal itself is not listed as a warning sign. It lets a pack
 * recognise awareness messages ("Police warning: never send your passport…", DOMAIN.md §1) that name every
 * part of a lure. `unless` lists signal ids (e.g. a Telegram link, a phone) whose presence cancels the
 * dampening, so "beware of scams" in front of a real lure with a contact does not silence it.
 */
export const DampenSchema = v.strictObject({
  factor: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  unless: v.optional(v.array(ruleId)),
});

export const SignalSchema = v.strictObject({
  id: ruleId,
  family: v.picklist(FAMILIES, `must be one of ${FAMILIES.join(', ')}`),
  weight: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  explain: key,
  kinds: v.optional(v.pipe(v.array(v.picklist(KINDS)), v.minLength(1))),
  terms: v.optional(
    v.record(
      langKey,
      v.pipe(v.array(text(LIMITS.termLength)), v.maxLength(LIMITS.termsPerLang, `has more than ${LIMITS.termsPerLang} terms`)),
    ),
  ),
  patterns: v.optional(v.pipe(v.array(PatternSchema), v.maxLength(LIMITS.patternsPerSignal))),
  entity: v.optional(v.picklist(ENTITY_KINDS, `must be one of ${ENTITY_KINDS.join(', ')}`)),
  check: v.optional(v.picklist(CHECKS, `must be one of ${CHECKS.join(', ')}`)),
  /** Makes this signal a dampener (see DampenSchema); it then adds no weight and is never shown. */
  dampen: v.optional(DampenSchema),
  /** Free text for pack authors (sources, DOMAIN.md section); ignored by the engine. */
  note: v.optional(v.string()),
});

export const ComboSchema = v.strictObject({
  id: ruleId,
  /** Family shown for the combination; defaults to the family named by the id's prefix. */
  family: v.optional(v.picklist(FAMILIES, `must be one of ${FAMILIES.join(', ')}`)),
  all: v.optional(v.array(ruleId)),
  any: v.optional(v.array(ruleId)),
  /** How many of "any" must be present (default 1). */
  minAny: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  bonus: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  explain: key,
  kinds: v.optional(v.pipe(v.array(v.picklist(KINDS)), v.minLength(1))),
  note: v.optional(v.string()),
});

export const ExplanationSchema = v.strictObject({ found: text(), why: text(), todo: text() });

export const ExampleSchema = v.strictObject({
  text: text(LIMITS.exampleLength),
  kind: v.optional(v.picklist(KINDS)),
  lang: v.optional(langKey),
  expect: v.picklist(RISKS, `must be one of ${RISKS.join(', ')}`),
  /** Signal or combo ids that must be among the verdict's signals. */
  signals: v.optional(v.array(ruleId)),
  note: v.optional(v.string()),
});

/** Largest posting-model table accepted: bounds memory in a content script (the core's is far smaller). */
export const POSTING_MODEL_MAX_FEATURES = 20_000;
const finite = v.pipe(v.number(), v.finite('must be a finite number'));
const probability = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/**
 * A declarative posting classifier (lib/engine/posting-model.ts): a logistic model over word and word-pair
 * features of a posting's normalised text plus a few structured-field features. Data only: weights,
 * not code. Trained by tools/train-posting-model.ts; signals use it through check "posting-model".
 */
export const PostingModelSchema = v.strictObject({
  /** Feature → weight in logit units. "word", "word word" (adjacent pair) or "field:<name>". */
  weights: v.pipe(
    v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(80)), finite),
    v.check((w) => Object.keys(w).length <= POSTING_MODEL_MAX_FEATURES, `has more than ${POSTING_MODEL_MAX_FEATURES} features`),
  ),
  bias: finite,
  /** Platt scaling of the raw logit: probability = 1 / (1 + e^-(a·logit + b)). */
  calibration: v.strictObject({ a: finite, b: finite }),
  /** Calibrated probability at which check "posting-model" fires. */
  threshold: probability,
  /** Calibrated probability at which check "posting-model-strong" fires (≥ threshold). */
  strongThreshold: probability,
  /** Items of unknown kind are rated only from this many characters on (long, posting-like text). */
  minChars: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  /** How many top contributing words are shown as evidence (default 5). */
  evidence: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20))),
  note: v.optional(v.string()),
});

const selector = v.union([text(500), v.array(text(500))], 'must be a selector string or an array of selector strings');

export const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT, `must be ${PACK_FORMAT} (this reader only knows format ${PACK_FORMAT})`),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'must be lower case letters, digits and "-"')),
  version: v.pipe(v.number(), v.integer('must be an integer'), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
  name: text(200),
  published: v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 timestamp such as "2026-11-28T00:00:00Z"')),
  expiresHours: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24 * 365)),
  thresholds: v.pipe(
    v.strictObject({
      low: v.pipe(v.number(), v.minValue(1), v.maxValue(100)),
      medium: v.pipe(v.number(), v.minValue(1), v.maxValue(100)),
      high: v.pipe(v.number(), v.minValue(1), v.maxValue(100)),
    }),
    v.check((t) => t.low < t.medium && t.medium < t.high, 'must satisfy low < medium < high'),
  ),
  signals: v.pipe(v.array(SignalSchema), v.minLength(1), v.maxLength(LIMITS.signals)),
  combos: v.optional(v.pipe(v.array(ComboSchema), v.maxLength(LIMITS.combos)), []),
  explanations: v.record(key, v.record(langKey, ExplanationSchema)),
  sites: v.optional(v.record(key, v.record(v.string(), selector)), {}),
  examples: v.pipe(v.array(ExampleSchema), v.maxLength(LIMITS.examples)),
  /** Optional posting classifier; only the core's is used when packs merge (regional ones are ignored). */
  postingModel: v.optional(PostingModelSchema),
});

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackSignal = v.InferOutput<typeof SignalSchema>;
export type PackCombo = v.InferOutput<typeof ComboSchema>;
export type PackDampen = v.InferOutput<typeof DampenSchema>;
export type PackPattern = v.InferOutput<typeof PatternSchema>;
export type PackExample = v.InferOutput<typeof ExampleSchema>;
export type Explanation = v.InferOutput<typeof ExplanationSchema>;
export type PostingModel = v.InferOutput<typeof PostingModelSchema>;

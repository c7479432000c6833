/**
 * `npx tsx tools/train-posting-model.ts [--data DIR] [--pack FILE] [--write]`
 *
 * Trains the core pack's "postingModel" (lib/engine/posting-model.ts) on ../shared/data/emscad/train.jsonl
 * ONLY. emscad/test.jsonl is for measuring (../shared/data/README.md "Rules of use"): this tool refuses to
 * read any file whose name contains "test".
 *
 * Model: L1+L2-regularised logistic regression over binary features (a word or an adjacent word pair is
 * present) of the engine's own normalised text, plus structured-field features. The features are the
 * ones the engine computes at run time (textFeatures/fieldFeatures), so training and use cannot drift.
 *
 * What it may learn from, so that it describes how scam ads are written and not which ads EMSCAD holds:
 * - words of letters only (no ids, numbers or the dataset's masked #URL_…#/#EMAIL_…#/#PHONE_…# tokens,
 *   which are removed before anything else);
 * - words written in lower case in most of their occurrences: names of places, companies and people are
 *   capitalised, so this drops "Houston", "Aker" or "Valor" without a hand-made list;
 * - words seen in at least MIN_DF postings; HTML-escaping residue (amp, nbsp) is decoded first;
 * - fields the extension can know on a real page: remote (JobPosting jobLocationType TELECOMMUTE, EMSCAD's
 *   telecommuting) and whether a salary is stated (EMSCAD's salary_range). Not has_company_logo.
 *
 * The L1 strength is chosen by stratified 5-fold cross-validation on train (recall at 1% and 2% out-of-fold
 * false alarms; L2, MIN_DF were picked the same way, by CV on train); Platt scaling on the out-of-fold logits calibrates probabilities; the
 * thresholds are read off the out-of-fold probabilities of legit postings (see THRESHOLD_FPR).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { normalize } from '../lib/engine/normalize';
import { fieldFeatures, sigmoid, textFeatures } from '../lib/engine/posting-model';
import type { PostingFields } from '../lib/engine/types';
import { emscadFields } from './cli/emscad-fields';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(process.cwd(), '..', 'shared', 'data') },
    pack: { type: 'string', default: path.resolve(process.cwd(), 'public', 'rules', 'core.json') },
    write: { type: 'boolean' },
    seed: { type: 'string', default: '20261128' },
  },
});

/** A feature must occur in at least this many training postings to get a weight. */
const MIN_DF = Number(process.env.LW_MIN_DF ?? 5);
/** A word is kept when at least this share of its occurrences start lower case (drops proper names). */
const MIN_LOWER_SHARE = 0.6;
/** Single words in more than this share of postings are left out (see tooCommon). */
const MAX_DF_SHARE = 0.5;
/** Out-of-fold false-alarm rates the two thresholds are set at (the test target is ≤ 2%). */
const THRESHOLD_FPR = 0.04;
const STRONG_FPR = 0.01;
const FOLDS = 5;
const L1_GRID = (process.env.LW_L1 ?? '0.0001,0.0002,0.0005').split(',').map(Number);
const L2 = Number(process.env.LW_L2 ?? 0.01);
const EPOCHS = Number(process.env.LW_EPOCHS ?? 500);
/** Long text of unknown kind is rated from this length on (EMSCAD's shortest tenth is ~600 chars). */
const MIN_CHARS = 600;
/** Markup residue and link parts left after masking: they say how EMSCAD was exported, not what an ad says. */
const STOP = new Set(['amp', 'nbsp', 'quot', 'lt', 'gt', 'http', 'https', 'www', 'com', 'url', 'email', 'phone']);

interface Doc {
  id: string;
  y: 0 | 1;
  raw: string;
  fields: PostingFields;
}

function readTrain(dir: string): Doc[] {
  const file = path.join(dir, 'emscad', 'train.jsonl');
  if (/test/i.test(path.basename(file))) throw new Error('refusing to read a test file');
  const docs: Doc[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: { id?: unknown; label?: unknown; text?: unknown; meta?: Record<string, unknown> };
      try {
        o = JSON.parse(line);
      } catch {
        process.stderr.write(`${file}:${i + 1}: not JSON, skipped\n`);
        return;
      }
      if (typeof o.text !== 'string' || (o.label !== 'scam' && o.label !== 'legit')) return;
      docs.push({ id: String(o.id), y: o.label === 'scam' ? 1 : 0, raw: clean(o.text), fields: emscadFields(o.meta) ?? {} });
    });
  return docs;
}

/** Decodes the HTML escapes EMSCAD kept and removes its masked links, e-mails and phones. */
function clean(text: string): string {
  return text
    .replace(/#(?:URL|EMAIL|PHONE)_[0-9a-f]+#/gi, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&rsquo;|&lsquo;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Words mostly written in lower case (proper names are not), from the raw text. */
function lowerCaseWords(docs: Doc[]): Set<string> {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const d of docs) {
    for (const m of d.raw.matchAll(/\p{L}+/gu)) {
      const w = normalize(m[0]).text;
      total.set(w, (total.get(w) ?? 0) + 1);
      if (m[0][0] === m[0][0]!.toLowerCase()) lower.set(w, (lower.get(w) ?? 0) + 1);
    }
  }
  const keep = new Set<string>();
  for (const [w, t] of total) if ((lower.get(w) ?? 0) / t >= MIN_LOWER_SHARE && w.length >= 2 && !STOP.has(w)) keep.add(w);
  return keep;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sparse binary design matrix: feature indexes present in each document. */
type Rows = Int32Array[];

/**
 * Logistic regression by proximal AdaGrad (L1 by soft-thresholding, L2 in the gradient), full batch.
 * Deterministic for a given input.
 */
function train(rows: Rows, y: ArrayLike<number>, dim: number, l1: number): { w: Float64Array; b: number } {
  const w = new Float64Array(dim);
  const g2 = new Float64Array(dim).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const n = rows.length;
  const eta = 0.5;
  const grad = new Float64Array(dim);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const r = rows[i]!;
      let z = b;
      for (const j of r) z += w[j]!;
      const e = sigmoid(z) - y[i]!;
      gb += e;
      for (const j of r) grad[j]! += e;
    }
    gb /= n;
    gb2 += gb * gb;
    b -= (eta * gb) / Math.sqrt(gb2);
    for (let j = 0; j < dim; j++) {
      const g = grad[j]! / n + L2 * w[j]!;
      g2[j]! += g * g;
      const step = eta / Math.sqrt(g2[j]!);
      const v = w[j]! - step * g;
      const t = step * l1;
      w[j] = v > t ? v - t : v < -t ? v + t : 0;
    }
  }
  return { w, b };
}

function logits(rows: Rows, m: { w: Float64Array; b: number }): number[] {
  return rows.map((r) => {
    let z = m.b;
    for (const j of r) z += m.w[j]!;
    return z;
  });
}

/** Lowest score threshold whose false-alarm rate on the negatives is at most `fpr`. */
function thresholdAt(neg: number[], fpr: number): number {
  const sorted = [...neg].sort((a, b) => b - a);
  const allowed = Math.floor(fpr * sorted.length);
  return (sorted[allowed] ?? Number.NEGATIVE_INFINITY) + 1e-9;
}

function auc(pos: number[], neg: number[]): number {
  let win = 0;
  for (const p of pos) for (const q of neg) win += p > q ? 1 : p === q ? 0.5 : 0;
  return win / (pos.length * neg.length);
}

/** Platt scaling: fits a, b so that sigmoid(a·z + b) matches the labels (gradient descent on log loss). */
function platt(z: number[], y: number[]): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    let ga = 0;
    let gb = 0;
    for (let i = 0; i < z.length; i++) {
      const e = sigmoid(a * z[i]! + b) - y[i]!;
      ga += e * z[i]!;
      gb += e;
    }
    a -= (0.5 * ga) / z.length;
    b -= (0.5 * gb) / z.length;
  }
  return { a, b };
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

// ---------------------------------------------------------------------------------------------------
const docs = readTrain(values.data);
if (docs.length === 0) {
  process.stderr.write(`no training postings found under ${values.data}/emscad/train.jsonl\n`);
  process.exit(2);
}
const keepWords = lowerCaseWords(docs);
const featureSets = docs.map((d) => {
  const feats = new Set<string>();
  for (const f of textFeatures(normalize(d.raw).text).keys()) {
    const parts = f.split(' ');
    if (parts.every((p) => keepWords.has(p))) feats.add(f);
  }
  for (const f of fieldFeatures(d.fields)) feats.add(f);
  return feats;
});
const df = new Map<string, number>();
for (const s of featureSets) for (const f of s) df.set(f, (df.get(f) ?? 0) + 1);
// Words in over half of all postings ("the", "and", "you") say which language an ad is in, not whether it
// is honest; they would also make poor evidence to show a reader.
const tooCommon = (f: string, c: number) => !f.includes(' ') && !f.startsWith('field:') && c > MAX_DF_SHARE * docs.length;
const vocab = [...df].filter(([f, c]) => c >= MIN_DF && !tooCommon(f, c)).map(([f]) => f);
vocab.sort();
const index = new Map(vocab.map((f, i) => [f, i]));
const rows: Rows = featureSets.map((s) => Int32Array.from([...s].map((f) => index.get(f)).filter((i): i is number => i !== undefined)));
const y = docs.map((d) => d.y);
process.stdout.write(
  `train: ${docs.length} postings (${y.filter((v) => v === 1).length} scam), ${vocab.length} features (df ≥ ${MIN_DF})\n`,
);

// Stratified folds, seeded.
const rand = mulberry32(Number(values.seed));
const fold = new Int32Array(docs.length);
for (const label of [0, 1]) {
  const idx = docs.map((_, i) => i).filter((i) => y[i] === label);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  idx.forEach((d, k) => {
    fold[d] = k % FOLDS;
  });
}

function outOfFold(l1: number): number[] {
  const oof = new Array<number>(docs.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const tr = docs.map((_, i) => i).filter((i) => fold[i] !== k);
    const te = docs.map((_, i) => i).filter((i) => fold[i] === k);
    const m = train(
      tr.map((i) => rows[i]!),
      tr.map((i) => y[i]!),
      vocab.length,
      l1,
    );
    logits(
      te.map((i) => rows[i]!),
      m,
    ).forEach((z, j) => {
      oof[te[j]!] = z;
    });
  }
  return oof;
}

function report(z: number[]): { auc: number; r1: number; r2: number; r4: number } {
  const pos = z.filter((_, i) => y[i] === 1);
  const neg = z.filter((_, i) => y[i] === 0);
  const recallAt = (fpr: number) => {
    const t = thresholdAt(neg, fpr);
    return pos.filter((p) => p >= t).length / pos.length;
  };
  return { auc: auc(pos, neg), r1: recallAt(0.01), r2: recallAt(0.02), r4: recallAt(0.04) };
}

let best = { l1: L1_GRID[0]!, quality: -1, oof: [] as number[] };
for (const l1 of L1_GRID) {
  const oof = outOfFold(l1);
  const r = report(oof);
  process.stdout.write(
    `  cv l1=${l1}: AUC ${r.auc.toFixed(3)}, recall at 1% / 2% / 4% false alarms: ${r.r1.toFixed(2)} / ${r.r2.toFixed(2)} / ${r.r4.toFixed(2)}\n`,
  );
  // The test target is recall at ≤ 2% false alarms; 1% is the margin for the rules' own false alarms.
  // L1_GRID ascends: a sparser model wins unless it is clearly worse (fewer, stronger words generalise).
  if (r.r1 + r.r2 > best.quality - 0.03) best = { l1, quality: Math.max(best.quality, r.r1 + r.r2), oof };
}

const cal = platt(best.oof, y);
const oofProb = best.oof.map((z) => sigmoid(cal.a * z + cal.b));
const negProb = oofProb.filter((_, i) => y[i] === 0);
const threshold = Math.min(0.99, thresholdAt(negProb, THRESHOLD_FPR));
const strongThreshold = Math.max(threshold, Math.min(0.999, thresholdAt(negProb, STRONG_FPR)));
const posProb = oofProb.filter((_, i) => y[i] === 1);
process.stdout.write(
  `chosen l1=${best.l1}; calibration a=${cal.a.toFixed(3)} b=${cal.b.toFixed(3)}; threshold ${threshold.toFixed(3)} (cv recall ${(
    posProb.filter((p) => p >= threshold).length / posProb.length
  ).toFixed(
    2,
  )}), strong ${strongThreshold.toFixed(3)} (cv recall ${(posProb.filter((p) => p >= strongThreshold).length / posProb.length).toFixed(2)})\n`,
);

const final = train(rows, y, vocab.length, best.l1);
const weights: Record<string, number> = {};
const ranked = vocab.map((f, i) => [f, final.w[i]!] as const).filter(([, w]) => Math.abs(w) >= 0.005);
ranked.sort((a, b) => b[1] - a[1]);
for (const [f, w] of ranked) weights[f] = round(w);
process.stdout.write(
  `final model: ${ranked.length} non-zero weights\n  top scam words: ${ranked
    .slice(0, 40)
    .map(([f, w]) => `${f} ${w.toFixed(2)}`)
    .join(', ')}\n  top legit words: ${ranked
    .slice(-25)
    .map(([f, w]) => `${f} ${w.toFixed(2)}`)
    .join(', ')}\n`,
);

const model = {
  note: `Trained by tools/train-posting-model.ts on emscad/train only (${docs.length} postings): L1 ${best.l1} + L2 ${L2} logistic regression over lower-case words and word pairs (df ≥ ${MIN_DF}) and fields remote/salary; ${FOLDS}-fold CV on train; thresholds at ${THRESHOLD_FPR * 100}% / ${STRONG_FPR * 100}% out-of-fold false alarms.`,
  minChars: MIN_CHARS,
  evidence: 5,
  bias: round(final.b),
  calibration: { a: round(cal.a, 4), b: round(cal.b, 4) },
  threshold: round(threshold, 4),
  strongThreshold: round(strongThreshold, 4),
  weights,
};

if (values.write) {
  const text = readFileSync(values.pack, 'utf8');
  const pack = JSON.parse(text) as Record<string, unknown>;
  pack.postingModel = model;
  writeFileSync(values.pack, `${JSON.stringify(pack, null, 2)}\n`);
  process.stdout.write(`wrote postingModel into ${values.pack}\n`);
} else process.stdout.write('dry run: pass --write to store the model in the pack\n');

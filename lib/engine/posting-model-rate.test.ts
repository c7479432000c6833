// @vitest-environment node
/**
 * ratePosting reads the text once, without textFeatures' map: this proves it sums exactly what the map
 * gives (same features, same order, so the same floating-point sum) and reports the same contributions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingModel } from '../rules/schema';
import { bundledPack } from './bundled';
import { normalize } from './normalize';
import { fieldFeatures, type PostingRating, ratePosting, sigmoid, textFeatures } from './posting-model';
import type { PostingFields } from './types';

/** The model as first written: textFeatures' map, in order, against the full weight table. */
function reference(model: PostingModel, text: string, fields?: PostingFields): PostingRating {
  const table = new Map(Object.entries(model.weights).filter(([, w]) => Number.isFinite(w) && w !== 0));
  let logit = model.bias;
  const contributions: PostingRating['contributions'] = [];
  for (const [feature, at] of textFeatures(text)) {
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

const SYNTHETIC: PostingModel = {
  weights: {
    data: 0.5,
    entry: 0.25,
    'data entry': 1.5,
    weekly: 0.5,
    pay: -0.25,
    'weekly pay': 0.75,
    team: -1,
    'field:remote': 0.5,
    été: 0.125,
  },
  bias: -1,
  calibration: { a: 1, b: 0 },
  threshold: 0.5,
  strongThreshold: 0.9,
  minChars: 0,
};
const model = bundledPack().pack.postingModel ?? SYNTHETIC;

describe('ratePosting', () => {
  const vocabulary = [...new Set(Object.keys(model.weights).flatMap((f) => f.split(' ')))].filter((w) => !w.includes(':')).slice(0, 400);

  it('equals the map-based sum on random texts of the model vocabulary', () => {
    // Model words, random ASCII, and any UTF-16 (astral letters, lone surrogates, marks) between them.
    const word = fc.oneof(
      fc.constantFrom(...vocabulary, ...Object.keys(SYNTHETIC.weights), '𝐀𝐁', 'data\ud800entry', 'caf\u0301e'),
      fc.string({ maxLength: 4 }),
      fc.string({ maxLength: 4, unit: 'binary' }),
    );
    const gap = fc.constantFrom(' ', '-', ' - ', ', ', "'", ' / ', '    ', '\n', '. ');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap), { maxLength: 40 }), fc.boolean(), (parts, remote) => {
        const text = parts.map(([w, g]) => w + g).join('');
        const fields = remote ? { remote: true } : undefined;
        for (const m of [model, SYNTHETIC]) expect(ratePosting(m, text, fields)).toEqual(reference(m, text, fields));
      }),
      { numRuns: 500 },
    );
  });

  it('equals the map-based sum on every fixture case', () => {
    const dir = new URL('../../tests/fixtures/cases/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl'))) {
      for (const line of readFileSync(new URL(file, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const { text } = JSON.parse(line) as { text: string };
        const n = normalize(text).text;
        expect(ratePosting(model, n)).toEqual(reference(model, n));
      }
    }
  });
});

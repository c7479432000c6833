// @vitest-environment node
/**
 * The merge into the active record, on the small test core (lib/rules/testdata/mini.json) so these
 * rules hold whatever the shipped core contains. The shipped core with packs/sea-migrants is covered
 * end to end in active-pack.test.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import { compilePack } from '../engine/compile';
import type { Pack } from '../rules/schema';
import { validatePack } from '../rules/validate';
import { basisOf, buildActive, effectiveCore } from './merge-active';
import type { ActivePackRecord } from './pack-record';

function mini(): Pack {
  const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../rules/testdata/mini.json', import.meta.url)), 'utf8'));
  const r = validatePack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

/** A regional pack adding a placement-fee signal (and re-weighting a core one, which the merge refuses). */
function regional(id: string, weight = 1): Pack {
  const p: Pack = {
    format: 1,
    id,
    version: 3,
    name: id,
    published: '2026-11-28T00:00:00Z',
    expiresHours: 24,
    thresholds: { low: 5, medium: 10, high: 20 },
    signals: [
      { id: 'fee.agency-ph', family: 'fee', weight: 45, explain: 'agency-fee', terms: { tl: ['placement fee muna'] } },
      { id: 'trafficking.destination', family: 'trafficking', weight, explain: 'destination', terms: { tl: ['myawaddy'] } },
    ],
    combos: [],
    explanations: {
      'agency-fee': { en: { found: 'An agency fee first.', why: 'Real jobs do not charge.', todo: 'Do not pay.' } },
      destination: { en: { found: 'A scam-centre town.', why: 'Because.', todo: 'Do not go.' } },
    },
    sites: {},
    examples: [
      { text: 'placement fee muna bago umalis', expect: 'medium' },
      { text: 'kumusta ka na', expect: 'none' },
    ],
  };
  const r = validatePack(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const rec = (pack: Pack, source = `https://feeds.example/${pack.id}/index.json`): ActivePackRecord => ({
  pack,
  source,
  activatedAt: 1,
  packId: pack.id,
  version: pack.version,
  sha256: 'sha',
  keyId: 'key',
  origin: 'user',
});

describe('buildActive', () => {
  const core = mini();

  it('stores nothing when the bundled core runs alone', () => {
    expect(buildActive(null, [], core, 5)).toEqual({ record: null, conflicts: [] });
  });

  it('a stored core no newer than the bundled one is ignored', () => {
    expect(effectiveCore(rec(core), core)).toBeNull();
    const newer = { ...core, version: core.version + 1 };
    expect(effectiveCore(rec(newer), core)?.version).toBe(newer.version);
    expect(effectiveCore(rec({ ...newer, id: 'other' }), core)).toBeNull();
  });

  it('merges regional packs into the core: identity of the core, signals of both, conflicts kept', () => {
    const { record, conflicts } = buildActive(null, [rec(regional('ngo-ph', 9))], core, 42);
    expect(record).toMatchObject({
      packId: core.id,
      version: core.version,
      source: 'bundled',
      activatedAt: 42,
      merged: [{ id: 'ngo-ph', version: 3 }],
    });
    expect(record?.pack.thresholds).toEqual(core.thresholds);
    expect(record?.pack.signals.map((s) => s.id)).toContain('fee.agency-ph');
    expect(conflicts.map((c) => [c.pack, c.path, c.action])).toEqual([
      ['ngo-ph', 'signals[trafficking.destination].weight', 'kept-existing'],
      ['ngo-ph', 'explanations[destination].en', 'kept-existing'],
    ]);
    expect(record?.conflicts).toEqual(conflicts);
    // The merged pack is what content scripts compile: the regional words now warn.
    const compiled = compilePack(record!.pack);
    expect(analyze({ text: 'placement fee muna bago umalis' }, compiled).risk).not.toBe('none');
    expect(analyze({ text: 'placement fee muna bago umalis' }, compilePack(core)).risk).toBe('none');
  });

  it('keeps the stored core as the base and its identity (source, signature) on the record', () => {
    const newer = { ...core, version: core.version + 1 };
    const { record } = buildActive(rec(newer, 'https://rules.example/index.json'), [rec(regional('ngo-ph'))], core, 1);
    expect(record).toMatchObject({ version: newer.version, source: 'https://rules.example/index.json', sha256: 'sha', keyId: 'key' });
  });

  it('the basis names the inputs, whatever their order', () => {
    const a = rec(regional('ngo-a'));
    const b = rec(regional('ngo-b'));
    expect(basisOf(core, [a, b])).toBe(basisOf(core, [b, a]));
    expect(basisOf(core, [a])).not.toBe(basisOf(core, [a, b]));
    expect(buildActive(null, [a, b], core, 1).record?.basis).toBe(basisOf(core, [a, b]));
  });

  it('a regional pack the merge must skip leaves the core alone active, with the reason', () => {
    const sameId = rec({ ...regional('ngo-x'), id: core.id });
    const newer = { ...core, version: core.version + 1 };
    const { record, conflicts } = buildActive(rec(newer), [sameId], core, 1);
    expect(record?.pack).toEqual(newer);
    expect(record?.merged).toEqual([]);
    expect(conflicts).toEqual([expect.objectContaining({ action: 'skipped-pack', path: 'id' })]);
  });
});

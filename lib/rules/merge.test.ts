// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergePacks } from './merge';
import type { Pack, PackSignal } from './schema';
import { explanation, load, regional } from './testdata/merge-fixtures';
import { validatePack } from './validate';

const signal = (p: Pack, id: string): PackSignal => p.signals.find((s) => s.id === id)!;

describe('mergePacks', () => {
  it('keeps the core identity, thresholds and examples, and the result is a valid pack', () => {
    const core = load();
    const { pack, merged, conflicts } = mergePacks(core, [regional('ngo-sea')]);
    expect(merged).toEqual([{ id: 'ngo-sea', version: 5 }]);
    expect(pack.id).toBe(core.id);
    expect(pack.version).toBe(core.version);
    expect(pack.thresholds).toEqual(core.thresholds);
    expect(pack.examples).toEqual(core.examples);
    expect(validatePack(pack).ok).toBe(true);
    // The weight the regional pack gave the core signal is reported, not applied.
    expect(conflicts).toContainEqual(
      expect.objectContaining({ pack: 'ngo-sea', path: 'signals[trafficking.destination].weight', action: 'kept-existing' }),
    );
  });

  it('adds new signals, combos and explanations, and extends existing signals with new terms only', () => {
    const core = load();
    const { pack } = mergePacks(core, [regional('ngo-sea')]);
    expect(signal(pack, 'fee.agency')).toBeDefined();
    expect(pack.combos.map((c) => c.id)).toContain('fee.agency-abroad');
    const dest = signal(pack, 'trafficking.destination');
    expect(dest.weight).toBe(signal(core, 'trafficking.destination').weight);
    expect(dest.terms?.id).toEqual(['kamboja']);
    // "myawaddy" was already an English term: listed once.
    expect(dest.terms?.en?.filter((t) => t === 'myawaddy')).toHaveLength(1);
    // A translation the core lacked is added; the core's own English text stays.
    expect(pack.explanations.destination?.id?.found).toBe('Menyebut kota pusat penipuan.');
    expect(pack.explanations.destination?.en).toEqual(core.explanations.destination?.en);
  });

  it('keeps the existing signal when a regional definition means something else', () => {
    const core = load();
    const clash = regional('ngo-x', (p) => {
      p.signals.push({ id: 'context.high-pay', family: 'context', weight: 50, explain: 'agency-fee', terms: { en: ['big money'] } });
    });
    const { pack, conflicts } = mergePacks(core, [clash]);
    expect(signal(pack, 'context.high-pay')).toEqual(signal(core, 'context.high-pay'));
    expect(conflicts).toContainEqual(
      expect.objectContaining({ path: 'signals[context.high-pay]', message: expect.stringContaining('entity'), action: 'kept-existing' }),
    );
  });

  it('keeps existing combos, explanation texts and site selectors', () => {
    const core = load();
    const clash = regional('ngo-x', (p) => {
      p.combos.push({ id: 'trafficking.lure', all: ['fee.agency'], bonus: 1, explain: 'agency-fee' });
      p.explanations['paid-travel'] = explanation('changed');
    });
    const { pack, conflicts } = mergePacks(core, [clash]);
    expect(pack.combos.find((c) => c.id === 'trafficking.lure')).toEqual(core.combos.find((c) => c.id === 'trafficking.lure'));
    expect(pack.explanations['paid-travel']).toEqual(core.explanations['paid-travel']);
    expect(pack.sites.whatsapp).toEqual({ ...core.sites.whatsapp, footer: 'div.footer' });
    const paths = conflicts.map((c) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['combos[trafficking.lure]', 'explanations[paid-travel].en', 'sites[whatsapp].message']));
  });

  it('refuses a regional pack that reuses the core id, and keeps the highest version of a duplicate id', () => {
    const core = load();
    const a = regional('ngo-a');
    const a2 = regional('ngo-a', (p) => {
      p.version = 9;
    });
    const coreId = regional(core.id);
    const { merged, conflicts } = mergePacks(core, [a, coreId, a2]);
    expect(merged).toEqual([{ id: 'ngo-a', version: 9 }]);
    expect(conflicts).toContainEqual(expect.objectContaining({ pack: core.id, action: 'skipped-pack' }));
    expect(conflicts).toContainEqual(expect.objectContaining({ pack: 'ngo-a', path: 'version', action: 'skipped-pack' }));
  });

  it('gives the same result whatever order the regional packs come in', () => {
    const core = load();
    const a = regional('ngo-a', (p) => {
      p.signals[0]!.terms = { tl: ['placement fee', 'processing fee'] };
    });
    const b = regional('ngo-b', (p) => {
      p.signals[0]!.terms = { tl: ['reservation fee'] };
    });
    const ab = mergePacks(core, [a, b]);
    const ba = mergePacks(core, [b, a]);
    expect(ab.pack).toEqual(ba.pack);
    expect(ab.merged.map((m) => m.id)).toEqual(['ngo-a', 'ngo-b']);
    // The first pack (by id) defined fee.agency; the second one only added its words.
    expect(signal(ab.pack, 'fee.agency').terms?.tl).toEqual(['placement fee', 'processing fee', 'reservation fee']);
  });

  it('skips a whole pack that would push the merged pack over the signal limit', () => {
    const core = load();
    const big = regional('ngo-big', (p) => {
      for (let i = 0; i < 1995; i++)
        p.signals.push({ id: `context.filler-${i}`, family: 'context', weight: 1, explain: 'agency-fee', terms: { en: [`filler${i}`] } });
    });
    const { merged, conflicts, pack } = mergePacks(core, [big, regional('ngo-small')]);
    expect(merged.map((m) => m.id)).toEqual(['ngo-small']);
    expect(conflicts).toContainEqual(expect.objectContaining({ pack: 'ngo-big', action: 'skipped-pack' }));
    expect(pack.signals.some((s) => s.id.startsWith('context.filler-'))).toBe(false);
  });

  it('does not change its inputs', () => {
    const core = load();
    const copy = structuredClone(core);
    const r = regional('ngo-sea');
    const rCopy = structuredClone(r);
    mergePacks(core, [r]);
    expect(core).toEqual(copy);
    expect(r).toEqual(rCopy);
  });
});

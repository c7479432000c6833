// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergePacks } from '../rules/merge';
import { explanation, load, regional } from '../rules/testdata/merge-fixtures';
import { analyze } from './analyze';
import { compilePack } from './compile';
import { mergeVerified } from './merge-verified';

describe('merged packs in the engine', () => {
  it('makes the regional words work in the engine', () => {
    const core = load();
    const before = analyze({ text: 'placement fee, office work in kamboja', kind: 'message' }, compilePack(core));
    const after = analyze(
      { text: 'placement fee, office work in kamboja', kind: 'message' },
      compilePack(mergePacks(core, [regional('ngo-sea')]).pack),
    );
    expect(before.signals).toEqual([]);
    expect(after.signals.map((s) => s.id)).toEqual(expect.arrayContaining(['fee.agency-abroad', 'fee.agency', 'trafficking.destination']));
    expect(['medium', 'high']).toContain(after.risk);
  });
});

describe('mergeVerified', () => {
  it('merges a regional pack that keeps the core examples passing', () => {
    const result = mergeVerified(load(), [regional('ngo-sea')]);
    expect(result.merged.map((m) => m.id)).toEqual(['ngo-sea']);
    expect(result.compiled.pack).toBe(result.pack);
  });

  it('leaves out a regional pack that makes a calm core example warn', () => {
    // The core example "Send me the Telegram link for the study group" must stay "none".
    const noisy = regional('ngo-noisy', (p) => {
      p.signals.push({ id: 'fee.study', family: 'fee', weight: 30, explain: 'agency-fee', terms: { en: ['study group'] } });
      p.combos.push({ id: 'fee.study-chat', all: ['fee.study'], any: ['context.telegram-contact'], bonus: 60, explain: 'agency-fee' });
      p.signals.push({ id: 'context.telegram-contact', family: 'context', weight: 12, explain: 'chat-only', entity: 'messaging' });
      p.explanations['chat-only'] = explanation('Contact only by chat.');
    });
    const result = mergeVerified(load(), [noisy, regional('ngo-sea')]);
    expect(result.merged.map((m) => m.id)).toEqual(['ngo-sea']);
    expect(result.conflicts).toContainEqual(
      expect.objectContaining({ pack: 'ngo-noisy', action: 'skipped-pack', message: expect.stringContaining('example #2') }),
    );
  });
});

describe('mergeVerified blame', () => {
  it('does not blame a regional pack for a core example that already fails on its own', () => {
    const core = load();
    // Make the core fail its own calm example: a core-only word now warns on "study group".
    const broken = structuredClone(core);
    broken.signals.push({ id: 'fee.study', family: 'fee', weight: 90, explain: 'paid-travel', terms: { en: ['study group'] } });
    expect(mergeVerified(broken, []).merged).toEqual([]);
    const result = mergeVerified(broken, [regional('ngo-sea')]);
    expect(result.merged.map((m) => m.id)).toEqual(['ngo-sea']);
    expect(result.conflicts.filter((c) => c.action === 'skipped-pack')).toEqual([]);
  });

  it('still blames a regional pack for a new failure when the core already fails another example', () => {
    const broken = structuredClone(load());
    broken.signals.push({ id: 'fee.study', family: 'fee', weight: 90, explain: 'paid-travel', terms: { en: ['study group'] } });
    // The core's "congrats on the new job" example (expects "low") passes on its own; the regional pack breaks it.
    const noisy = regional('ngo-noisy', (p) => {
      p.signals.push({ id: 'fee.noise', family: 'fee', weight: 90, explain: 'agency-fee', terms: { en: ['congrats'] } });
    });
    const result = mergeVerified(broken, [noisy]);
    expect(result.merged).toEqual([]);
    expect(result.conflicts).toContainEqual(expect.objectContaining({ pack: 'ngo-noisy', action: 'skipped-pack' }));
  });
});

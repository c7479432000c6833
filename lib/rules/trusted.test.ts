// @vitest-environment node
import { describe, expect, it } from 'vitest';
import mini from './testdata/mini.json';
import { checkTrustedPack } from './trusted';
import { validatePack } from './validate';

const copy = (): Record<string, unknown> => structuredClone(mini) as unknown as Record<string, unknown>;

describe('checkTrustedPack', () => {
  it('gives a valid pack exactly what full validation gives, defaults included', () => {
    // Without "combos" and "sites" (both default), and without the example that names a combo.
    const { combos: _combos, sites: _sites, ...rest } = copy();
    const bare = { ...rest, examples: (rest.examples as Array<{ signals?: string[] }>).map(({ signals: _s, ...e }) => e) };
    for (const input of [copy(), bare]) {
      const full = validatePack(input);
      const trusted = checkTrustedPack(input);
      expect(full.ok && trusted.ok).toBe(true);
      if (full.ok && trusted.ok) expect(trusted.value).toEqual(full.value);
    }
  });

  it('refuses what the engine cannot read, naming the rule and the problem', () => {
    const cases: Array<[(p: Record<string, unknown>) => void, RegExp]> = [
      [(p) => (p.format = 2), /format: must be 1/],
      [(p) => (p.signals = 'nope'), /signals: must be a non-empty list/],
      [(p) => ((p.signals as Array<Record<string, unknown>>)[0]!.family = 'space'), /signals\[0\] \(.+\): family is unknown/],
      [(p) => ((p.signals as Array<Record<string, unknown>>)[0]!.terms = { en: [1] }), /terms are not lists of strings/],
      [(p) => ((p.signals as Array<Record<string, unknown>>)[0]!.patterns = [{ re: 'x' }]), /a pattern has no regex or anchors/],
      [(p) => (p.thresholds = { low: 1 }), /thresholds: must have numbers/],
      [(p) => (p.combos = [{ id: 'fee.x', explain: 'x' }]), /combos\[0\] \(fee\.x\): id, explain or bonus is missing/],
      [(p) => (p.explanations = { k: { en: { found: 'x' } } }), /explanations: an entry lacks found\/why\/todo/],
    ];
    for (const [edit, message] of cases) {
      const p = copy();
      edit(p);
      const r = checkTrustedPack(p);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        const e = r.errors[0]!;
        expect(`${e.path}${e.rule ? ` (${e.rule})` : ''}: ${e.message}`).toMatch(message);
      }
    }
    for (const junk of [null, 'pack', 42, []]) expect(checkTrustedPack(junk).ok).toBe(false);
  });
});

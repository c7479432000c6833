// @vitest-environment node
/**
 * Dampeners (docs/pack-format.md "Dampeners"): a signal with `dampen` scales the final score once, is never
 * listed as a warning sign, is cancelled by its `unless` signals, is validated by the full and the trusted
 * checks alike, and cannot come from a regional pack (the core is the floor).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/analyze';
import { compilePack } from '../engine/compile';
import { isFlagged } from '../engine/types';
import { mergePacks } from './merge';
import type { Pack } from './schema';
import mini from './testdata/mini.json';
import { checkTrustedPack } from './trusted';
import { validatePack } from './validate';

type Raw = Record<string, unknown> & { signals: Array<Record<string, unknown>>; combos: Array<Record<string, unknown>> };

const WARNING = {
  id: 'context.warning',
  family: 'context',
  weight: 0,
  explain: 'no-experience',
  terms: { en: ['beware of', 'scam alert'] },
  dampen: { factor: 0.5, unless: ['context.telegram-contact'] },
};

/** mini.json plus the dampener; `edit` changes the raw copy before validation. */
function raw(edit: (p: Raw) => void = () => {}): Raw {
  const p = structuredClone(mini) as unknown as Raw;
  p.signals.push(structuredClone(WARNING));
  edit(p);
  return p;
}

function valid(p: unknown): Pack {
  const r = validatePack(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const LURE = 'Free flight and visa and accommodation provided, no experience needed, office in Sihanoukville.';

describe('dampening signals', () => {
  const pack = compilePack(valid(raw()));

  it('halves the score once when the framing is present, and never lists the dampener', () => {
    const plain = analyze({ text: LURE, kind: 'message' }, pack);
    expect(isFlagged(plain.risk)).toBe(true);
    // Two dampening phrases still dampen once (not 0.25).
    const framed = analyze({ text: `Scam alert! Beware of offers like this: ${LURE}`, kind: 'message' }, pack);
    expect(framed.score).toBe(Math.round(plain.score * 0.5));
    expect(isFlagged(framed.risk)).toBe(false);
    expect(framed.signals.map((s) => s.id)).not.toContain('context.warning');
    expect(framed.signals.map((s) => s.id)).toEqual(plain.signals.map((s) => s.id));
  });

  it('does not dampen when an "unless" signal (a concrete contact) fired', () => {
    const withContact = `${LURE} Apply on t.me/hr_asia_jobs`;
    const plain = analyze({ text: withContact, kind: 'message' }, pack);
    const framed = analyze({ text: `Beware of scams! ${withContact}`, kind: 'message' }, pack);
    expect(framed.score).toBe(plain.score);
    expect(framed.risk).toBe(plain.risk);
    expect(isFlagged(framed.risk)).toBe(true);
  });

  it('alone gives no verdict at all', () => {
    expect(analyze({ text: 'scam alert: beware of strangers', kind: 'message' }, pack)).toEqual({ risk: 'none', score: 0, signals: [] });
  });

  it('is checked by full validation, naming the rule', () => {
    const cases: Array<[(p: Raw) => void, RegExp]> = [
      [(p) => (p.signals.at(-1)!.weight = 5), /dampening signal must have weight 0/],
      [(p) => (p.signals.at(-1)!.dampen = { factor: 1.5 }), /dampen/],
      [(p) => (p.signals.at(-1)!.dampen = { factor: 0.5, unless: ['context.nowhere'] }), /unknown signal "context\.nowhere"/],
      [(p) => (p.signals.at(-1)!.dampen = { factor: 0.5, unless: ['context.warning'] }), /refers to dampening signal/],
      [(p) => p.combos[0]!.any && (p.combos[0]!.any as string[]).push('context.warning'), /refers to dampening signal/],
    ];
    for (const [edit, message] of cases) {
      const r = validatePack(raw(edit));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => `${e.rule ?? ''} ${e.path}: ${e.message}`).join('\n')).toMatch(message);
    }
  });

  it('passes the trusted shape check exactly as full validation, and a bad dampen is refused there too', () => {
    const trusted = checkTrustedPack(raw());
    expect(trusted.ok).toBe(true);
    if (trusted.ok) expect(trusted.value).toEqual(valid(raw()));
    for (const dampen of [{ factor: 2 }, { factor: '0.5' }, { factor: 0.5, unless: 'context.telegram-contact' }, 0.5]) {
      const r = checkTrustedPack(raw((p) => (p.signals.at(-1)!.dampen = dampen)));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.rule).toBe('context.warning');
    }
  });

  it('cannot be added or widened by a regional pack', () => {
    const core = valid(raw());
    const regional = (edit: (p: Raw) => void) =>
      valid(
        raw((p) => {
          p.id = 'ngo-test';
          p.signals = p.signals.filter((s) => s.id !== 'context.warning');
          edit(p);
        }),
      );
    // A new regional dampener would quiet core warnings: it is left out.
    const added = mergePacks(valid(mini), [regional((p) => p.signals.push({ ...structuredClone(WARNING), id: 'context.ngo-warning' }))]);
    expect(added.pack.signals.map((s) => s.id)).not.toContain('context.ngo-warning');
    expect(added.conflicts.map((c) => c.path)).toContain('signals[context.ngo-warning]');
    // New words for the core's dampener would widen what quiets a warning: not joined.
    const widened = mergePacks(core, [regional((p) => p.signals.push({ ...structuredClone(WARNING), terms: { en: ['free flight'] } }))]);
    expect(widened.pack.signals.find((s) => s.id === 'context.warning')?.terms).toEqual(WARNING.terms);
    expect(widened.conflicts.map((c) => c.path)).toContain('signals[context.warning]');
  });
});

import { describe, expect, it } from 'vitest';
import type { SignalHit, Verdict } from '../engine/types';
import { type ExplainLookup, presentVerdict } from './present';

const hit = (id: string, family: SignalHit['family'], key: string): SignalHit => ({
  id,
  family,
  spans: [],
  evidence: [],
  explain: { found: key, why: key, todo: key },
});

const texts: Record<string, string> = {
  passport: 'asks for your passport',
  travel: 'pays your flight and visa',
  telegram: 'contact only on Telegram',
};
const explain: ExplainLookup = (key, lang) =>
  texts[key] ? { found: `${texts[key]}${lang === 'fr' ? ' (fr)' : ''}`, why: 'why', todo: 'todo' } : undefined;

describe('presentVerdict', () => {
  it('builds the reasons from the found texts of the signals, in order, without duplicates', () => {
    const verdict: Verdict = {
      risk: 'high',
      score: 88,
      signals: [
        hit('a', 'identity', 'passport'),
        hit('b', 'trafficking', 'travel'),
        hit('c', 'trafficking', 'travel'),
        hit('d', 'context', 'telegram'),
        hit('e', 'context', 'unknown'),
      ],
    };
    const view = presentVerdict(verdict, 'm1', 'en', explain, 'Agent K');
    expect(view?.reasons.map((r) => r.found)).toEqual(['asks for your passport', 'pays your flight and visa', 'contact only on Telegram']);
    expect(view).toMatchObject({ key: 'm1', risk: 'high', topic: 'recruitment', sender: 'Agent K', lang: 'en' });
    expect(presentVerdict(verdict, 'm1', 'fr', explain)?.reasons[0]?.found).toBe('asks for your passport (fr)');
  });

  it('says when the verdict reads the sender’s recent messages together, and only then', () => {
    const verdict: Verdict = { risk: 'medium', score: 60, signals: [hit('a', 'identity', 'passport')] };
    expect(presentVerdict(verdict, 'w1', 'en', explain, 'Anna', 4)?.recentMessages).toBe(4);
    expect(presentVerdict(verdict, 'm1', 'en', explain, 'Anna')).not.toHaveProperty('recentMessages');
    expect(presentVerdict(verdict, 'm1', 'en', explain, 'Anna', 1)).not.toHaveProperty('recentMessages');
  });

  it('says "scam" rather than "recruitment scam" for wrong-number openers', () => {
    const view = presentVerdict({ risk: 'medium', score: 50, signals: [hit('r', 'romance', 'x')] }, 'm2', 'en', explain);
    expect(view?.topic).toBe('general');
    expect(view?.reasons).toEqual([]);
  });

  it('presents nothing below medium and survives a failing lookup', () => {
    expect(presentVerdict({ risk: 'low', score: 20, signals: [] }, 'k', 'en', explain)).toBeNull();
    const throwing: ExplainLookup = () => {
      throw new Error('bad pack');
    };
    expect(presentVerdict({ risk: 'high', score: 90, signals: [hit('a', 'fee', 'passport')] }, 'k', 'en', throwing)?.reasons).toEqual([]);
  });
});

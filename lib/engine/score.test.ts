// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { canWarn, combineScore, riskFor, scoreVerdict, shiftedThresholds } from './score';

const T = { low: 15, medium: 40, high: 70 };

describe('score', () => {
  it('adds signals of one family with diminishing weight', () => {
    expect(
      combineScore({
        signals: [
          { family: 'fee', weight: 40 },
          { family: 'fee', weight: 40 },
        ],
        comboBonuses: [],
      }),
    ).toBe(60);
  });
  it('combines families and combos as independent evidence, never above 100', () => {
    expect(
      combineScore({
        signals: [
          { family: 'fee', weight: 30 },
          { family: 'task', weight: 30 },
        ],
        comboBonuses: [],
      }),
    ).toBe(51);
    expect(combineScore({ signals: [{ family: 'fee', weight: 100 }], comboBonuses: [100, 50] })).toBe(100);
  });
  it('never warns on one signal, or on context alone, unless a combo fired', () => {
    expect(scoreVerdict({ signals: [{ family: 'fee', weight: 90 }], comboBonuses: [] }, T).risk).toBe('low');
    expect(
      scoreVerdict(
        {
          signals: [
            { family: 'context', weight: 40 },
            { family: 'context', weight: 40 },
          ],
          comboBonuses: [],
        },
        T,
      ).risk,
    ).toBe('low');
    expect(canWarn([{ family: 'context' }], 1)).toBe(true);
    expect(
      scoreVerdict(
        {
          signals: [
            { family: 'fee', weight: 40 },
            { family: 'task', weight: 40 },
          ],
          comboBonuses: [],
        },
        T,
      ).risk,
    ).toBe('medium');
  });
  it('multiplies the final score once by a dampening factor, after the one-signal cap', () => {
    const strong = { signals: [{ family: 'fee' as const, weight: 50 }], comboBonuses: [60] };
    expect(scoreVerdict(strong, T)).toEqual({ score: 80, risk: 'high' });
    expect(scoreVerdict({ ...strong, dampen: 0.5 }, T)).toEqual({ score: 40, risk: 'medium' });
    expect(scoreVerdict({ ...strong, dampen: 1 }, T).score).toBe(80);
    expect(scoreVerdict({ ...strong, dampen: 0 }, T)).toEqual({ score: 0, risk: 'none' });
  });
  it('shifts thresholds with sensitivity', () => {
    expect(shiftedThresholds(T, 'relaxed')).toEqual({ low: 25, medium: 50, high: 80 });
    expect(shiftedThresholds(T, 'cautious')).toEqual({ low: 5, medium: 30, high: 60 });
    expect(riskFor(45, shiftedThresholds(T, 'relaxed'))).toBe('low');
    expect(riskFor(45, T)).toBe('medium');
  });
});

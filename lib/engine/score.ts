/**
 * Scoring: one signal alone is weak, combinations are strong (issue 3 "Verdicts").
 * - Within a family, extra signals add with diminishing weight: w1 + w2/2 + w3/4 …
 * - Families and fired combos then combine like independent pieces of evidence:
 *   score = 100 × (1 − Π (1 − c/100)), so two 30s give 51, not 60, and nothing exceeds 100.
 * - A verdict reaches "medium" only with at least two distinct signals of which one is not generic
 *   context, or with a fired combo: a lone phrase never warns (everyday chat must stay below medium).
 * - A fired dampener (an awareness framing) multiplies the final score once by its factor.
 * - Sensitivity shifts the pack's thresholds: relaxed +10, cautious −10.
 * docs/pack-format.md "Scoring" explains this to pack authors.
 */
import type { Family, Risk } from './types';

export type Sensitivity = 'relaxed' | 'balanced' | 'cautious';

export interface Thresholds {
  low: number;
  medium: number;
  high: number;
}

const SHIFT: Record<Sensitivity, number> = { relaxed: 10, balanced: 0, cautious: -10 };

export function shiftedThresholds(t: Thresholds, sensitivity: Sensitivity = 'balanced'): Thresholds {
  const d = SHIFT[sensitivity] ?? 0;
  const clamp = (x: number) => Math.min(100, Math.max(1, x + d));
  return { low: clamp(t.low), medium: clamp(t.medium), high: clamp(t.high) };
}

export function riskFor(score: number, t: Thresholds): Risk {
  if (score >= t.high) return 'high';
  if (score >= t.medium) return 'medium';
  if (score >= t.low) return 'low';
  return 'none';
}

export interface ScoreInput {
  signals: ReadonlyArray<{ family: Family; weight: number }>;
  comboBonuses: readonly number[];
  /** Factor 0..1 from a fired dampener (docs/pack-format.md "Dampeners"); 1 when none. Applied once, last. */
  dampen?: number;
}

export function combineScore({ signals, comboBonuses }: ScoreInput): number {
  const byFamily = new Map<Family, number[]>();
  for (const s of signals) byFamily.set(s.family, [...(byFamily.get(s.family) ?? []), s.weight]);
  const parts: number[] = [...comboBonuses];
  for (const weights of byFamily.values()) {
    weights.sort((a, b) => b - a);
    let sum = 0;
    weights.forEach((w, i) => {
      sum += w / 2 ** i;
    });
    parts.push(Math.min(100, sum));
  }
  let keep = 1;
  for (const c of parts) keep *= 1 - Math.min(100, Math.max(0, c)) / 100;
  return Math.round(100 * (1 - keep));
}

/** Whether the evidence is enough to warn at all (see the header comment). */
export function canWarn(signals: ReadonlyArray<{ family: Family }>, combos: number): boolean {
  if (combos > 0) return true;
  return signals.length >= 2 && signals.some((s) => s.family !== 'context');
}

export function scoreVerdict(
  input: ScoreInput,
  thresholds: Thresholds,
  sensitivity: Sensitivity = 'balanced',
): { score: number; risk: Risk } {
  const t = shiftedThresholds(thresholds, sensitivity);
  let score = combineScore(input);
  if (!canWarn(input.signals, input.comboBonuses.length)) score = Math.min(score, t.medium - 1);
  const dampen = input.dampen ?? 1;
  if (dampen < 1) score = Math.round(score * Math.min(1, Math.max(0, dampen)));
  return { score, risk: riskFor(score, t) };
}

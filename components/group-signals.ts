import type { SignalHit } from '@/lib/engine/types';

/**
 * Hits that share an explanation (two fee rules, say, both explained by "fee") are shown once, with
 * their evidence together: the same sentence twice reads like a bug and hides the next sign.
 */
export function groupByExplanation(signals: readonly SignalHit[]): SignalHit[] {
  const byKey = new Map<string, SignalHit>();
  for (const hit of signals) {
    const key = hit.explain.found || hit.id;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...hit, spans: [...hit.spans], evidence: [...hit.evidence] });
    else {
      seen.spans.push(...hit.spans);
      for (const e of hit.evidence) if (!seen.evidence.includes(e)) seen.evidence.push(e);
    }
  }
  return [...byKey.values()];
}

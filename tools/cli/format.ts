/** Human-readable and JSONL renderings of a verdict for tools/scan (contract: ../shared/ARCHITECTURE.md). */
import { explanationFor, type Verdict } from '../../lib/engine';
import type { CompiledPack } from '../../lib/engine/compile';

export function verdictJson(id: unknown, v: Verdict): string {
  return JSON.stringify({
    id: id ?? null,
    risk: v.risk,
    score: v.score,
    signals: v.signals.map((s) => ({ id: s.id, family: s.family, evidence: s.evidence })),
  });
}

export function verdictText(v: Verdict, pack: CompiledPack, lang = 'en'): string {
  const flagged = v.risk === 'medium' || v.risk === 'high';
  const lines = [`Risk: ${v.risk.toUpperCase()} (score ${v.score}/100)${flagged ? ' — LureWatch would warn about this' : ''}`];
  if (!v.signals.length) lines.push('No warning signs found.');
  for (const s of v.signals) {
    const text = explanationFor(pack, s.explain.found, lang);
    const evidence = s.evidence.length ? `  [${s.evidence.map((e) => JSON.stringify(e)).join(', ')}]` : '';
    lines.push(`- ${s.id} (${s.family}): ${text?.found ?? ''}${evidence}`);
    if (text && flagged) {
      lines.push(`    why: ${text.why}`);
      lines.push(`    what to do: ${text.todo}`);
    }
  }
  return lines.join('\n');
}

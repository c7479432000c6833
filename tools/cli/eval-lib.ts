/**
 * Measurement for tools/eval.ts: recall on scams, false-alarm rate on legit, split by language and family,
 * and the worst false alarms and misses. Pure functions over rows and verdicts, so they can be tested.
 */
import type { Verdict } from '../../lib/engine';
import type { PostingFields } from '../../lib/engine/types';

export interface Row {
  id: string;
  text: string;
  lang?: string;
  kind?: 'posting' | 'message';
  /** true: should warn (scam/spam/fraud); false: legit. */
  positive: boolean;
  /** Labelled family (case files) when known. */
  family?: string;
  /** Structured posting fields, where a dataset has them (EMSCAD meta, see tools/cli/emscad-fields.ts). */
  fields?: PostingFields;
}

export interface Scored {
  row: Row;
  verdict: Verdict;
  flagged: boolean;
}

export interface Rate {
  hits: number;
  total: number;
}

export interface DatasetReport {
  name: string;
  recall: Rate;
  falseAlarms: Rate;
  byLang: Map<string, { recall: Rate; falseAlarms: Rate }>;
  /** Positives by labelled family (case files label theirs). */
  recallByFamily: Map<string, Rate>;
  /** Caught positives by the family of their strongest signal (for datasets without family labels). */
  caughtByFamily: Map<string, number>;
  /** False alarms by the family of their strongest signal. */
  falseAlarmsByFamily: Map<string, number>;
  worstFalseAlarms: Scored[];
  worstMisses: Scored[];
}

const rate = (): Rate => ({ hits: 0, total: 0 });

export function topFamily(v: Verdict): string {
  return v.signals[0]?.family ?? 'none';
}

export function report(name: string, scored: readonly Scored[], worst = 10): DatasetReport {
  const r: DatasetReport = {
    name,
    recall: rate(),
    falseAlarms: rate(),
    byLang: new Map(),
    recallByFamily: new Map(),
    caughtByFamily: new Map(),
    falseAlarmsByFamily: new Map(),
    worstFalseAlarms: [],
    worstMisses: [],
  };
  for (const s of scored) {
    const lang = s.row.lang ?? '?';
    let l = r.byLang.get(lang);
    if (!l) {
      l = { recall: rate(), falseAlarms: rate() };
      r.byLang.set(lang, l);
    }
    if (s.row.positive) {
      r.recall.total++;
      l.recall.total++;
      if (s.flagged) {
        r.recall.hits++;
        l.recall.hits++;
        const top = topFamily(s.verdict);
        r.caughtByFamily.set(top, (r.caughtByFamily.get(top) ?? 0) + 1);
      }
      if (s.row.family) {
        const f = r.recallByFamily.get(s.row.family) ?? rate();
        f.total++;
        if (s.flagged) f.hits++;
        r.recallByFamily.set(s.row.family, f);
      }
    } else {
      r.falseAlarms.total++;
      l.falseAlarms.total++;
      if (s.flagged) {
        r.falseAlarms.hits++;
        l.falseAlarms.hits++;
        const fam = topFamily(s.verdict);
        r.falseAlarmsByFamily.set(fam, (r.falseAlarmsByFamily.get(fam) ?? 0) + 1);
      }
    }
  }
  r.worstFalseAlarms = scored
    .filter((s) => !s.row.positive && s.flagged)
    .sort((a, b) => b.verdict.score - a.verdict.score)
    .slice(0, worst);
  r.worstMisses = scored
    .filter((s) => s.row.positive && !s.flagged)
    .sort((a, b) => a.verdict.score - b.verdict.score)
    .slice(0, worst);
  return r;
}

export function pct(r: Rate, digits = 1): string {
  if (!r.total) return '   n/a';
  return `${((100 * r.hits) / r.total).toFixed(digits)}% (${r.hits}/${r.total})`;
}

function clip(text: string, max = 150): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function formatReport(r: DatasetReport, opts: { showTexts: boolean }): string {
  const out: string[] = [];
  out.push(`\n=== ${r.name} ===`);
  out.push(`recall on scams: ${pct(r.recall)}    false alarms on legit: ${pct(r.falseAlarms, 2)}`);
  if (r.byLang.size > 1) {
    out.push('by language:');
    for (const [lang, l] of [...r.byLang].sort())
      out.push(`  ${lang.padEnd(5)} recall ${pct(l.recall).padEnd(20)} false alarms ${pct(l.falseAlarms, 2)}`);
  }
  if (r.recallByFamily.size) {
    out.push(
      `recall by family: ${[...r.recallByFamily]
        .sort()
        .map(([f, x]) => `${f} ${pct(x, 0)}`)
        .join(', ')}`,
    );
  }
  if (r.caughtByFamily.size) {
    out.push(
      `caught, by family of the strongest signal: ${[...r.caughtByFamily]
        .sort((a, b) => b[1] - a[1])
        .map(([f, n]) => `${f} ${n}`)
        .join(', ')}`,
    );
  }
  if (r.falseAlarmsByFamily.size) {
    out.push(
      `false alarms by family of the strongest signal: ${[...r.falseAlarmsByFamily]
        .sort((a, b) => b[1] - a[1])
        .map(([f, n]) => `${f} ${n}`)
        .join(', ')}`,
    );
  }
  const line = (s: Scored) => {
    const sig =
      s.verdict.signals
        .slice(0, 4)
        .map((x) => x.id)
        .join(', ') || 'no signals';
    return `  ${s.row.id} [${s.verdict.risk} ${s.verdict.score}] ${sig}${opts.showTexts ? `\n      ${clip(s.row.text)}` : ''}`;
  };
  if (r.worstFalseAlarms.length) out.push(`worst false alarms:\n${r.worstFalseAlarms.map(line).join('\n')}`);
  if (r.worstMisses.length) out.push(`worst misses:\n${r.worstMisses.map(line).join('\n')}`);
  return out.join('\n');
}

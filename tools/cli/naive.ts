/**
 * The benchmark's baseline (issue 3: "Keep that naive loop only as the benchmark's baseline"): one RegExp
 * per term and per pattern, each run over the whole text. Same normalisation, boundaries and outputs as
 * lib/engine/match.ts, so verdicts must be identical and only the matching strategy differs.
 */

import type { Boundary, CompiledPack } from '../../lib/engine/compile';
import { blocked, type OnMatch } from '../../lib/engine/match';
import type { Normalized } from '../../lib/engine/normalize';

interface NaiveTerm {
  re: RegExp;
  signal: number;
  left: Boundary;
  right: Boundary;
}

const cache = new WeakMap<CompiledPack, NaiveTerm[]>();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One RegExp per literal term of the compiled pack. */
export function naiveCompile(pack: CompiledPack): NaiveTerm[] {
  const terms: NaiveTerm[] = [];
  for (const e of pack.entries) {
    if (!e.anchor) terms.push({ re: new RegExp(esc(e.key), 'g'), signal: e.target, left: e.left, right: e.right });
  }
  cache.set(pack, terms);
  return terms;
}

export function naiveMatch(pack: CompiledPack, n: Normalized, kindMask: number, onMatch: OnMatch): void {
  const terms = cache.get(pack);
  if (!terms) throw new Error('naiveCompile first');
  for (const t of terms) {
    if (!(pack.signals[t.signal]!.kinds & kindMask)) continue;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(n.match); m; m = t.re.exec(n.match)) {
      const start = m.index;
      const end = start + m[0].length;
      t.re.lastIndex = start + 1; // overlapping occurrences, as the automaton reports them
      if (!blocked(n.text, start - 1, t.left) && !blocked(n.text, end, t.right)) onMatch(t.signal, start, end);
    }
  }
  for (const p of pack.patterns) {
    if (!(pack.signals[p.signal]!.kinds & kindMask)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(n.text); m; m = p.re.exec(n.text)) {
      if (m[0].length === 0) {
        p.re.lastIndex++;
        continue;
      }
      onMatch(p.signal, m.index, m.index + m[0].length);
    }
  }
}

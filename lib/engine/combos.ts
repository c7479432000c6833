/**
 * Which of a pack's combos the fired signals complete, for an item of a kind: every "all" signal fired and
 * at least minAny of the "any" ones. One place for the rule, shared by the verdict (analyze.ts) and by the
 * bound on signals fired in separate texts (union.ts).
 */
import type { CompiledCombo, CompiledPack } from './compile';

export function firedCombos(pack: CompiledPack, fired: { has(signal: number): boolean }, kindMask: number): CompiledCombo[] {
  const out: CompiledCombo[] = [];
  for (const c of pack.combos) {
    if (!(c.kinds & kindMask)) continue;
    if (!c.all.every((i) => fired.has(i))) continue;
    if (c.minAny > 0 && c.any.filter((i) => fired.has(i)).length < c.minAny) continue;
    out.push(c);
  }
  return out;
}

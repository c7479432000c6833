/**
 * Whether signals fired in separate texts could warn if they fired in one: the score their union gets
 * (their weights, the combos they complete, the pack's thresholds), as analyze.ts computes it, without
 * reading any text. Used to skip reading a chat sender's recent messages together (lib/scan/conversation.ts)
 * when they cannot warn even together: a job-seekers' group talks about jobs all day, and each such
 * window read costs a full analysis.
 *
 * An upper bound of the joined text's score: it leaves out dampeners (a warning frame in one message is
 * not listed in its verdict, so it cannot be known here), and a text joined from messages fires at
 * least their signals. Only a phrase running across two messages could fire more; that is rare, and
 * costs no more than a missed window.
 */
import { firedCombos } from './combos';
import { type CompiledPack, kindMaskOf } from './compile';
import { type Sensitivity, scoreVerdict } from './score';
import { type ItemKind, isFlagged } from './types';

const indexCache = new WeakMap<CompiledPack, Map<string, number>>();

function indexOf(pack: CompiledPack): Map<string, number> {
  let index = indexCache.get(pack);
  if (!index) {
    index = new Map(pack.signals.map((s, i) => [s.id, i]));
    indexCache.set(pack, index);
  }
  return index;
}

/** Whether signals with these ids (combo ids are ignored: they are recomputed) could reach medium together. */
export function couldWarnTogether(pack: CompiledPack, ids: Iterable<string>, kind: ItemKind, sensitivity?: Sensitivity): boolean {
  const kindMask = kindMaskOf(kind);
  const index = indexOf(pack);
  const fired = new Set<number>();
  for (const id of ids) {
    const i = index.get(id);
    if (i !== undefined && !pack.signals[i]!.dampen && pack.signals[i]!.kinds & kindMask) fired.add(i);
  }
  const signals = [...fired].map((i) => pack.signals[i]!);
  const bonuses = firedCombos(pack, fired, kindMask).map((c) => c.bonus);
  return isFlagged(scoreVerdict({ signals, comboBonuses: bonuses }, pack.pack.thresholds, sensitivity).risk);
}

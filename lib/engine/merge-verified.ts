/**
 * Merging packs with proof (issue 7; docs/pack-format.md "Merging"): lib/rules/merge.ts merges pack data;
 * this runs the merged pack's own examples through the engine, which is why it lives in lib/engine
 * (lib/rules never imports the engine).
 */
import { candidates, type MergeConflict, type MergeResult, mergePacks } from '../rules/merge';
import type { Pack } from '../rules/schema';
import type { PackError } from '../rules/types';
import { type CompiledPack, compilePack } from './compile';
import { selfTest } from './self-test';

export interface VerifiedMerge extends MergeResult {
  compiled: CompiledPack;
}

/** One self-test failure, as a key: the same example failing the same way before and after a merge. */
const failureKey = (failure: PackError): string => `${failure.path}\u0000${failure.message}`;

/**
 * mergePacks, then proof that no regional pack made the core's own examples fail: a regional pack
 * whose words make an everyday core example warn (or silence one) is left out, with the failing
 * examples as its conflict. For the background or tools (it compiles once per regional pack);
 * content scripts use mergePacks on what the background already accepted.
 *
 * A regional pack is blamed only for failures it adds. A core that already fails one of its own
 * examples on its own (a stored core checked against an older engine, a hand-made test pack) would
 * otherwise make every regional pack look guilty and leave them all out.
 */
export function mergeVerified(core: Pack, regional: readonly Pack[]): VerifiedMerge {
  const conflicts: MergeConflict[] = [];
  let accepted: Pack[] = [];
  let current = mergePacks(core, []);
  let compiled = compilePack(current.pack);
  const coreFailures = new Set(selfTest(compiled).map(failureKey));
  for (const add of candidates(core, regional, conflicts)) {
    const attempt = mergePacks(core, [...accepted, add]);
    if (attempt.merged.length === accepted.length) {
      conflicts.push(...attempt.conflicts.filter((c) => c.pack === add.id));
      continue;
    }
    const attemptCompiled = compilePack(attempt.pack);
    const failures: PackError[] = selfTest(attemptCompiled).filter((f) => !coreFailures.has(failureKey(f)));
    if (failures.length) {
      const first = failures[0]!;
      conflicts.push({
        pack: add.id,
        path: first.path,
        message: `not merged: with it the core's ${first.rule ?? 'example'} fails (${first.message})${failures.length > 1 ? ` and ${failures.length - 1} more` : ''}`,
        action: 'skipped-pack',
      });
      continue;
    }
    accepted = [...accepted, add];
    current = attempt;
    compiled = attemptCompiled;
  }
  const fromMerge = current.conflicts;
  return { ...current, conflicts: [...conflicts.filter((c) => c.action === 'skipped-pack'), ...fromMerge], compiled };
}

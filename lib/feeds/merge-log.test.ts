import { describe, expect, it } from 'vitest';
import type { MergeConflict } from '../rules/merge';
import { readRefreshLog } from '../store/refresh-log';
import { conflictEntries, logMergeConflicts, MAX_CONFLICTS_LOGGED } from './merge-log';
import { freshDb } from './test-feed';

const conflict = (n: number): MergeConflict => ({
  pack: 'ngo-ph',
  path: `signals[s${n}].weight`,
  message: `weight ${n} ignored`,
  action: 'kept-existing',
});
const sources = (id: string) => (id === 'ngo-ph' ? 'https://ngo.example/index.json' : undefined);

describe('merge conflicts in the refresh log', () => {
  it('one entry per conflict, naming the pack, its feed, the path and what the merge did', () => {
    expect(conflictEntries([conflict(1)], sources, 7)).toEqual([
      {
        at: 7,
        source: 'https://ngo.example/index.json',
        outcome: 'merge-conflict',
        reason: 'signals[s1].weight: weight 1 ignored (kept-existing)',
        packId: 'ngo-ph',
      },
    ]);
    const whole = conflictEntries([{ pack: '*', path: '', message: 'merge failed', action: 'skipped-pack' }], sources, 7);
    expect(whole).toEqual([{ at: 7, source: 'merge', outcome: 'merge-conflict', reason: 'merge failed (skipped-pack)' }]);
  });

  it('caps a flood of conflicts with a count of the rest', () => {
    const many = Array.from({ length: MAX_CONFLICTS_LOGGED + 5 }, (_, i) => conflict(i));
    const entries = conflictEntries(many, sources, 1);
    expect(entries).toHaveLength(MAX_CONFLICTS_LOGGED + 1);
    expect(entries.at(-1)?.reason).toBe('5 more merge conflict(s) not logged');
  });

  it('writes them to the database, and does nothing without one', async () => {
    const db = await freshDb();
    await logMergeConflicts(db, [conflict(1), conflict(2)], sources, 3);
    expect((await readRefreshLog(db, 10)).map((e) => e.reason)).toEqual([
      'signals[s2].weight: weight 2 ignored (kept-existing)',
      'signals[s1].weight: weight 1 ignored (kept-existing)',
    ]);
    await expect(logMergeConflicts(null, [conflict(1)], sources, 3)).resolves.toBeUndefined();
  });
});

/**
 * Merge conflicts go to the refresh log (issue 7: "document how conflicts are resolved"; the options
 * page and an NGO debugging its pack read them there). Logged when the merge's inputs change (a pack
 * installed or removed), not at every browser start, so the capped log is not flooded with repeats.
 */
import type { MergeConflict } from '../rules/merge';
import { type LureWatchDb, type RefreshLogEntry, tryWrite } from '../store/db';
import { appendRefreshLog } from '../store/refresh-log';

/** A pack with many truncated term lists must not push every feed check out of the capped log. */
export const MAX_CONFLICTS_LOGGED = 20;

export function conflictEntries(
  conflicts: readonly MergeConflict[],
  sourceOf: (packId: string) => string | undefined,
  now: number,
): RefreshLogEntry[] {
  const entry = (c: MergeConflict, reason: string): RefreshLogEntry => ({
    at: now,
    source: sourceOf(c.pack) ?? 'merge',
    outcome: 'merge-conflict',
    reason,
    ...(c.pack !== '*' ? { packId: c.pack } : {}),
  });
  const shown = conflicts.slice(0, MAX_CONFLICTS_LOGGED).map((c) => entry(c, `${c.path ? `${c.path}: ` : ''}${c.message} (${c.action})`));
  const rest = conflicts.length - shown.length;
  const last = conflicts[conflicts.length - 1];
  if (rest > 0 && last) shown.push(entry(last, `${rest} more merge conflict(s) not logged`));
  return shown;
}

/** Best effort, like every refresh-log write: a broken database costs the log, never the pack. */
export async function logMergeConflicts(
  db: LureWatchDb | null,
  conflicts: readonly MergeConflict[],
  sourceOf: (packId: string) => string | undefined,
  now: number,
): Promise<void> {
  if (!db || conflicts.length === 0) return;
  for (const e of conflictEntries(conflicts, sourceOf, now)) await tryWrite(() => appendRefreshLog(db, e));
}

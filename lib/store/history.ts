/**
 * Per-site verdict history: what was flagged where, kept for Settings.historyRetentionDays
 * (30 by default; 0 keeps nothing) and cleared on request. No page text is stored.
 */
import type { LureWatchDb, VerdictRecord } from './db';

const DAY_MS = 86_400_000;

export async function recordVerdicts(db: LureWatchDb, records: VerdictRecord[], retentionDays: number): Promise<void> {
  if (retentionDays <= 0 || records.length === 0) return;
  await db.verdicts.bulkAdd(records);
}

/** Deletes records older than the retention window; returns how many went. */
export async function pruneHistory(db: LureWatchDb, retentionDays: number, now = Date.now()): Promise<number> {
  if (retentionDays <= 0) {
    const n = await db.verdicts.count();
    await db.verdicts.clear();
    return n;
  }
  // A record stamped in the future (clock moved back) is kept until the clock passes it again:
  // deleting by a wrong clock would lose data the user asked to keep.
  return db.verdicts
    .where('at')
    .below(now - retentionDays * DAY_MS)
    .delete();
}

export async function clearHistory(db: LureWatchDb): Promise<void> {
  await db.transaction('rw', db.verdicts, db.feedback, async () => {
    await db.verdicts.clear();
    await db.feedback.clear();
  });
}

/** Newest first. */
export async function siteHistory(db: LureWatchDb, site: string, limit = 100): Promise<VerdictRecord[]> {
  return db.verdicts.where('[site+at]').between([site, -Infinity], [site, Infinity]).reverse().limit(limit).toArray();
}

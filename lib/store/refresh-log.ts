/** The refresh log: one entry per feed check, capped so it never grows without bound. */
import type { LureWatchDb, RefreshLogEntry } from './db';

export const REFRESH_LOG_CAP = 200;

export async function appendRefreshLog(db: LureWatchDb, entry: RefreshLogEntry): Promise<void> {
  await db.transaction('rw', db.refreshLog, async () => {
    await db.refreshLog.add(entry);
    const excess = (await db.refreshLog.count()) - REFRESH_LOG_CAP;
    if (excess > 0) {
      const oldest = await db.refreshLog.orderBy('id').limit(excess).primaryKeys();
      await db.refreshLog.bulkDelete(oldest);
    }
  });
}

/** Newest first. */
export async function readRefreshLog(db: LureWatchDb, limit = 50): Promise<RefreshLogEntry[]> {
  return db.refreshLog.orderBy('id').reverse().limit(limit).toArray();
}

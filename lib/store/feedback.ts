/** User feedback on verdicts ("not a scam", "report"), kept on the device only. */
import type { FeedbackRecord, LureWatchDb } from './db';

export async function addFeedback(db: LureWatchDb, record: FeedbackRecord): Promise<number> {
  return db.feedback.add(record);
}

/** Newest first. */
export async function listFeedback(db: LureWatchDb, limit = 200): Promise<FeedbackRecord[]> {
  return db.feedback.orderBy('at').reverse().limit(limit).toArray();
}

/**
 * Per-feed refresh state, in storage.local (not IndexedDB) so that scheduling, backoff and
 * conditional requests keep working when the database is broken.
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../store/keys';

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Wall-clock ms of the last attempt / last attempt that reached a verdict (installed or up to date). */
  lastCheck?: number;
  lastSuccess?: number;
  /** Consecutive failed or rejected checks (drives the backoff). */
  failures: number;
  lastError?: string;
  lastOutcome?: 'installed' | 'up-to-date' | 'rejected' | 'failed';
  /** What the feed last offered / what we installed from it. */
  packId?: string;
  version?: number;
  /** The installed pack's expiresHours (refresh hint). */
  expiresHours?: number;
  /** Wall-clock ms when the next check is due. */
  nextCheck?: number;
}

export type FeedStates = Record<string, FeedState>;

export async function readFeedStates(): Promise<FeedStates> {
  const got = await browser.storage.local.get(STORAGE_KEYS.feedState);
  const raw = got[STORAGE_KEYS.feedState];
  return typeof raw === 'object' && raw !== null ? (raw as FeedStates) : {};
}

export async function writeFeedState(url: string, state: FeedState): Promise<void> {
  const all = await readFeedStates();
  all[url] = state;
  await browser.storage.local.set({ [STORAGE_KEYS.feedState]: all });
}

/** Forgets feeds whose pack was dropped: re-added later, they start fresh (no ETag that would answer 304). */
export async function forgetFeedStates(urls: readonly string[]): Promise<void> {
  if (!urls.length) return;
  const all = await readFeedStates();
  for (const url of urls) delete all[url];
  await browser.storage.local.set({ [STORAGE_KEYS.feedState]: all });
}

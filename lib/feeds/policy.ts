/**
 * Feeds and trusted keys from managed policy (browser.storage.managed: Chrome/Edge enterprise
 * policy, Firefox policies.json "3rdparty"). This reads only `feeds` and `trustedKeys`; issue 7
 * extends the managed schema with the rest. Bad entries are skipped, never fatal.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

const PolicyFeed = v.object({
  url: v.pipe(v.string(), v.url()),
  publicKey: v.optional(v.string()),
  name: v.optional(v.pipe(v.string(), v.maxLength(100))),
});

export interface FeedPolicy {
  feeds: { url: string; publicKey?: string; name?: string }[];
  /** Base64 Ed25519 public keys trusted for every policy feed. */
  trustedKeys: string[];
}

export function parseFeedPolicy(raw: Record<string, unknown>): FeedPolicy {
  const feeds = Array.isArray(raw.feeds)
    ? raw.feeds.flatMap((f) => {
        const res = v.safeParse(PolicyFeed, f);
        return res.success ? [res.output] : [];
      })
    : [];
  const trustedKeys = Array.isArray(raw.trustedKeys) ? raw.trustedKeys.filter((k): k is string => typeof k === 'string') : [];
  return { feeds, trustedKeys };
}

/**
 * Chromium answers storage.managed only once its policy service has loaded, about 3 s after browser
 * start on Linux (measured in tests/e2e). Refreshes do not wait longer than this for it: the default
 * feed goes ahead, and policy feeds are picked up when storage.managed changes (scheduler.ts).
 */
export const POLICY_WAIT_MS = 1000;

const NO_POLICY: FeedPolicy = { feeds: [], trustedKeys: [] };

export async function readFeedPolicy(waitMs = POLICY_WAIT_MS): Promise<FeedPolicy> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Chrome rejects when the extension has no managed schema or no policy is set; both mean "none".
    const read = (async () => parseFeedPolicy((await browser.storage.managed?.get(['feeds', 'trustedKeys'])) ?? {}))();
    const late = new Promise<FeedPolicy>((resolve) => {
      timer = setTimeout(() => resolve(NO_POLICY), waitMs);
    });
    return await Promise.race([read, late]);
  } catch {
    return NO_POLICY;
  } finally {
    clearTimeout(timer);
  }
}

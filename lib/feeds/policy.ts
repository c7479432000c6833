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
  /**
   * false when the policy switches feeds added by the user off (features.userFeeds, issue 7): an NGO
   * handing out managed devices decides which rule publishers they trust. Absent means allowed.
   */
  userFeeds?: false;
}

export function parseFeedPolicy(raw: Record<string, unknown>): FeedPolicy {
  const feeds = Array.isArray(raw.feeds)
    ? raw.feeds.flatMap((f) => {
        const res = v.safeParse(PolicyFeed, f);
        return res.success ? [res.output] : [];
      })
    : [];
  const trustedKeys = Array.isArray(raw.trustedKeys) ? raw.trustedKeys.filter((k): k is string => typeof k === 'string') : [];
  const features = raw.features;
  const userFeedsOff = typeof features === 'object' && features !== null && (features as Record<string, unknown>).userFeeds === false;
  return { feeds, trustedKeys, ...(userFeedsOff ? { userFeeds: false as const } : {}) };
}

/**
 * Chromium answers storage.managed only once its policy service has loaded, about 3 s after browser
 * start on Linux (measured in tests/e2e). Refreshes do not wait longer than this for it: the default
 * feed goes ahead, and policy feeds are picked up when storage.managed changes (scheduler.ts).
 */
export const POLICY_WAIT_MS = 1000;

const NO_POLICY: FeedPolicy = { feeds: [], trustedKeys: [] };

/**
 * The feed policy, or null when the browser did not answer within waitMs (policy service still
 * loading). Callers that would act on the ABSENCE of a policy feed (dropping its pack) must wait for
 * an answer: a slow start is not a removed feed.
 */
export async function readFeedPolicyAnswer(waitMs = POLICY_WAIT_MS): Promise<FeedPolicy | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Chrome rejects when the extension has no managed schema or no policy is set; both mean "none".
    const read = (async () => parseFeedPolicy((await browser.storage.managed?.get(['feeds', 'trustedKeys', 'features'])) ?? {}))();
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), waitMs);
    });
    return await Promise.race([read, late]);
  } catch {
    return NO_POLICY;
  } finally {
    clearTimeout(timer);
  }
}

export async function readFeedPolicy(waitMs = POLICY_WAIT_MS): Promise<FeedPolicy> {
  return (await readFeedPolicyAnswer(waitMs)) ?? NO_POLICY;
}

/**
 * The feeds to check and the keys each may be signed with:
 * - the default LureWatch feed (URL set at build time): shipped keys (+ the test key in test builds);
 * - policy feeds: their own key, plus every policy-wide trusted key;
 * - feeds the user added in options: the key pinned when they were added, and nothing else (none at
 *   all when managed policy switches user feeds off).
 */
import type { Settings } from '../store/settings';
import type { BuildFeedConfig } from './build-config';
import type { FeedPolicy } from './policy';
import { builtinKeys, type TrustedKey, trustedKey } from './trusted-keys';

export interface FeedSpec {
  url: string;
  origin: 'builtin' | 'policy' | 'user';
  name: string;
  keys: TrustedKey[];
}

export function feedList(build: BuildFeedConfig, policy: FeedPolicy, settings: Settings): FeedSpec[] {
  const out: FeedSpec[] = [];
  const seen = new Set<string>();
  const push = (spec: FeedSpec) => {
    if (seen.has(spec.url)) return;
    seen.add(spec.url);
    out.push(spec);
  };
  const shipped = builtinKeys();
  const testKey = build.testKey ? trustedKey(build.testKey, 'test', 'test build key') : null;
  push({ url: build.defaultFeedUrl, origin: 'builtin', name: 'LureWatch', keys: testKey ? [...shipped, testKey] : shipped });

  const policyKeys = policy.trustedKeys.map((k) => trustedKey(k, 'policy', 'policy key')).filter((k): k is TrustedKey => k !== null);
  for (const f of policy.feeds) {
    const own = f.publicKey ? trustedKey(f.publicKey, 'policy', f.name ?? f.url) : null;
    push({ url: f.url, origin: 'policy', name: f.name ?? f.url, keys: own ? [own, ...policyKeys] : policyKeys });
  }
  // Policy can switch user feeds off: they are then not fetched, and their packs are dropped (service.ts).
  for (const f of policy.userFeeds === false ? [] : settings.feeds) {
    if (f.origin !== 'user') continue;
    const own = trustedKey(f.publicKey, 'user', f.name ?? f.url);
    if (own) push({ url: f.url, origin: 'user', name: f.name ?? f.url, keys: [own] });
  }
  return out;
}

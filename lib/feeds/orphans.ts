/**
 * Regional packs whose feed is gone: the user removed it in options, the policy no longer lists it, or
 * the policy switched user feeds off. Their packs leave the merge (issue 7: "removing it reverts"), and
 * their feed state is forgotten so that adding the feed again downloads the pack again.
 */
import { type ActivationOptions, removeRegionalPacks } from './active-pack';
import { forgetFeedStates } from './feed-state';
import type { FeedSpec } from './feeds-list';
import type { ActivePackRecord } from './pack-record';

/**
 * A pack is dropped only when its absence is certain: user feeds are in settings (always readable);
 * policy feeds only when the browser answered for its policy (a slow policy service at start-up is not
 * a removed feed). A pack with no recorded origin (stored before origins were) is left alone.
 */
export function isOrphan(record: ActivePackRecord, feedUrls: ReadonlySet<string>, policyAnswered: boolean): boolean {
  if (feedUrls.has(record.source)) return false;
  return record.origin === 'user' || (record.origin === 'policy' && policyAnswered);
}

export async function dropOrphanPacks(
  feeds: readonly FeedSpec[],
  policyAnswered: boolean,
  options: ActivationOptions = {},
): Promise<string[]> {
  const urls = new Set(feeds.map((f) => f.url));
  const sources: string[] = [];
  const done = await removeRegionalPacks((record) => {
    const orphan = isOrphan(record, urls, policyAnswered);
    if (orphan) sources.push(record.source);
    return orphan;
  }, options);
  if (!done) return [];
  await forgetFeedStates(sources);
  return done.removed;
}

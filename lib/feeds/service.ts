/**
 * The background's feed service: which feeds are due, one refresh at a time, the alarm for the
 * next one, and the status shown in options. lib/feeds/scheduler.ts wires it to browser events.
 */
import { browser } from 'wxt/browser';
import type { PackStatus } from '../messaging';
import { getDb } from '../store/db';
import { loadSettings } from '../store/settings-store';
import { type ActivePackRecord, readActivePack, readCorePack, readRegionalPacks } from './active-pack';
import { buildFeedConfig } from './build-config';
import { type FeedStates, readFeedStates, writeFeedState } from './feed-state';
import { type FeedSpec, feedList } from './feeds-list';
import { dropOrphanPacks } from './orphans';
import { bundledIdentity } from './pack-checks';
import { readFeedPolicyAnswer } from './policy';
import { type RefreshDeps, refreshFeed } from './refresh';
import { isDue, isStale } from './schedule';

export const REFRESH_ALARM = 'lurewatch:refresh';

export async function defaultDeps(): Promise<RefreshDeps> {
  return {
    now: Date.now,
    random: Math.random,
    allowLoopbackHttp: buildFeedConfig().allowLoopbackHttp,
    bundled: bundledIdentity(),
    db: await getDb(),
  };
}

/** The feeds to check, and whether the browser answered for its policy (see readFeedPolicyAnswer). */
async function feedsAndPolicy(): Promise<{ feeds: FeedSpec[]; policyAnswered: boolean }> {
  const [answer, settings] = await Promise.all([readFeedPolicyAnswer(), loadSettings()]);
  return { feeds: feedList(buildFeedConfig(), answer ?? { feeds: [], trustedKeys: [] }, settings), policyAnswered: answer !== null };
}

export async function currentFeeds(): Promise<FeedSpec[]> {
  return (await feedsAndPolicy()).feeds;
}

/** Schedules the alarm for the earliest next check (relative delay: immune to a wrong wall clock). */
export async function scheduleNext(states: FeedStates, feeds: readonly FeedSpec[], now: number): Promise<number | undefined> {
  const next = feeds.map((f) => states[f.url]?.nextCheck).filter((t): t is number => typeof t === 'number');
  if (!next.length) return undefined;
  const delayMs = Math.max(30_000, Math.min(...next) - now);
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: delayMs / 60_000 });
  return delayMs;
}

let running: { reach: number; done: Promise<PackStatus[]> } | undefined;

/** How much a run checks: every feed ⊇ due or stale feeds ⊇ due feeds. */
const reachOf = (o: RefreshOptions): number => (o.force ? 2 : o.startup ? 1 : 0);

export interface RefreshOptions {
  /** Check every feed now (install, "check now"). */
  force: boolean;
  /** Browser start-up: also check feeds whose pack is stale, unless they are backing off after errors. */
  startup?: boolean;
}

async function runOnce({ force, startup }: RefreshOptions, overrides: Partial<RefreshDeps>): Promise<PackStatus[]> {
  const deps = { ...(await defaultDeps()), ...overrides };
  const { feeds, policyAnswered } = await feedsAndPolicy();
  // A feed removed since the last run takes its regional pack out of the merge first.
  await dropOrphanPacks(feeds, policyAnswered, { now: deps.now() }).catch(() => []);
  const states = await readFeedStates();
  for (const feed of feeds) {
    const state = states[feed.url];
    const now = deps.now();
    const wanted = force || isDue(state, now) || (startup === true && (state?.failures ?? 0) === 0 && isStale(state, now));
    if (!wanted) continue;
    const res = await refreshFeed(feed, states[feed.url], deps);
    states[feed.url] = res.state;
    await writeFeedState(feed.url, res.state);
  }
  await scheduleNext(states, feeds, deps.now());
  return packStatuses(feeds, states);
}

/**
 * Checks the feeds that are due (all of them when forced, e.g. "check now") and schedules the next
 * alarm. One run at a time: a caller joins the run in progress when it covers what they asked for
 * (an alarm and a click never fetch twice); a wider call (forced, or start-up) that finds a narrower
 * run waits for it, then runs.
 */
export async function refreshAll(options: RefreshOptions, overrides: Partial<RefreshDeps> = {}): Promise<PackStatus[]> {
  while (running) {
    const current = running;
    if (current.reach >= reachOf(options)) return current.done;
    await current.done.catch(() => undefined);
    if (running === current) running = undefined;
  }
  const done = runOnce(options, overrides);
  const entry = { reach: reachOf(options), done };
  running = entry;
  try {
    return await done;
  } finally {
    if (running === entry) running = undefined;
  }
}

/**
 * Why the merge left a regional pack out, for options (the refresh log has every conflict): its first
 * "skipped-pack" conflict, or a conflict that names no pack (the whole merge failed).
 */
function leftOutReason(active: ActivePackRecord | null, packId: string): string {
  const conflicts = active?.conflicts ?? [];
  const skipped =
    conflicts.find((c) => c.pack === packId && c.action === 'skipped-pack') ??
    conflicts.find((c) => c.pack === '*' && c.action === 'skipped-pack');
  return skipped ? `${skipped.path ? `${skipped.path}: ` : ''}${skipped.message}` : 'not merged (see the refresh log)';
}

/** One status per feed, plus the bundled floor: what options shows. */
export async function packStatuses(feeds?: readonly FeedSpec[], states?: FeedStates): Promise<PackStatus[]> {
  const list = feeds ?? (await currentFeeds());
  const st = states ?? (await readFeedStates());
  const [core, active, regional] = await Promise.all([readCorePack(), readActivePack(), readRegionalPacks()]);
  const bundled = bundledIdentity();
  const coreLive = !!core && core.packId === bundled.id && core.version > bundled.version;
  // A regional pack is live when the merge took it (it may have been left out: see the refresh log).
  const merged = new Set((active?.merged ?? []).map((m) => `${m.id}@${m.version}`));
  const out: PackStatus[] = [{ source: 'bundled', packId: bundled.id, version: bundled.version, active: !coreLive }];
  for (const feed of list) {
    const s = st[feed.url];
    const installed = core?.source === feed.url ? core : Object.values(regional).find((r) => r.source === feed.url);
    const live = installed === core ? coreLive : !!installed && merged.has(`${installed.packId}@${installed.version}`);
    const leftOut = installed && installed !== core && !live ? leftOutReason(active, installed.packId) : undefined;
    out.push({
      source: feed.url,
      name: feed.name,
      origin: feed.origin,
      version: installed?.version ?? 0,
      ...(installed ? { packId: installed.packId, fetchedAt: installed.activatedAt, active: live } : {}),
      ...(s?.lastError ? { lastError: s.lastError } : {}),
      ...(s?.lastCheck ? { lastCheck: s.lastCheck } : {}),
      ...(s?.nextCheck ? { nextCheck: s.nextCheck } : {}),
      ...(s?.lastOutcome ? { lastOutcome: s.lastOutcome } : {}),
      ...(leftOut ? { leftOut } : {}),
    });
  }
  return out;
}

/**
 * Start-up recovery of packs that storage.local lost (extension storage partly cleared, corrupted, a
 * browser bug, a quota failure) while IndexedDB still holds them. Without it the extension would run
 * the bundled pack until the feed can be reached again, and an offline user would lose the regional
 * rules an NGO handed out (docs/feeds.md, "What the extension does").
 *
 * IndexedDB keeps the exact bytes that were accepted (lib/store/installed-packs.ts), but they are not
 * trusted for having been there: each candidate goes through acceptPack again, with the keys its feed
 * trusts NOW (a key revoked since, by an extension update, the policy or the user, does not come back),
 * the SHA-256 recorded with it, the schema, ReDoS and self-test checks, and "strictly newer than what
 * storage.local holds" (so the bundled floor for the core, and never an older copy over a newer one).
 * Only packs a current feed delivered are candidates: a removed feed's pack stays removed.
 *
 * Best effort throughout: a database that will not open or read, or a refused log write, ends the
 * recovery quietly; start-up and the refresh that follows go on.
 */
import { errorText, getDb, type InstalledPack, type LureWatchDb, type RefreshLogEntry, tryWrite } from '../store/db';
import { appendRefreshLog } from '../store/refresh-log';
import { acceptPack } from './accept';
import { activateIfNewer, installedVersion, readRegionalPacks } from './active-pack';
import { FEED_INDEX_FORMAT, type FeedIndex } from './feed-index';
import { readFeedStates, writeFeedState } from './feed-state';
import type { FeedSpec } from './feeds-list';
import { logMergeConflicts } from './merge-log';
import { bundledIdentity } from './pack-checks';
import { currentFeeds } from './service';

export interface RestoreDeps {
  /** null when IndexedDB could not be opened: nothing to restore from, the feed-state repair still runs. */
  db: LureWatchDb | null;
  bundled: { id: string; version: number };
  now: number;
}

export interface RestoreReport {
  /** "packId@version" of each pack put back. */
  restored: string[];
  /** Copies that failed a check, with the reason (also in the refresh log). */
  refused: { packId: string; version: number; source: string; reason: string }[];
  /** Feeds whose lost pack could not be restored: their next check downloads it again. */
  refetch: string[];
}

/**
 * The feed index the stored copy stands for: the hash, key id and signature recorded with it. No size
 * was recorded, so the bytes' own length stands in (the hash check covers truncation); nothing is fetched.
 */
function indexOf(copy: InstalledPack, bytes: Uint8Array): FeedIndex {
  return {
    format: FEED_INDEX_FORMAT,
    packId: copy.packId,
    version: copy.version,
    size: bytes.byteLength,
    sha256: copy.sha256,
    url: copy.source,
    publishedAt: copy.published ?? new Date(0).toISOString(),
    keyId: copy.keyId,
    signature: copy.signature,
  };
}

/** Stored copies newer than what storage.local holds, newest first. Only the index is read otherwise. */
async function candidates(db: LureWatchDb, packId: string, installed: number): Promise<InstalledPack[]> {
  const newer = await db.packs
    .where('[packId+version]')
    .between([packId, installed], [packId, Number.POSITIVE_INFINITY], false, true)
    .toArray();
  return newer.sort((a, b) => b.version - a.version || b.fetchedAt - a.fetchedAt);
}

async function log(db: LureWatchDb, entry: RefreshLogEntry): Promise<void> {
  await tryWrite(() => appendRefreshLog(db, entry));
}

/** Puts back, for each pack id, the newest stored copy from a current feed that passes acceptance. */
async function restoreFromDb(db: LureWatchDb, feeds: readonly FeedSpec[], deps: RestoreDeps, report: RestoreReport): Promise<void> {
  const bySource = new Map(feeds.map((f) => [f.url, f]));
  const packIds = (await db.packs.orderBy('packId').uniqueKeys()).filter((k): k is string => typeof k === 'string');
  for (const packId of packIds) {
    // One pack's unreadable copy or storage hiccup must not stop the others.
    await restorePackId(db, packId, bySource, deps, report).catch(() => undefined);
  }
}

async function restorePackId(
  db: LureWatchDb,
  packId: string,
  bySource: ReadonlyMap<string, FeedSpec>,
  deps: RestoreDeps,
  report: RestoreReport,
): Promise<void> {
  const installed = await installedVersion(packId, deps.bundled);
  for (const copy of await candidates(db, packId, installed)) {
    const feed = bySource.get(copy.source);
    if (!feed) continue;
    const bytes = new TextEncoder().encode(copy.raw);
    const accepted = await acceptPack({
      index: indexOf(copy, bytes),
      bytes,
      keys: feed.keys,
      installedVersion: installed,
      coreId: deps.bundled.id,
      now: deps.now,
    });
    const at = { at: deps.now, source: feed.url, packId, version: copy.version };
    if (!accepted.ok) {
      report.refused.push({ packId, version: copy.version, source: feed.url, reason: accepted.reason });
      await log(db, { ...at, outcome: 'rejected', reason: `not restored from IndexedDB: ${accepted.reason}` });
      continue; // An older copy signed by a key still trusted may pass.
    }
    let build: Awaited<ReturnType<typeof activateIfNewer>>;
    try {
      build = await activateIfNewer(
        {
          pack: accepted.pack,
          source: feed.url,
          // When it was downloaded: what options shows as "fetched".
          activatedAt: copy.fetchedAt,
          packId,
          version: accepted.pack.version,
          sha256: accepted.sha256,
          keyId: accepted.keyId,
          origin: feed.origin,
        },
        deps.bundled.id,
        { now: deps.now },
      );
    } catch (e) {
      await log(db, { ...at, outcome: 'failed', reason: `could not store the pack restored from IndexedDB: ${errorText(e)}` });
      break;
    }
    // null: a refresh installed this version or a newer one meanwhile; nothing was lost after all.
    if (build) {
      report.restored.push(`${packId}@${copy.version}`);
      await log(db, {
        ...at,
        outcome: 'installed',
        reason: `restored ${packId}@${copy.version} from IndexedDB (storage.local had lost it; installed version was ${installed})`,
      });
      if (build.conflicts.length) {
        const regional = await readRegionalPacks().catch(() => ({}) as Awaited<ReturnType<typeof readRegionalPacks>>);
        await logMergeConflicts(db, build.conflicts, (id) => regional[id]?.source, deps.now);
      }
    }
    break;
  }
}

/**
 * A feed whose pack is still missing after the restore: its state may still carry the ETag of the
 * index that named the lost pack, and a 304 would then keep it "up to date" without the pack forever.
 * Forget the validators, and check now unless the feed is backing off after errors.
 */
async function refetchLost(feeds: readonly FeedSpec[], deps: RestoreDeps, report: RestoreReport): Promise<void> {
  for (const feed of feeds) {
    // Read just before the write: a refresh running meanwhile may have recorded a newer state.
    const state = (await readFeedStates())[feed.url];
    if (!state?.packId || !state.version) continue;
    if ((await installedVersion(state.packId, deps.bundled)) >= state.version) continue;
    const { etag: _etag, lastModified: _lastModified, ...rest } = state;
    await writeFeedState(feed.url, { ...rest, ...(state.failures === 0 ? { nextCheck: deps.now } : {}) });
    report.refetch.push(feed.url);
  }
}

/** Restores what storage.local lost; never throws (a failure just leaves less restored). */
export async function restoreLostPacks(feeds: readonly FeedSpec[], deps: RestoreDeps): Promise<RestoreReport> {
  const report: RestoreReport = { restored: [], refused: [], refetch: [] };
  if (deps.db) await restoreFromDb(deps.db, feeds, deps, report).catch(() => undefined);
  await refetchLost(feeds, deps, report).catch(() => undefined);
  return report;
}

/**
 * The entry for ./scheduler.ts: the current feeds with the keys they trust now, the shared database.
 * Runs at install, update and browser start (after reconcileActivePack settles the bundled floor,
 * before the first refresh), and when the managed policy changes: Chromium answers for its policy
 * only seconds after start, so a policy feed's pack may be restorable only then (./policy.ts).
 */
export async function restoreLostPacksNow(now = Date.now()): Promise<RestoreReport> {
  try {
    return await restoreLostPacks(await currentFeeds(), { db: await getDb(), bundled: bundledIdentity(), now });
  } catch {
    return { restored: [], refused: [], refetch: [] };
  }
}

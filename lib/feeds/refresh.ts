/**
 * One check of one feed: index → (if newer) pack → acceptance → activation → bookkeeping.
 * Every outcome is recorded in the feed state (storage.local) and the refresh log (IndexedDB, best
 * effort); nothing here throws for a bad feed, and nothing replaces the active pack unless every
 * check passed.
 */
import { errorText, type LureWatchDb, type RefreshOutcome, tryWrite } from '../store/db';
import { saveInstalledPack } from '../store/installed-packs';
import { appendRefreshLog } from '../store/refresh-log';
import { acceptPack } from './accept';
import { activatePack, installedVersion, readRegionalPacks } from './active-pack';
import { parseFeedIndex } from './feed-index';
import type { FeedState } from './feed-state';
import type { FeedSpec } from './feeds-list';
import { fetchBounded } from './fetch-bounded';
import { logMergeConflicts } from './merge-log';
import { nextDelayMs } from './schedule';

export interface FetchLimits {
  indexBytes: number;
  packBytes: number;
  indexTimeoutMs: number;
  packTimeoutMs: number;
}

export const FETCH_LIMITS: Readonly<FetchLimits> = {
  indexBytes: 64 * 1024,
  /** The core pack is far below this; a bigger "pack" is a misconfigured host or an attack. */
  packBytes: 4 * 1024 * 1024,
  indexTimeoutMs: 15_000,
  packTimeoutMs: 30_000,
};

export interface RefreshDeps {
  now: () => number;
  random: () => number;
  allowLoopbackHttp: boolean;
  bundled: { id: string; version: number };
  /** null when IndexedDB could not be opened: refresh still works, the log is skipped. */
  db: LureWatchDb | null;
  fetchImpl?: typeof fetch;
  limits?: Partial<FetchLimits>;
}

export interface RefreshResult {
  outcome: RefreshOutcome;
  reason: string;
  state: FeedState;
}

export async function refreshFeed(feed: FeedSpec, prev: FeedState | undefined, deps: RefreshDeps): Promise<RefreshResult> {
  const limits = { ...FETCH_LIMITS, ...deps.limits };
  const now = deps.now();
  const before: FeedState = { failures: 0, ...prev };
  const common = { allowLoopbackHttp: deps.allowLoopbackHttp, ...(deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}) };

  const finish = async (outcome: RefreshOutcome, reason: string, patch: Partial<FeedState> = {}): Promise<RefreshResult> => {
    const good = outcome === 'installed' || outcome === 'up-to-date';
    const state: FeedState = {
      ...before,
      ...patch,
      lastCheck: now,
      lastOutcome: outcome,
      failures: good ? 0 : before.failures + 1,
    };
    if (good) {
      state.lastSuccess = now;
      delete state.lastError;
    } else {
      state.lastError = reason;
    }
    state.nextCheck = now + nextDelayMs(state, deps.random());
    if (deps.db) {
      const db = deps.db;
      const entry = {
        at: now,
        source: feed.url,
        outcome,
        reason,
        ...(state.packId ? { packId: state.packId } : {}),
        ...(state.version ? { version: state.version } : {}),
      };
      await tryWrite(() => appendRefreshLog(db, entry));
    }
    return { outcome, reason, state };
  };

  const idx = await fetchBounded(feed.url, {
    ...common,
    timeoutMs: limits.indexTimeoutMs,
    maxBytes: limits.indexBytes,
    ...(before.etag ? { etag: before.etag } : {}),
    ...(before.lastModified ? { lastModified: before.lastModified } : {}),
  });
  if (idx.kind === 'error') return finish('failed', `index: ${idx.reason}`);
  if (idx.kind === 'not-modified') return finish('up-to-date', 'index not modified');

  const parsed = parseFeedIndex(idx.bytes);
  if (!parsed.ok) return finish('failed', parsed.reason);
  const index = parsed.index;
  const validators = { ...(idx.etag ? { etag: idx.etag } : {}), ...(idx.lastModified ? { lastModified: idx.lastModified } : {}) };

  const installed = await installedVersion(index.packId, deps.bundled);
  if (index.version <= installed) {
    return finish('up-to-date', `feed offers ${index.packId}@${index.version}, installed ${installed}`, {
      ...validators,
      packId: index.packId,
      version: installed,
    });
  }
  if (index.size > limits.packBytes) return finish('rejected', `pack of ${index.size} bytes exceeds the ${limits.packBytes}-byte cap`);

  let packUrl: string;
  try {
    packUrl = new URL(index.url, idx.finalUrl).href;
  } catch {
    return finish('rejected', `bad pack URL in index: ${index.url}`);
  }
  // Capped at the announced size: a longer body is aborted as oversized instead of buffered.
  const got = await fetchBounded(packUrl, { ...common, timeoutMs: limits.packTimeoutMs, maxBytes: index.size });
  if (got.kind === 'error') return finish('failed', `pack: ${got.reason}`);
  if (got.kind === 'not-modified') return finish('failed', 'pack: unexpected 304');

  const accepted = await acceptPack({
    index,
    bytes: got.bytes,
    keys: feed.keys,
    installedVersion: installed,
    coreId: deps.bundled.id,
    now,
    ...(got.serverDate ? { serverDate: got.serverDate } : {}),
  });
  if (!accepted.ok) return finish('rejected', accepted.reason);

  const { pack } = accepted;
  let build: Awaited<ReturnType<typeof activatePack>>;
  try {
    build = await activatePack(
      {
        pack,
        source: feed.url,
        activatedAt: now,
        packId: pack.id,
        version: pack.version,
        sha256: accepted.sha256,
        keyId: accepted.keyId,
        origin: feed.origin,
      },
      deps.bundled.id,
      { now },
    );
  } catch (e) {
    return finish('failed', `could not store the pack: ${errorText(e)}`);
  }
  // The pack is live; what the merge with the other packs kept or left out is for the log.
  if (build.conflicts.length) {
    const regional = await readRegionalPacks().catch(() => ({}) as Awaited<ReturnType<typeof readRegionalPacks>>);
    await logMergeConflicts(deps.db, build.conflicts, (id) => regional[id]?.source ?? (id === pack.id ? feed.url : undefined), now);
  }
  if (deps.db) {
    const db = deps.db;
    // Best effort: the pack is already live from storage.local; a full or broken database only
    // costs the history of installed packs.
    await tryWrite(() =>
      saveInstalledPack(db, {
        packId: pack.id,
        version: pack.version,
        source: feed.url,
        keyId: accepted.keyId,
        signature: accepted.signature,
        sha256: accepted.sha256,
        fetchedAt: now,
        published: pack.published,
        raw: accepted.text,
      }),
    );
  }
  return finish('installed', `installed ${pack.id}@${pack.version}`, {
    ...validators,
    packId: pack.id,
    version: pack.version,
    expiresHours: pack.expiresHours,
  });
}

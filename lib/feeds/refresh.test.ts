// @vitest-environment node
// (Node's own fetch: happy-dom's would apply page CORS rules to the loopback feed.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serializeIndex } from '../../tools/pack/feed-files';
import { parsePackSource } from '../../tools/pack/source';
import { generateKeyPair } from '../crypto/signature';
import { bundledPack } from '../engine/bundled';
import type { LureWatchDb } from '../store/db';
import { latestInstalledPack } from '../store/installed-packs';
import { STORAGE_KEYS } from '../store/keys';
import { readRefreshLog } from '../store/refresh-log';
import { readActivePack, readCorePack } from './active-pack';
import type { FeedState } from './feed-state';
import { bundledIdentity } from './pack-checks';
import { type RefreshDeps, type RefreshResult, refreshFeed } from './refresh';
import { freshDb, HOUR, packAt, startTestFeed, type TestFeed } from './test-feed';
import { trustedKey } from './trusted-keys';

const bundled = bundledIdentity();
const V1 = bundled.version + 1;

let feed: TestFeed;
let db: LureWatchDb;
let now: number;

beforeAll(async () => {
  feed = await startTestFeed();
});
afterAll(async () => {
  await feed.server.stop();
});

function deps(patch: Partial<RefreshDeps> = {}): RefreshDeps {
  return {
    now: () => now,
    random: () => 0.5,
    allowLoopbackHttp: true,
    bundled,
    db,
    limits: { indexTimeoutMs: 400, packTimeoutMs: 400 },
    ...patch,
  };
}

/** Installs V1 from the feed: the "last good pack" every fault test must keep. */
async function installGood(): Promise<FeedState> {
  feed.publish(await feed.sign(packAt(V1, now)));
  const res = await refreshFeed(feed.spec, undefined, deps());
  expect({ outcome: res.outcome, reason: res.reason }).toEqual({ outcome: 'installed', reason: `installed ${bundled.id}@${V1}` });
  return res.state;
}

async function expectKeptGood(res: RefreshResult, outcome: 'failed' | 'rejected', reason: RegExp): Promise<void> {
  expect(res.outcome).toBe(outcome);
  expect(res.reason).toMatch(reason);
  expect(res.state.lastError).toMatch(reason);
  expect(res.state.failures).toBeGreaterThan(0);
  expect((await readActivePack())?.version).toBe(V1);
  const [last] = await readRefreshLog(db, 1);
  expect(last).toMatchObject({ outcome, source: feed.url });
  expect(last?.reason).toMatch(reason);
}

beforeEach(async () => {
  fakeBrowser.reset();
  feed.server.fault = 'none';
  feed.server.dateOffsetMs = 0;
  feed.server.requests.length = 0;
  db = await freshDb();
  now = Date.now();
});

describe('a good update', () => {
  it('is installed, activated in storage.local and recorded', async () => {
    const state = await installGood();
    const active = await readActivePack();
    expect(active).toMatchObject({ packId: bundled.id, version: V1, source: feed.url, keyId: feed.trusted.keyId });
    expect((await latestInstalledPack(db, bundled.id))?.version).toBe(V1);
    expect(state).toMatchObject({ failures: 0, lastOutcome: 'installed', version: V1, lastSuccess: now });
    expect(state.nextCheck! - now).toBeGreaterThanOrEqual(4 * HOUR);
  });

  it('is then checked with a conditional request and not downloaded again', async () => {
    const state = await installGood();
    feed.server.requests.length = 0;
    const res = await refreshFeed(feed.spec, state, deps());
    expect(res.outcome).toBe('up-to-date');
    expect(res.reason).toBe('index not modified');
    expect(feed.server.requests).toHaveLength(1);
    expect(feed.server.requests[0]?.headers['if-none-match']).toBe(state.etag);
  });

  it('sends nothing about the user: no cookies, referrer, query or custom headers', async () => {
    await installGood();
    expect(feed.server.requests.map((r) => r.url)).toEqual(['/core/index.json', '/core/pack.json']);
    for (const r of feed.server.requests) {
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
      const custom = Object.keys(r.headers).filter(
        (h) =>
          !/^(host|connection|accept|accept-language|accept-encoding|user-agent|sec-fetch-mode|if-none-match|if-modified-since|pragma|cache-control)$/.test(
            h,
          ),
      );
      expect(custom).toEqual([]);
    }
  });

  it('is accepted when the local clock is behind but the server clock is right', async () => {
    const real = now;
    now = real - 3 * 24 * HOUR;
    feed.publish(await feed.sign(packAt(V1, real)));
    const res = await refreshFeed(feed.spec, undefined, deps());
    expect(res.outcome).toBe('installed');
  });
});

describe('faults keep the last good pack and log the reason', () => {
  it('HTTP 500', async () => {
    const good = await installGood();
    feed.server.fault = 'http500';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /HTTP 500/);
  });

  it('a server that never answers (timeout)', async () => {
    const good = await installGood();
    feed.server.fault = 'hang';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /timed out/);
  });

  it('truncated index JSON (connection dropped)', async () => {
    const good = await installGood();
    feed.publish(await feed.sign(packAt(V1 + 1, now)));
    feed.server.fault = 'truncated-index';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /index: network error|not valid JSON/);
  });

  it('truncated index JSON (served complete, content cut)', async () => {
    const good = await installGood();
    const files = await feed.sign(packAt(V1 + 1, now));
    feed.publish({ ...files, indexBytes: files.indexBytes.subarray(0, 60) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /not valid JSON \(truncated\?\)/);
  });

  it('truncated pack', async () => {
    const good = await installGood();
    const files = await feed.sign(packAt(V1 + 1, now));
    feed.publish({ ...files, packBytes: files.packBytes.subarray(0, files.packBytes.byteLength - 100) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /truncated or altered/);
    feed.publish(files);
    feed.server.fault = 'truncated-pack';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /pack: network error/);
  });

  it('an HTML captive-portal page', async () => {
    const good = await installGood();
    feed.server.fault = 'captive-portal';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /HTML page instead of JSON/);
    feed.server.fault = 'captive-portal-json';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /index is HTML/);
  });

  it('an oversized response is cut off while streaming', async () => {
    const good = await installGood();
    feed.publish(await feed.sign(packAt(V1 + 1, now)));
    feed.server.fault = 'oversized-pack';
    await expectKeptGood(await refreshFeed(feed.spec, good, deps({ limits: { packTimeoutMs: 5000 } })), 'failed', /exceeds \d+ bytes/);
  });

  it('an index announcing a pack over the size cap', async () => {
    const good = await installGood();
    const files = await feed.sign(packAt(V1 + 1, now));
    feed.publish({ ...files, indexBytes: serializeIndex({ ...files.index, size: 50 * 1024 * 1024 }) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /exceeds the \d+-byte cap/);
  });

  it('a wrong signature (another key claiming our key id)', async () => {
    const good = await installGood();
    const intruder = await generateKeyPair();
    const files = await feed.sign(packAt(V1 + 1, now), intruder.secretKey);
    feed.publish({ ...files, indexBytes: serializeIndex({ ...files.index, keyId: feed.trusted.keyId }) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /bad signature/);
  });

  it('a signature over other bytes', async () => {
    const good = await installGood();
    const files = await feed.sign(packAt(V1 + 1, now));
    const other = await feed.sign(packAt(V1 + 2, now));
    feed.publish({ ...files, indexBytes: serializeIndex({ ...files.index, signature: other.index.signature! }) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /bad signature/);
  });

  it('an unknown key', async () => {
    const good = await installGood();
    const stranger = await generateKeyPair();
    feed.publish(await feed.sign(packAt(V1 + 1, now), stranger.secretKey));
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /unknown key/);
  });

  it('an unsigned index', async () => {
    const good = await installGood();
    const files = await feed.sign(packAt(V1 + 1, now));
    const { signature: _s, keyId: _k, ...unsigned } = files.index;
    feed.publish({ ...files, indexBytes: serializeIndex(unsigned) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /no signature/);
  });

  it('a user-added key may not replace the core pack', async () => {
    const good = await installGood();
    const userKey = trustedKey(feed.key.publicKey, 'user', 'someone')!;
    feed.publish(await feed.sign(packAt(V1 + 1, now)));
    const res = await refreshFeed({ ...feed.spec, origin: 'user', keys: [userKey] }, good, deps());
    await expectKeptGood(res, 'rejected', /may not replace the core pack/);
  });

  it('a replayed older pack is not downloaded, and an index lying about it is rejected', async () => {
    const good = await installGood();
    const old = await feed.sign(packAt(V1 - 1 > bundled.version ? V1 - 1 : V1, now));
    feed.publish(old);
    feed.server.requests.length = 0;
    const res = await refreshFeed(feed.spec, { ...good, etag: undefined }, deps());
    expect(res.outcome).toBe('up-to-date');
    expect(res.reason).toMatch(/installed/);
    expect(feed.server.requests.map((r) => r.url)).toEqual(['/core/index.json']);
    // The same signed old pack behind an index that claims a newer version.
    feed.publish({ ...old, indexBytes: serializeIndex({ ...old.index, version: V1 + 5 }) });
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /index announced/);
  });

  it('a pack with a catastrophic regex', async () => {
    const good = await installGood();
    const pack = packAt(V1 + 1, now, (p) => {
      p.signals[0]!.patterns = [{ lang: 'en', re: 'earn (\\w+\\s?)+ now', anchors: ['earn'] }];
    });
    feed.publish(await feed.sign(pack));
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /pack invalid: .*ReDoS/);
  });

  it('a pack that fails its self-test', async () => {
    const good = await installGood();
    const pack = packAt(V1 + 1, now, (p) => {
      p.examples.push({ text: 'See you at the library at five.', kind: 'message', expect: 'high' });
    });
    feed.publish(await feed.sign(pack));
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /self-test failed: example #\d+/);
  });

  it('a pack in an unsupported format', async () => {
    const good = await installGood();
    const pack = packAt(V1 + 1, now, (p) => {
      (p as unknown as { format: number }).format = 2;
    });
    feed.publish(await feed.sign(pack));
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /format/);
  });

  it('clock skew: a pack published in the future by both clocks', async () => {
    const good = await installGood();
    feed.publish(await feed.sign(packAt(V1 + 1, now + 3 * 24 * HOUR)));
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'rejected', /in the future/);
  });

  it('backs off exponentially while the feed keeps failing', async () => {
    let state = await installGood();
    feed.server.fault = 'http500';
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      state = (await refreshFeed(feed.spec, state, deps())).state;
      delays.push(state.nextCheck! - now);
    }
    expect(state.failures).toBe(3);
    expect(delays[1]! / delays[0]!).toBeCloseTo(2);
    expect(delays[2]! / delays[1]!).toBeCloseTo(2);
  });
});

describe('storage failures', () => {
  it('a database that would not open: the update still applies, the log is skipped', async () => {
    feed.publish(await feed.sign(packAt(V1, now)));
    const res = await refreshFeed(feed.spec, undefined, deps({ db: null }));
    expect(res.outcome).toBe('installed');
    expect((await readActivePack())?.version).toBe(V1);
  });

  it('a quota-full database: the update still applies', async () => {
    feed.publish(await feed.sign(packAt(V1, now)));
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    vi.spyOn(db.packs, 'add').mockRejectedValue(quota);
    vi.spyOn(db.refreshLog, 'add').mockRejectedValue(quota);
    const res = await refreshFeed(feed.spec, undefined, deps());
    expect(res.outcome).toBe('installed');
    expect((await readActivePack())?.version).toBe(V1);
    expect(await db.packs.count()).toBe(0);
  });

  it('storage.local refusing the write keeps the previous pack', async () => {
    const good = await installGood();
    feed.publish(await feed.sign(packAt(V1 + 1, now)));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expectKeptGood(await refreshFeed(feed.spec, good, deps()), 'failed', /could not store the pack/);
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEYS.activePack);
    expect(stored[STORAGE_KEYS.activePack]).toMatchObject({ version: V1 });
  });
});

describe('a regional pack', () => {
  it('is merged into the active pack, keeps the core apart, and its merge conflicts are logged', async () => {
    const file = fileURLToPath(new URL('../../packs/sea-migrants/pack.yaml', import.meta.url));
    const parsed = parsePackSource(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const sea = parsed.value;
    sea.published = new Date(now - HOUR).toISOString();
    // Its own English for a core explanation: the merge keeps the core's words and says so.
    const key = bundledPack().pack.signals.find((s) => s.id === 'trafficking.tourist-visa')?.explain ?? '';
    expect(key).not.toBe('');
    sea.explanations[key] = { en: { found: 'a visa story (regional wording)', why: 'Because.', todo: 'Ask first.' } };
    feed.publish(await feed.sign(sea));

    const res = await refreshFeed({ ...feed.spec, origin: 'policy' }, undefined, deps());
    expect({ outcome: res.outcome, reason: res.reason }).toEqual({ outcome: 'installed', reason: `installed ${sea.id}@${sea.version}` });
    const active = await readActivePack();
    expect(active).toMatchObject({ packId: bundled.id, merged: [{ id: sea.id, version: sea.version }] });
    expect(active?.pack.explanations[key]?.en?.found).not.toMatch(/regional wording/);
    expect(await readCorePack()).toBeNull();
    const log = await readRefreshLog(db, 10);
    expect(log.filter((e) => e.outcome === 'merge-conflict')).toEqual([
      expect.objectContaining({
        source: feed.url,
        packId: sea.id,
        reason: `explanations[${key}].en: text already present; the existing text is kept (kept-existing)`,
      }),
    ]);
  });
});

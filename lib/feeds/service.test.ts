// @vitest-environment node
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pack } from '../rules/schema';
import { STORAGE_KEYS } from '../store/keys';
import { saveSettings } from '../store/settings-store';
import { readCorePack, readRegionalPacks } from './active-pack';
import { readFeedStates } from './feed-state';
import { bundledIdentity } from './pack-checks';
import { PRUNE_ALARM, setupFeedScheduling } from './scheduler';
import { currentFeeds, packStatuses, REFRESH_ALARM, refreshAll } from './service';
import { packAt, startTestFeed, type TestFeed } from './test-feed';

const bundled = bundledIdentity();
let feed: TestFeed;

beforeAll(async () => {
  feed = await startTestFeed();
});
afterAll(() => feed.server.stop());

beforeEach(async () => {
  fakeBrowser.reset();
  feed.server.requests.length = 0;
  feed.server.fault = 'none';
  vi.stubEnv('LUREWATCH_FEED_URL', feed.url);
  vi.stubEnv('LUREWATCH_TEST_KEY', feed.key.publicKey);
  vi.stubEnv('LUREWATCH_ALLOW_LOOPBACK_HTTP', '1');
  feed.publish(await feed.sign(packAt(bundled.version + 1, Date.now())));
});
afterEach(() => vi.unstubAllEnvs());

const indexRequests = () => feed.server.requests.filter((r) => r.url === '/core/index.json').length;

describe('feed service', () => {
  it('checks the build-time feed with the test key, activates, and schedules the next check', async () => {
    const statuses = await refreshAll({ force: true });
    expect(statuses[0]).toMatchObject({ source: 'bundled', active: false });
    expect(statuses[1]).toMatchObject({ source: feed.url, version: bundled.version + 1, lastOutcome: 'installed', active: true });
    const alarm = await fakeBrowser.alarms.get(REFRESH_ALARM);
    expect(alarm).toBeDefined();
    const state = (await readFeedStates())[feed.url]!;
    // The alarm fires when the earliest feed is due (at least the 4 h floor after a success).
    expect(alarm!.scheduledTime).toBeGreaterThanOrEqual(Date.now() + 4 * 3_600_000 - 60_000);
    expect(Math.abs(alarm!.scheduledTime - state.nextCheck!)).toBeLessThan(60_000);
  });

  it('does not check a feed before it is due, unless forced', async () => {
    await refreshAll({ force: true });
    await refreshAll({ force: false });
    expect(indexRequests()).toBe(1);
    await refreshAll({ force: true });
    expect(indexRequests()).toBe(2);
  });

  it('shares one run between concurrent callers', async () => {
    const [a, b] = await Promise.all([refreshAll({ force: true }), refreshAll({ force: true })]);
    expect(a).toEqual(b);
    expect(indexRequests()).toBe(1);
  });

  it('refuses the loopback feed in a build that does not allow http', async () => {
    vi.stubEnv('LUREWATCH_ALLOW_LOOPBACK_HTTP', '');
    const statuses = await refreshAll({ force: true });
    expect(statuses[1]).toMatchObject({ lastOutcome: 'failed', lastError: expect.stringMatching(/loopback/) });
    expect(indexRequests()).toBe(0);
  });

  it('lists policy feeds and user feeds with their own keys', async () => {
    await fakeBrowser.storage.managed.set({
      feeds: [{ url: 'https://ngo.example/sea/index.json', name: 'SEA NGO' }, { url: 42 }],
      trustedKeys: [feed.key.publicKey],
    });
    await saveSettings({ feeds: [{ url: 'https://other.example/index.json', publicKey: feed.key.publicKey, origin: 'user' }] });
    const feeds = await currentFeeds();
    expect(feeds.map((f) => [f.url, f.origin, f.keys.map((k) => k.origin)])).toEqual([
      [feed.url, 'builtin', ['builtin', 'test']],
      ['https://ngo.example/sea/index.json', 'policy', ['policy']],
      ['https://other.example/index.json', 'user', ['user']],
    ]);
  });
});

describe('removing a feed', () => {
  const ngo = 'https://ngo.example/index.json';
  const stored = (origin: 'user' | 'policy') => ({
    [STORAGE_KEYS.regionalPacks]: {
      'ngo-ph': {
        pack: { id: 'ngo-ph', version: 2 } as Pack,
        source: ngo,
        activatedAt: 1,
        packId: 'ngo-ph',
        version: 2,
        sha256: '',
        keyId: '',
        origin,
      },
    },
  });

  it('a user feed removed in options takes its regional pack out of the merge at the next run', async () => {
    await saveSettings({ feeds: [{ url: ngo, publicKey: feed.key.publicKey, origin: 'user' }] });
    await fakeBrowser.storage.local.set(stored('user'));
    await refreshAll({ force: false });
    expect(Object.keys(await readRegionalPacks())).toEqual(['ngo-ph']);
    await saveSettings({ feeds: [] });
    await refreshAll({ force: false });
    expect(await readRegionalPacks()).toEqual({});
  });

  it('a policy that switches user feeds off drops them too; a policy feed stays', async () => {
    await saveSettings({ feeds: [{ url: ngo, publicKey: feed.key.publicKey, origin: 'user' }] });
    await fakeBrowser.storage.local.set(stored('user'));
    await fakeBrowser.storage.managed.set({ features: { userFeeds: false } });
    expect((await currentFeeds()).map((f) => f.origin)).toEqual(['builtin']);
    await refreshAll({ force: false });
    expect(await readRegionalPacks()).toEqual({});

    await fakeBrowser.storage.managed.set({ feeds: [{ url: ngo }], features: { userFeeds: false } });
    await fakeBrowser.storage.local.set(stored('policy'));
    await refreshAll({ force: false });
    expect(Object.keys(await readRegionalPacks())).toEqual(['ngo-ph']);
  });
});

describe('pack statuses for options', () => {
  const ngo = 'https://ngo.example/index.json';
  const record = (packId: string, source: string) => ({
    pack: { id: packId, version: 2 } as Pack,
    source,
    activatedAt: 1,
    packId,
    version: 2,
    sha256: '',
    keyId: '',
    origin: 'user' as const,
  });

  it('says why an installed regional pack is not in use, and says nothing for one the merge took', async () => {
    await saveSettings({ feeds: [{ url: ngo, publicKey: feed.key.publicKey, origin: 'user' }] });
    const active = {
      ...record(bundled.id, 'bundled'),
      merged: [],
      conflicts: [
        { pack: 'ngo-ph', path: 'examples[3]', message: "not merged: with it the core's example #4 fails", action: 'skipped-pack' },
      ],
    };
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.regionalPacks]: { 'ngo-ph': record('ngo-ph', ngo) },
      [STORAGE_KEYS.activePack]: active,
    });
    const left = (await packStatuses()).find((s) => s.source === ngo);
    expect(left?.active).toBe(false);
    expect(left?.leftOut).toBe("examples[3]: not merged: with it the core's example #4 fails");

    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.activePack]: { ...active, merged: [{ id: 'ngo-ph', version: 2 }], conflicts: [] },
    });
    const taken = (await packStatuses()).find((s) => s.source === ngo);
    expect(taken?.active).toBe(true);
    expect(taken?.leftOut).toBeUndefined();
  });
});

describe('scheduling wiring', () => {
  it('refreshes on install and sets the refresh and prune alarms; an alarm runs due checks', async () => {
    setupFeedScheduling();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.alarms.get(PRUNE_ALARM)).toBeDefined();
      expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toBeDefined();
      // Installed by the first run (the start-up check or the install check, whichever ran first).
      expect((await readCorePack())?.version).toBe(bundled.version + 1);
    });
    expect(indexRequests()).toBeGreaterThanOrEqual(1);
    const before = indexRequests();
    // Not due yet: the alarm firing early (e.g. after a restart) does nothing.
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: Date.now() });
    await new Promise((r) => setTimeout(r, 50));
    expect(indexRequests()).toBe(before);
  });

  it('an extension update does not make every user check at once', async () => {
    await fakeBrowser.alarms.create(REFRESH_ALARM, { delayInMinutes: 60 });
    await fakeBrowser.alarms.create(PRUNE_ALARM, { delayInMinutes: 60 });
    setupFeedScheduling();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(indexRequests()).toBe(0);
  });
});

describe('refresh runs', () => {
  it('a forced check arriving during a scheduled run waits for it, then checks again', async () => {
    await refreshAll({ force: true });
    feed.server.requests.length = 0;
    const scheduled = refreshAll({ force: false });
    const forced = refreshAll({ force: true });
    await Promise.all([scheduled, forced]);
    // The scheduled run found nothing due; the forced one checked the feed.
    expect(indexRequests()).toBe(1);
  });
});

describe('history pruning', () => {
  it('the prune alarm drops history older than the retention setting', async () => {
    const { getDb } = await import('../store/db');
    const db = (await getDb())!;
    await db.verdicts.clear();
    const now = Date.now();
    const day = 86_400_000;
    await db.verdicts.bulkAdd([
      { at: now - 10 * day, site: 'a.example', kind: 'message', risk: 'high', score: 80, signals: [] },
      { at: now - 3 * day, site: 'a.example', kind: 'message', risk: 'high', score: 80, signals: [] },
    ]);
    await saveSettings({ historyRetentionDays: 7 });
    await fakeBrowser.alarms.create(REFRESH_ALARM, { delayInMinutes: 60 });
    setupFeedScheduling();
    await fakeBrowser.alarms.onAlarm.trigger({ name: PRUNE_ALARM, scheduledTime: now });
    await vi.waitFor(async () => expect(await db.verdicts.count()).toBe(1));
  });
});

describe('browser start-up', () => {
  it('checks a feed whose pack is stale even if its alarm is later, but not one backing off', async () => {
    const { writeFeedState } = await import('./feed-state');
    const now = Date.now();
    const H = 3_600_000;
    // Last success 2 days ago with a 24 h pack; the stored next check is (wrongly) still ahead.
    await writeFeedState(feed.url, {
      failures: 0,
      lastCheck: now - 48 * H,
      lastSuccess: now - 48 * H,
      expiresHours: 24,
      nextCheck: now + 5 * H,
    });
    setupFeedScheduling();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(indexRequests()).toBe(1));

    feed.server.requests.length = 0;
    await writeFeedState(feed.url, { failures: 3, lastCheck: now, lastSuccess: now - 48 * H, expiresHours: 24, nextCheck: now + H });
    await refreshAll({ force: false, startup: true });
    expect(indexRequests()).toBe(0);
  });
  it('with the feed unreachable, puts back from IndexedDB the pack storage.local lost', async () => {
    const { getDb } = await import('../store/db');
    const { saveInstalledPack } = await import('../store/installed-packs');
    const db = (await getDb())!;
    await db.packs.clear();
    const files = await feed.sign(packAt(bundled.version + 2, Date.now()));
    await saveInstalledPack(db, {
      packId: bundled.id,
      version: bundled.version + 2,
      source: feed.url,
      keyId: files.index.keyId!,
      signature: files.index.signature!,
      sha256: files.index.sha256,
      fetchedAt: Date.now(),
      raw: new TextDecoder().decode(files.packBytes),
    });
    feed.server.fault = 'http500';
    setupFeedScheduling();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await readCorePack())?.version).toBe(bundled.version + 2));
    await db.packs.clear();
  });
});

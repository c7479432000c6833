// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildSignedFeed } from '../../tools/pack/feed-files';
import { parsePackSource } from '../../tools/pack/source';
import { generateKeyPair, type KeyPair } from '../crypto/signature';
import type { Pack } from '../rules/schema';
import type { LureWatchDb } from '../store/db';
import { saveInstalledPack } from '../store/installed-packs';
import { STORAGE_KEYS } from '../store/keys';
import { readRefreshLog } from '../store/refresh-log';
import { type ActivePackRecord, activatePack, readActivePack, readCorePack, readRegionalPacks } from './active-pack';
import { readFeedStates, writeFeedState } from './feed-state';
import type { FeedSpec } from './feeds-list';
import { bundledIdentity } from './pack-checks';
import { type RestoreDeps, restoreLostPacks } from './restore';
import { freshDb, HOUR, packAt } from './test-feed';
import { type TrustedKey, trustedKey } from './trusted-keys';

const bundled = bundledIdentity();
const CORE_URL = 'https://rules.example/core/index.json';
const NGO_URL = 'https://ngo.example/sea/index.json';

let coreKey: KeyPair;
let ngoKey: KeyPair;
let db: LureWatchDb;
let now: number;
let seaSource: Pack;

const trust = (k: KeyPair, origin: TrustedKey['origin']): TrustedKey => trustedKey(k.publicKey, origin, 'key')!;
const coreFeed = (): FeedSpec => ({ url: CORE_URL, origin: 'builtin', name: 'core', keys: [trust(coreKey, 'builtin')] });
const ngoFeed = (key = ngoKey): FeedSpec => ({ url: NGO_URL, origin: 'policy', name: 'SEA NGO', keys: [trust(key, 'policy')] });
const deps = (): RestoreDeps => ({ db, bundled, now });

/** The regional pack of packs/sea-migrants at a given version, published an hour ago. */
function sea(version?: number): Pack {
  const pack = structuredClone(seaSource);
  pack.published = new Date(now - HOUR).toISOString();
  if (version !== undefined) pack.version = version;
  return pack;
}

/** What refresh.ts keeps in IndexedDB after accepting a pack: the signed bytes and their signature. */
async function stash(pack: Pack, source: string, key: KeyPair): Promise<void> {
  const files = await buildSignedFeed(pack, key.secretKey);
  await saveInstalledPack(db, {
    packId: pack.id,
    version: pack.version,
    source,
    keyId: files.index.keyId!,
    signature: files.index.signature!,
    sha256: files.index.sha256,
    fetchedAt: now - 2 * HOUR,
    published: pack.published,
    raw: new TextDecoder().decode(files.packBytes),
  });
}

/** A core pack above the bundled one (its copy, so it passes the checks the bundled pack passes). */
const coreAt = (version: number, mutate?: (p: Pack) => void): Pack => packAt(version, now, mutate);

const record = (pack: Pack, source: string, origin: ActivePackRecord['origin']): ActivePackRecord => ({
  pack,
  source,
  activatedAt: now,
  packId: pack.id,
  version: pack.version,
  sha256: 'x',
  keyId: 'k',
  origin,
});

beforeAll(async () => {
  coreKey = await generateKeyPair();
  ngoKey = await generateKeyPair();
  const file = fileURLToPath(new URL('../../packs/sea-migrants/pack.yaml', import.meta.url));
  const parsed = parsePackSource(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  seaSource = parsed.value;
});

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  db = await freshDb();
  now = Date.now();
});

describe('restoring packs storage.local lost', () => {
  it('a regional pack wiped from storage.local comes back from IndexedDB, merged into the active pack', async () => {
    const pack = sea();
    // Accepted earlier (storage.local + IndexedDB), then extension storage was cleared.
    await activatePack(record(pack, NGO_URL, 'policy'), bundled.id);
    await stash(pack, NGO_URL, ngoKey);
    await fakeBrowser.storage.local.remove([STORAGE_KEYS.regionalPacks, STORAGE_KEYS.activePack]);
    expect(await readActivePack()).toBeNull();

    const report = await restoreLostPacks([coreFeed(), ngoFeed()], deps());
    expect(report.restored).toEqual([`${pack.id}@${pack.version}`]);
    expect((await readRegionalPacks())[pack.id]).toMatchObject({ source: NGO_URL, origin: 'policy', version: pack.version });
    const active = await readActivePack();
    expect(active).toMatchObject({ packId: bundled.id, merged: [{ id: pack.id, version: pack.version }] });
    const ids = new Set(active?.pack.signals.map((s) => s.id));
    for (const s of pack.signals) expect(ids.has(s.id), s.id).toBe(true);
    const [entry] = (await readRefreshLog(db, 50)).filter((e) => e.outcome !== 'merge-conflict');
    expect(entry).toMatchObject({ outcome: 'installed', source: NGO_URL, packId: pack.id, version: pack.version });
    expect(entry?.reason).toMatch(/^restored .* from IndexedDB/);

    // The usual start-up: nothing lost, nothing written, nothing logged.
    const logged = (await readRefreshLog(db, 200)).length;
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await restoreLostPacks([coreFeed(), ngoFeed()], deps())).toEqual({ restored: [], refused: [], refetch: [] });
    expect(set).not.toHaveBeenCalled();
    expect((await readRefreshLog(db, 200)).length).toBe(logged);
  });

  it('a core pack newer than the bundled one comes back; one not newer than the bundled floor does not', async () => {
    await stash(coreAt(bundled.version), CORE_URL, coreKey);
    expect((await restoreLostPacks([coreFeed()], deps())).restored).toEqual([]);
    expect(await readCorePack()).toBeNull();
    expect(await readRefreshLog(db, 10)).toEqual([]);

    await stash(coreAt(bundled.version + 1), CORE_URL, coreKey);
    const report = await restoreLostPacks([coreFeed()], deps());
    expect(report.restored).toEqual([`${bundled.id}@${bundled.version + 1}`]);
    expect(await readCorePack()).toMatchObject({
      source: CORE_URL,
      version: bundled.version + 1,
      origin: 'builtin',
      activatedAt: now - 2 * HOUR,
    });
    expect(await readActivePack()).toMatchObject({ packId: bundled.id, version: bundled.version + 1 });
  });

  it('a pack signed with a key its feed no longer trusts is not restored, and the refusal is logged', async () => {
    const revoked = await generateKeyPair();
    await stash(sea(), NGO_URL, revoked);
    const report = await restoreLostPacks([ngoFeed(ngoKey)], deps());
    expect(report.restored).toEqual([]);
    expect(report.refused).toEqual([expect.objectContaining({ source: NGO_URL, reason: expect.stringMatching(/unknown key/) })]);
    expect(await readRegionalPacks()).toEqual({});
    expect(await readActivePack()).toBeNull();
    const [entry] = await readRefreshLog(db, 1);
    expect(entry).toMatchObject({ outcome: 'rejected', source: NGO_URL, packId: seaSource.id });
    expect(entry?.reason).toMatch(/^not restored from IndexedDB: signed by unknown key/);
  });

  it('falls back to an older copy its feed still trusts when the newest was signed with a revoked key', async () => {
    const revoked = await generateKeyPair();
    const base = sea().version;
    await stash(sea(base), NGO_URL, ngoKey);
    await stash(sea(base + 1), NGO_URL, revoked);
    const report = await restoreLostPacks([ngoFeed(ngoKey)], deps());
    expect(report.refused.map((r) => r.version)).toEqual([base + 1]);
    expect(report.restored).toEqual([`${seaSource.id}@${base}`]);
    expect((await readRegionalPacks())[seaSource.id]?.version).toBe(base);
  });

  it('a user key may not bring back the core pack (the same rule as a download)', async () => {
    await stash(coreAt(bundled.version + 1), CORE_URL, coreKey);
    const userFeed: FeedSpec = { ...coreFeed(), origin: 'user', keys: [trust(coreKey, 'user')] };
    const report = await restoreLostPacks([userFeed], deps());
    expect(report.refused[0]?.reason).toMatch(/may not replace the core pack/);
    expect(await readCorePack()).toBeNull();
  });

  it('a copy that fails its self-test or was published in the future is not restored', async () => {
    const text = 'Good morning, how are you today?';
    await stash(
      coreAt(bundled.version + 1, (p) => p.examples.push({ text, expect: 'high' })),
      CORE_URL,
      coreKey,
    );
    const future = coreAt(bundled.version + 2);
    future.published = new Date(now + 24 * HOUR).toISOString();
    await stash(future, CORE_URL, coreKey);
    const report = await restoreLostPacks([coreFeed()], deps());
    expect(report.refused.map((r) => [r.version, r.reason])).toEqual([
      [bundled.version + 2, expect.stringMatching(/in the future/)],
      [bundled.version + 1, expect.stringMatching(/^self-test failed: .*expected risk "high"/)],
    ]);
    expect(report.restored).toEqual([]);
    expect(await readCorePack()).toBeNull();
  });

  it('tampered bytes (SHA-256 mismatch) are not restored', async () => {
    await stash(sea(), NGO_URL, ngoKey);
    const [copy] = await db.packs.toArray();
    await db.packs.update(copy!.id!, { raw: copy!.raw.replace('"signals"', '"signals" ') });
    const report = await restoreLostPacks([ngoFeed()], deps());
    expect(report.restored).toEqual([]);
    expect(report.refused[0]?.reason).toMatch(/SHA-256 does not match/);
    expect(await readRegionalPacks()).toEqual({});
    expect((await readRefreshLog(db, 1))[0]).toMatchObject({ outcome: 'rejected', source: NGO_URL });
  });

  it('bytes changed together with their recorded hash fail the signature', async () => {
    await stash(sea(), NGO_URL, ngoKey);
    const [copy] = await db.packs.toArray();
    const raw = copy!.raw.replace('"signals"', '"signals" ');
    const { sha256Hex } = await import('../crypto/signature');
    await db.packs.update(copy!.id!, { raw, sha256: sha256Hex(new TextEncoder().encode(raw)) });
    const report = await restoreLostPacks([ngoFeed()], deps());
    expect(report.refused[0]?.reason).toMatch(/bad signature/);
    expect(await readRegionalPacks()).toEqual({});
  });

  it('a pack of a feed that was removed is not restored, and nothing is logged for it', async () => {
    await stash(sea(), NGO_URL, ngoKey);
    const report = await restoreLostPacks([coreFeed()], deps());
    expect(report).toEqual({ restored: [], refused: [], refetch: [] });
    expect(await readRegionalPacks()).toEqual({});
    expect(await readRefreshLog(db, 10)).toEqual([]);
  });

  it('never puts an older copy over a newer one storage.local holds', async () => {
    const base = sea().version;
    await activatePack(record(sea(base + 1), NGO_URL, 'policy'), bundled.id);
    await activatePack(record(coreAt(bundled.version + 2), CORE_URL, 'builtin'), bundled.id);
    await stash(sea(base), NGO_URL, ngoKey);
    await stash(coreAt(bundled.version + 1), CORE_URL, coreKey);
    const report = await restoreLostPacks([coreFeed(), ngoFeed()], deps());
    expect(report).toEqual({ restored: [], refused: [], refetch: [] });
    expect((await readRegionalPacks())[seaSource.id]?.version).toBe(base + 1);
    expect((await readCorePack())?.version).toBe(bundled.version + 2);
    expect(await readRefreshLog(db, 10)).toEqual([]);
  });

  it('puts back a newer copy over an older one storage.local holds', async () => {
    const base = sea().version;
    await activatePack(record(sea(base), NGO_URL, 'policy'), bundled.id);
    await stash(sea(base + 1), NGO_URL, ngoKey);
    expect((await restoreLostPacks([ngoFeed()], deps())).restored).toEqual([`${seaSource.id}@${base + 1}`]);
    expect((await readRegionalPacks())[seaSource.id]?.version).toBe(base + 1);
  });
});

describe('best effort', () => {
  it('a closed or failing database does not throw and leaves storage as it was', async () => {
    await stash(sea(), NGO_URL, ngoKey);
    db.close();
    await expect(restoreLostPacks([ngoFeed()], deps())).resolves.toEqual({ restored: [], refused: [], refetch: [] });
    expect(await readRegionalPacks()).toEqual({});

    db = await freshDb();
    await stash(sea(), NGO_URL, ngoKey);
    vi.spyOn(db.packs, 'where').mockImplementation(() => {
      throw new Error('UnknownError: Internal error opening backing store');
    });
    await expect(restoreLostPacks([ngoFeed()], deps())).resolves.toMatchObject({ restored: [] });
  });

  it('a refresh log that refuses writes does not stop a restore', async () => {
    await stash(sea(), NGO_URL, ngoKey);
    vi.spyOn(db.refreshLog, 'add').mockRejectedValue(new Error('QuotaExceededError: full'));
    expect((await restoreLostPacks([ngoFeed()], deps())).restored).toEqual([`${seaSource.id}@${sea().version}`]);
    expect(await readRefreshLog(db, 10)).toEqual([]);
  });

  it('storage.local refusing the write keeps what it had and logs why', async () => {
    await stash(sea(), NGO_URL, ngoKey);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const report = await restoreLostPacks([ngoFeed()], deps());
    expect(report.restored).toEqual([]);
    expect((await readRefreshLog(db, 1))[0]).toMatchObject({ outcome: 'failed', reason: expect.stringMatching(/QUOTA_BYTES/) });
  });
});

describe('a lost pack that cannot be restored', () => {
  it('is downloaded again: the feed forgets the ETag that would answer 304, and is due now', async () => {
    const lost = sea();
    await writeFeedState(NGO_URL, {
      failures: 0,
      etag: '"v1"',
      lastModified: 'Sat, 28 Nov 2026 00:00:00 GMT',
      packId: lost.id,
      version: lost.version,
      nextCheck: now + 48 * HOUR,
    });
    // No copy in IndexedDB (or a database that will not open).
    const report = await restoreLostPacks([ngoFeed()], { ...deps(), db: null });
    expect(report.refetch).toEqual([NGO_URL]);
    const state = (await readFeedStates())[NGO_URL];
    expect(state).toMatchObject({ packId: lost.id, version: lost.version, nextCheck: now });
    expect(state?.etag).toBeUndefined();
    expect(state?.lastModified).toBeUndefined();
  });

  it('keeps the validators of a feed whose pack was restored, and the backoff of a failing feed', async () => {
    const pack = sea();
    const kept = { failures: 0, etag: '"v1"', packId: pack.id, version: pack.version, nextCheck: now + HOUR };
    await writeFeedState(NGO_URL, kept);
    await stash(pack, NGO_URL, ngoKey);
    expect(await restoreLostPacks([ngoFeed()], deps())).toMatchObject({ restored: [`${pack.id}@${pack.version}`], refetch: [] });
    expect((await readFeedStates())[NGO_URL]).toEqual(kept);

    const failing = { failures: 3, etag: '"v0"', packId: bundled.id, version: bundled.version + 1, nextCheck: now + HOUR };
    await writeFeedState(CORE_URL, failing);
    await restoreLostPacks([coreFeed(), ngoFeed()], deps());
    const { etag: _etag, ...rest } = failing;
    expect((await readFeedStates())[CORE_URL]).toEqual(rest);
  });
});

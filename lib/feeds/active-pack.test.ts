// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCases } from '../../tools/pack/cases';
import { parsePackSource } from '../../tools/pack/source';
import { analyze } from '../engine/analyze';
import { bundledPack, bundledPackInSlices } from '../engine/bundled';
import { compilePack } from '../engine/compile';
import { restoreCompiled, snapshotMatches } from '../engine/snapshot';
import { isFlagged } from '../engine/types';
import type { Pack } from '../rules/schema';
import { loadActivePack } from '../scan/pack-source';
import { STORAGE_KEYS } from '../store/keys';
import {
  type ActivePackRecord,
  activateIfNewer,
  activatePack,
  installedVersion,
  readActivePack,
  readCorePack,
  readRegionalPacks,
  reconcileActivePack,
  removeRegionalPacks,
} from './active-pack';
import { packAt } from './test-feed';

const bundled = bundledPack().pack;
const identity = { id: bundled.id, version: bundled.version };
const SEA = fileURLToPath(new URL('../../packs/sea-migrants/pack.yaml', import.meta.url));
const SEA_CASES = fileURLToPath(new URL('../../packs/sea-migrants/cases.jsonl', import.meta.url));

const record = (
  pack: Pack,
  source = 'https://rules.example/index.json',
  origin: ActivePackRecord['origin'] = 'builtin',
): ActivePackRecord => ({
  pack,
  source,
  activatedAt: 1,
  packId: pack.id,
  version: pack.version,
  sha256: 'x',
  keyId: 'k',
  origin,
});

let sea: Pack;
/** Scam cases of the regional pack that the core pack alone lets through: what the merge must add. */
let seaOnly: { text: string; kind?: 'posting' | 'message' }[];

beforeAll(() => {
  const parsed = parsePackSource(readFileSync(SEA, 'utf8'), SEA);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  sea = parsed.value;
  const cases = parseCases(readFileSync(SEA_CASES, 'utf8'), SEA_CASES);
  if (!cases.ok) throw new Error(JSON.stringify(cases.errors));
  seaOnly = cases.cases
    .filter((c) => c.label === 'scam')
    .map((c) => ({ text: c.text, ...(c.kind ? { kind: c.kind } : {}) }))
    .filter((item) => !isFlagged(analyze(item, bundledPack()).risk));
});

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** What a content script or the popup would run now (lib/scan/pack-source.ts, unchanged by the merge). */
async function flaggedByActive(item: { text: string; kind?: 'posting' | 'message' }): Promise<boolean> {
  return isFlagged(analyze(item, (await loadActivePack(bundledPackInSlices)).compiled).risk);
}

describe('the active pack is the core merged with the regional packs', () => {
  it('a regional pack accepted takes effect where content scripts read; removing it reverts', async () => {
    expect(seaOnly.length).toBeGreaterThan(0);
    expect(await flaggedByActive(seaOnly[0]!)).toBe(false);

    const build = await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    expect(build.record?.merged).toEqual([{ id: sea.id, version: sea.version }]);
    const active = await readActivePack();
    expect(active).toMatchObject({ packId: bundled.id, version: bundled.version, source: 'bundled' });
    const ids = new Set(active?.pack.signals.map((s) => s.id));
    for (const s of sea.signals) expect(ids.has(s.id), s.id).toBe(true);
    for (const item of seaOnly) expect(await flaggedByActive(item), item.text).toBe(true);
    // The sources stay apart: no stored core (the bundled one is the core), the regional pack as accepted.
    expect(await readCorePack()).toBeNull();
    expect(Object.keys(await readRegionalPacks())).toEqual([sea.id]);

    const removed = await removeRegionalPacks((r) => r.packId === sea.id);
    expect(removed?.removed).toEqual([sea.id]);
    expect(await readActivePack()).toBeNull();
    for (const item of seaOnly) expect(await flaggedByActive(item), item.text).toBe(false);
  });

  it('a new core is merged with the regional packs already there, and stored un-merged', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    const core = packAt(bundled.version + 1, Date.now());
    await activatePack(record(core), bundled.id);
    const active = await readActivePack();
    expect(active).toMatchObject({ version: core.version, source: 'https://rules.example/index.json', merged: [{ id: sea.id }] });
    expect((await readCorePack())?.pack.signals.map((s) => s.id)).toEqual(core.signals.map((s) => s.id));
    expect(await installedVersion(bundled.id, identity)).toBe(core.version);
    expect(await installedVersion(sea.id, identity)).toBe(sea.version);
    expect(await flaggedByActive(seaOnly[0]!)).toBe(true);
  });

  it('without regional packs the active pack is the core as accepted', async () => {
    expect(await installedVersion(bundled.id, identity)).toBe(bundled.version);
    const core = packAt(bundled.version + 2, Date.now());
    await activatePack(record(core), bundled.id);
    const active = await readActivePack();
    expect(active?.pack).toEqual(core);
    expect(active?.merged).toEqual([]);
    expect(await installedVersion(bundled.id, identity)).toBe(bundled.version + 2);
  });

  it('storage refusing the write keeps the previous active pack and its sources', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    const before = await readActivePack();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(activatePack(record(packAt(bundled.version + 1, Date.now())), bundled.id)).rejects.toThrow(/QUOTA/);
    expect(await readActivePack()).toEqual(before);
    expect(await readCorePack()).toBeNull();
  });

  it('a stored regional record that is not a pack is left out, the core stays active', async () => {
    const core = packAt(bundled.version + 1, Date.now());
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.regionalPacks]: { broken: record({ id: 'broken', version: 1 } as Pack) } });
    const build = await activatePack(record(core), bundled.id);
    expect(build.conflicts[0]).toMatchObject({ action: 'skipped-pack', message: expect.stringMatching(/merge failed/) });
    expect((await readActivePack())?.pack).toEqual(core);
  });

  it('activateIfNewer (a restore) never puts an older version over a newer one activated first', async () => {
    const ngo = 'https://ngo.example/sea/index.json';
    // Queued together: the refresh's newer pack is written first, the restore then finds it and writes nothing.
    const [, late] = await Promise.all([
      activatePack(record({ ...sea, version: sea.version + 1 }, ngo, 'policy'), bundled.id),
      activateIfNewer(record(sea, ngo, 'policy'), bundled.id),
    ]);
    expect(late).toBeNull();
    expect((await readRegionalPacks())[sea.id]?.version).toBe(sea.version + 1);

    await activatePack(record(packAt(bundled.version + 2, Date.now())), bundled.id);
    expect(await activateIfNewer(record(packAt(bundled.version + 2, Date.now())), bundled.id)).toBeNull();
    expect(await activateIfNewer(record(packAt(bundled.version + 3, Date.now())), bundled.id)).not.toBeNull();
    expect((await readCorePack())?.version).toBe(bundled.version + 3);
  });
});

describe('reconcile after an extension update or at start-up', () => {
  it('drops a stored core the bundled one supersedes, and re-merges the regional packs on the bundled core', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    await activatePack(record(packAt(bundled.version + 1, Date.now())), bundled.id);
    expect(await reconcileActivePack(identity)).toBe('kept');
    expect(await reconcileActivePack({ ...identity, version: bundled.version + 1 })).toBe('dropped');
    expect(await readCorePack()).toBeNull();
    const active = await readActivePack();
    expect(active).toMatchObject({ source: 'bundled', merged: [{ id: sea.id }] });
    expect(await flaggedByActive(seaOnly[0]!)).toBe(true);
  });

  it('stores the active pack compiled (a snapshot of that very pack), after the pack', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    const active = await readActivePack();
    const snapshot = (await fakeBrowser.storage.local.get(STORAGE_KEYS.activeSnapshot))[STORAGE_KEYS.activeSnapshot];
    expect(snapshotMatches(active!.pack, snapshot)).toBe(true);
    expect(restoreCompiled(active!.pack, JSON.parse(JSON.stringify(snapshot)))?.entries).toEqual(compilePack(active!.pack).entries);
  });

  it('a refused snapshot write still activates the pack, and leaves no stale snapshot', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (STORAGE_KEYS.activeSnapshot in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const core = packAt(bundled.version + 1, Date.now());
    await activatePack(record(core), bundled.id);
    expect((await readActivePack())?.version).toBe(core.version);
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.activeSnapshot))[STORAGE_KEYS.activeSnapshot]).toBeUndefined();
  });

  it('rewrites a snapshot that does not fit the active pack at start-up, without redoing the merge', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    const before = await readActivePack();
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activeSnapshot]: { format: 0 } });
    expect(await reconcileActivePack(identity)).toBe('none');
    expect(await readActivePack()).toEqual(before);
    const snapshot = (await fakeBrowser.storage.local.get(STORAGE_KEYS.activeSnapshot))[STORAGE_KEYS.activeSnapshot];
    expect(snapshotMatches(before!.pack, snapshot)).toBe(true);
  });

  it('does not redo an up-to-date merge', async () => {
    await activatePack(record(sea, 'https://ngo.example/sea/index.json', 'policy'), bundled.id);
    const before = await readActivePack();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await reconcileActivePack(identity)).toBe('none');
    expect(set).not.toHaveBeenCalled();
    expect(await readActivePack()).toEqual(before);
  });

  it('reads a core stored as the active pack before merging existed, and moves it', async () => {
    const core = packAt(bundled.version + 1, Date.now());
    const legacy = record(core);
    delete legacy.origin;
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activePack]: legacy });
    expect((await readCorePack())?.version).toBe(core.version);
    expect(await reconcileActivePack(identity)).toBe('kept');
    const got = await fakeBrowser.storage.local.get(STORAGE_KEYS.corePack);
    expect(got[STORAGE_KEYS.corePack]).toMatchObject({ version: core.version });
    expect((await readActivePack())?.merged).toEqual([]);
  });

  it('drops a stored value that is not a pack record', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activePack]: 'garbage' });
    expect(await readActivePack()).toBeNull();
    expect(await reconcileActivePack(identity)).toBe('dropped');
    expect(await reconcileActivePack(identity)).toBe('none');
    expect((await fakeBrowser.storage.local.get(STORAGE_KEYS.activePack))[STORAGE_KEYS.activePack]).toBeUndefined();
  });
});

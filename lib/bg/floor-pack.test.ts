import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../engine/bundled';
import { compilePack } from '../engine/compile';
import { restoreCompiled, snapshotMatches } from '../engine/snapshot';
import type { Pack } from '../rules/schema';
import mini from '../rules/testdata/mini.json';
import { STORAGE_KEYS } from '../store/keys';
import { seedFloorPack } from './floor-pack';

const stored = async () => (await fakeBrowser.storage.local.get(STORAGE_KEYS.floorPack))[STORAGE_KEYS.floorPack];

describe('floor pack in storage', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('copies the bundled pack into storage.local, with its version', async () => {
    expect(await seedFloorPack()).toBe(true);
    const record = (await stored()) as { version: number; pack: Pack };
    expect(record.version).toBe(bundledPack().pack.version);
    expect(record.pack.id).toBe(bundledPack().pack.id);
  });

  it('does not rewrite the same version, but does on an update (force) or a new version', async () => {
    const pack = mini as unknown as Pack;
    expect(await seedFloorPack(pack)).toBe(true);
    expect(await seedFloorPack(pack)).toBe(false);
    expect(await seedFloorPack(pack, true)).toBe(true);
    expect(await seedFloorPack({ ...pack, version: pack.version + 1 })).toBe(true);
    expect(((await stored()) as { version: number }).version).toBe(pack.version + 1);
  });

  it('replaces a damaged copy', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.floorPack]: 'garbage' });
    expect(await seedFloorPack(mini as unknown as Pack)).toBe(true);
  });

  it('stores the floor pack compiled next to it, and rewrites only a snapshot that does not fit', async () => {
    const pack = mini as unknown as Pack;
    const snapshot = async () => (await fakeBrowser.storage.local.get(STORAGE_KEYS.floorSnapshot))[STORAGE_KEYS.floorSnapshot];
    expect(await seedFloorPack(pack)).toBe(true);
    expect(snapshotMatches(pack, await snapshot())).toBe(true);
    expect(restoreCompiled(pack, JSON.parse(JSON.stringify(await snapshot())))?.entries).toEqual(compilePack(pack).entries);
    // A snapshot from another engine (an extension update) is rewritten; the pack is not.
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.floorSnapshot]: { format: 0 } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await seedFloorPack(pack)).toBe(true);
    expect(set.mock.calls.map((c) => Object.keys(c[0]))).toEqual([[STORAGE_KEYS.floorSnapshot]]);
    expect(snapshotMatches(pack, await snapshot())).toBe(true);
    expect(await seedFloorPack(pack)).toBe(false);
  });

  it('snapshots the pack as storage gives it back (Chromium returns object keys sorted)', async () => {
    // Chromium's storage.local keeps objects as ordered maps: languages come back sorted, and compile
    // reads terms in that order. The snapshot must be of that pack, not of the one in memory.
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
                .map(([k, x]) => [k, sorted(x)]),
            )
          : v;
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => sorted(await get(keys)) as Record<string, unknown>);
    const pack = mini as unknown as Pack;
    expect(await seedFloorPack(pack)).toBe(true);
    const got = await fakeBrowser.storage.local.get([STORAGE_KEYS.floorPack, STORAGE_KEYS.floorSnapshot]);
    const readBack = (got[STORAGE_KEYS.floorPack] as { pack: Pack }).pack;
    expect(Object.keys(readBack.signals[0]!.terms!)).not.toEqual(Object.keys(pack.signals[0]!.terms!));
    expect(restoreCompiled(pack, got[STORAGE_KEYS.floorSnapshot])).toBeNull();
    expect(restoreCompiled(readBack, got[STORAGE_KEYS.floorSnapshot])?.entries).toEqual(compilePack(readBack).entries);
    // And at the next start, the stored snapshot is seen to fit: nothing is rewritten.
    expect(await seedFloorPack(pack)).toBe(false);
  });
});

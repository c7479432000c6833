import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack, bundledPackInSlices } from '../engine/bundled';
import { compilePack, compilePackInSlices } from '../engine/compile';
import { snapshotOf } from '../engine/snapshot';
import { sendMessage } from '../messaging';
import type { Pack } from '../rules/schema';
import mini from '../rules/testdata/mini.json';
import { STORAGE_KEYS } from '../store/keys';
import { loadActivePack, packFromStored, packFromStoredInSlices, watchActivePack } from './pack-source';

const floor = bundledPackInSlices;

// Counts compiles: a restored snapshot must not compile the pack again.
vi.mock('../engine/compile', async (importOriginal) => {
  const original = await importOriginal<typeof import('../engine/compile')>();
  return { ...original, compilePackInSlices: vi.fn(original.compilePackInSlices) };
});
const compiles = () => vi.mocked(compilePackInSlices).mock.calls.length;

// The page tells the background about a snapshot it could not use (lib/bg/snapshot-repair.ts): count it.
vi.mock('../messaging', async (importOriginal) => {
  const original = await importOriginal<typeof import('../messaging')>();
  return { ...original, sendMessage: vi.fn(async () => false) };
});
/** What the page told the background about unusable snapshots while `run` ran. */
async function reportsDuring(run: () => Promise<unknown>): Promise<unknown[]> {
  vi.mocked(sendMessage).mockClear();
  await run();
  return vi
    .mocked(sendMessage)
    .mock.calls.filter((call) => call[0] === 'snapshotUnusable')
    .map((call) => call[1]);
}

describe('active pack on the page side', () => {
  it('falls back to the floor (the bundled pack) when nothing is stored', async () => {
    const active = await loadActivePack(floor);
    expect(active.source).toBe('bundled');
    expect(active.compiled).toBe(bundledPack());
    expect(active.problem).toBeUndefined();
  });

  it('uses a valid stored pack, compiled, without asking for the floor', async () => {
    const pack = { ...mini, id: 'ngo-test', version: 42 };
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activePack]: { pack, source: 'https://feed.example/', activatedAt: 1 } });
    const askFloor = vi.fn(floor);
    const active = await loadActivePack(askFloor);
    expect(active.source).toBe('https://feed.example/');
    expect(active.compiled.pack.id).toBe('ngo-test');
    expect(askFloor).not.toHaveBeenCalled();
  });

  it('compiles at page start in slices, to the same matcher as at once', async () => {
    const stored = { pack: { ...mini, id: 'sliced', version: 7 }, source: 's' };
    const sliced = await packFromStoredInSlices(stored, floor, async () => {});
    const once = packFromStored(stored, bundledPack());
    expect(sliced.source).toBe('s');
    expect(sliced.compiled.entries).toEqual(once.compiled.entries);
    expect(sliced.compiled.automaton.size).toBe(once.compiled.automaton.size);
  });

  it('rejects a malformed stored pack and says why', () => {
    const active = packFromStored({ pack: { format: 1, signals: 'nope' }, source: 'x' }, bundledPack());
    expect(active.source).toBe('bundled');
    expect(active.problem).toMatch(/stored pack rejected/);
    expect(packFromStored('garbage', bundledPack()).source).toBe('bundled');
  });

  it('hands over a newly activated pack', async () => {
    const seen: string[] = [];
    const stop = watchActivePack((p) => seen.push(p.compiled.pack.id), floor);
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.activePack]: { pack: { ...mini, id: 'newer', version: 2 }, source: 's', activatedAt: 2 },
    });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    // The new pack is compiled in slices, with pauses: it arrives a moment later.
    await vi.waitFor(() => expect(seen).toEqual(['newer']));
    stop();
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.activePack]: { pack: { ...mini, id: 'ignored', version: 3 }, source: 's', activatedAt: 3 },
    });
    expect(seen).toEqual(['newer']);
  });

  it('goes back to the floor when the active pack is removed', async () => {
    const seen: string[] = [];
    const stop = watchActivePack((p) => seen.push(p.source), floor);
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activePack]: { pack: { ...mini }, source: 's', activatedAt: 1 } });
    await fakeBrowser.storage.local.remove(STORAGE_KEYS.activePack);
    await vi.waitFor(() => expect(seen).toEqual(['s', 'bundled']));
    stop();
  });

  it('restores the stored snapshot of the active pack instead of compiling it', async () => {
    const pack = { ...mini, id: 'ngo-snap', version: 5 } as unknown as Pack;
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.activePack]: { pack, source: 'https://feed.example/', activatedAt: 1 },
      [STORAGE_KEYS.activeSnapshot]: snapshotOf(compilePack(pack)),
    });
    const before = compiles();
    let active = await loadActivePack(floor);
    expect(await reportsDuring(async () => (active = await loadActivePack(floor)))).toEqual([]);
    expect(compiles()).toBe(before);
    expect(active.source).toBe('https://feed.example/');
    expect(active.compiled.pack.id).toBe('ngo-snap');
    expect(active.compiled.entries).toEqual(compilePack(pack).entries);
  });

  it('compiles when the stored snapshot is of another pack or damaged', async () => {
    const pack = { ...mini, id: 'ngo-snap', version: 6 } as unknown as Pack;
    const older = snapshotOf(compilePack({ ...pack, version: 5 }));
    for (const snapshot of [older, { ...snapshotOf(compilePack(pack)), checksum: 'x' }, 'garbage']) {
      await fakeBrowser.storage.local.set({
        [STORAGE_KEYS.activePack]: { pack, source: 's', activatedAt: 1 },
        [STORAGE_KEYS.activeSnapshot]: snapshot,
      });
      const before = compiles();
      let active = await loadActivePack(floor);
      expect(compiles()).toBe(before + 1);
      expect(active.compiled.entries).toEqual(compilePack(pack).entries);
      // ...and tells the background, which checks and rewrites it (lib/bg/snapshot-repair.ts).
      expect(await reportsDuring(async () => (active = await loadActivePack(floor)))).toEqual(['active']);
    }
  });

  it('a newly activated pack uses its snapshot once stored', async () => {
    const seen: string[] = [];
    const pack = { ...mini, id: 'watched', version: 9 } as unknown as Pack;
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activeSnapshot]: snapshotOf(compilePack(pack)) });
    const stop = watchActivePack((p) => seen.push(p.compiled.pack.id), floor);
    const before = compiles();
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activePack]: { pack, source: 's', activatedAt: 2 } });
    await vi.waitFor(() => expect(seen).toEqual(['watched']));
    expect(compiles()).toBe(before);
    stop();
  });
});

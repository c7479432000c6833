import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack, bundledPackInSlices } from '../engine/bundled';
import mini from '../rules/testdata/mini.json';
import { STORAGE_KEYS } from '../store/keys';
import { loadActivePack, packFromStored, packFromStoredInSlices, watchActivePack } from './pack-source';

const floor = bundledPackInSlices;

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
});

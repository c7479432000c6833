import { describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../engine/bundled';
import { compilePack, compilePackInSlices } from '../engine/compile';
import { snapshotOf } from '../engine/snapshot';
import type { Pack } from '../rules/schema';
import mini from '../rules/testdata/mini.json';
import { type FloorSources, loadFloorPackInSlices } from './floor-pack';

// Counts compiles: a restored snapshot must not compile the pack again.
vi.mock('../engine/compile', async (importOriginal) => {
  const original = await importOriginal<typeof import('../engine/compile')>();
  return { ...original, compilePackInSlices: vi.fn(original.compilePackInSlices) };
});
const compiles = () => vi.mocked(compilePackInSlices).mock.calls.length;

const noPause = async () => {};

function sources(
  stored: unknown,
  fromBackground: unknown,
  snapshot?: unknown,
): FloorSources & { asked: () => number; reported: () => number } {
  const ask = vi.fn(async () => fromBackground);
  const report = vi.fn();
  return {
    readStored: async () => ({ record: stored, snapshot }),
    askBackground: ask,
    snapshotUnusable: report,
    asked: () => ask.mock.calls.length,
    reported: () => report.mock.calls.length,
  };
}

const miniPack = mini as unknown as Pack;
/** What storage hands back: the snapshot after a JSON round trip. */
const storedSnapshot = (pack: Pack): unknown => JSON.parse(JSON.stringify(snapshotOf(compilePack(pack))));

describe('floor pack on the page side', () => {
  it('compiles the copy the background keeps in storage, without asking the background', async () => {
    const s = sources({ version: 7, pack: { ...mini, id: 'floor-stored' } }, undefined);
    const compiled = await loadFloorPackInSlices(noPause, s);
    expect(compiled.pack.id).toBe('floor-stored');
    expect(s.asked()).toBe(0);
  });

  it('restores the stored snapshot instead of compiling, when it is one of the stored pack', async () => {
    const s = sources({ version: 1, pack: mini }, undefined, storedSnapshot(miniPack));
    const before = compiles();
    const restored = await loadFloorPackInSlices(noPause, s);
    expect(restored.pack.id).toBe(mini.id);
    expect(restored.entries).toEqual(compilePack(miniPack).entries);
    expect(s.asked()).toBe(0);
    expect(s.reported()).toBe(0);
    expect(compiles()).toBe(before);
  });

  it('compiles when the stored snapshot is damaged or of another pack version, and tells the background', async () => {
    const damaged = { ...(storedSnapshot(miniPack) as object), checksum: '0' };
    const older = storedSnapshot({ ...miniPack, version: miniPack.version - 1 });
    for (const snapshot of [damaged, older, 'garbage', null]) {
      const before = compiles();
      const s = sources({ version: 1, pack: mini }, undefined, snapshot);
      const compiled = await loadFloorPackInSlices(noPause, s);
      expect(compiled.entries).toEqual(compilePack(miniPack).entries);
      expect(compiles()).toBe(before + 1);
      expect(s.reported()).toBe(1);
    }
  });

  it('asks the background when storage has no copy, or a damaged one', async () => {
    for (const stored of [undefined, null, 'garbage', { version: 1, pack: { format: 1, signals: 'nope' } }]) {
      const s = sources(stored, bundledPack().pack);
      const compiled = await loadFloorPackInSlices(noPause, s);
      expect(compiled.pack.id).toBe(bundledPack().pack.id);
      expect(s.asked()).toBe(1);
    }
  });

  it('asks the background when reading storage fails', async () => {
    const s: FloorSources = {
      readStored: async () => {
        throw new Error('storage unavailable');
      },
      askBackground: async () => mini,
      snapshotUnusable: () => {},
    };
    expect((await loadFloorPackInSlices(noPause, s)).pack.id).toBe(mini.id);
  });

  it('fails clearly when neither storage nor the background has a usable pack', async () => {
    await expect(loadFloorPackInSlices(noPause, sources(undefined, { nope: true }))).rejects.toThrow(/no floor pack/);
  });
});

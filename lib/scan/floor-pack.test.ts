import { describe, expect, it, vi } from 'vitest';
import { bundledPack } from '../engine/bundled';
import mini from '../rules/testdata/mini.json';
import { type FloorSources, loadFloorPackInSlices } from './floor-pack';

const noPause = async () => {};

function sources(stored: unknown, fromBackground: unknown): FloorSources & { asked: () => number } {
  const ask = vi.fn(async () => fromBackground);
  return { readStored: async () => stored, askBackground: ask, asked: () => ask.mock.calls.length };
}

describe('floor pack on the page side', () => {
  it('compiles the copy the background keeps in storage, without asking the background', async () => {
    const s = sources({ version: 7, pack: { ...mini, id: 'floor-stored' } }, undefined);
    const compiled = await loadFloorPackInSlices(noPause, s);
    expect(compiled.pack.id).toBe('floor-stored');
    expect(s.asked()).toBe(0);
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
    };
    expect((await loadFloorPackInSlices(noPause, s)).pack.id).toBe(mini.id);
  });

  it('fails clearly when neither storage nor the background has a usable pack', async () => {
    await expect(loadFloorPackInSlices(noPause, sources(undefined, { nope: true }))).rejects.toThrow(/no floor pack/);
  });
});

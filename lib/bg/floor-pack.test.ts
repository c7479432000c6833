import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../engine/bundled';
import type { Pack } from '../rules/schema';
import mini from '../rules/testdata/mini.json';
import { STORAGE_KEYS } from '../store/keys';
import { seedFloorPack } from './floor-pack';

const stored = async () => (await fakeBrowser.storage.local.get(STORAGE_KEYS.floorPack))[STORAGE_KEYS.floorPack];

describe('floor pack in storage', () => {
  beforeEach(() => fakeBrowser.reset());

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
});

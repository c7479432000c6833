import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compilePack } from '../engine/compile';
import { restoreCompiled, snapshotOf } from '../engine/snapshot';
import type { Pack } from '../rules/schema';
import mini from '../rules/testdata/mini.json';
import { repairStoredSnapshot } from './pack-snapshot';

const PACK_KEY = 'test:pack';
const SNAPSHOT_KEY = 'test:snapshot';
const pack = mini as unknown as Pack;
const snapshot = async () => (await fakeBrowser.storage.local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY];

describe('repairing a stored snapshot pages could not use', () => {
  beforeEach(async () => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ [PACK_KEY]: { pack } });
  });

  it('leaves a snapshot that restores alone (the page read it mid-update)', async () => {
    await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: snapshotOf(compilePack(pack)) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await repairStoredSnapshot(PACK_KEY, SNAPSHOT_KEY)).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('rewrites a damaged one, even under a header that still matches the pack', async () => {
    const damaged = { ...snapshotOf(compilePack(pack)), checksum: '0' };
    await fakeBrowser.storage.local.set({ [SNAPSHOT_KEY]: damaged });
    expect(restoreCompiled(pack, await snapshot())).toBeNull();
    expect(await repairStoredSnapshot(PACK_KEY, SNAPSHOT_KEY)).toBe(true);
    expect(restoreCompiled(pack, await snapshot())?.entries).toEqual(compilePack(pack).entries);
  });

  it('writes a missing one, and removes one when there is no usable pack', async () => {
    expect(await repairStoredSnapshot(PACK_KEY, SNAPSHOT_KEY)).toBe(true);
    expect(restoreCompiled(pack, await snapshot())).not.toBeNull();
    await fakeBrowser.storage.local.set({ [PACK_KEY]: 'garbage' });
    expect(await repairStoredSnapshot(PACK_KEY, SNAPSHOT_KEY)).toBe(false);
    expect(await snapshot()).toBeUndefined();
  });
});

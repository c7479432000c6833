import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pack } from '../rules/schema';
import { STORAGE_KEYS } from '../store/keys';
import {
  type ActivePackRecord,
  activatePack,
  installedVersion,
  readActivePack,
  readRegionalPacks,
  reconcileActivePack,
} from './active-pack';

const bundled = { id: 'lurewatch-core', version: 10 };
const record = (packId: string, version: number): ActivePackRecord => ({
  pack: { id: packId, version } as Pack,
  source: 'https://rules.example/index.json',
  activatedAt: 1,
  packId,
  version,
  sha256: 'x',
  keyId: 'k',
});

describe('active pack', () => {
  it('the bundled version is the floor to beat', async () => {
    expect(await installedVersion('lurewatch-core', bundled)).toBe(10);
    await activatePack(record('lurewatch-core', 12), bundled.id);
    expect(await installedVersion('lurewatch-core', bundled)).toBe(12);
    expect((await readActivePack())?.version).toBe(12);
  });

  it('keeps regional packs apart from the core pack', async () => {
    await activatePack(record('ngo-sea', 3), bundled.id);
    expect(await readActivePack()).toBeNull();
    expect(Object.keys(await readRegionalPacks())).toEqual(['ngo-sea']);
    expect(await installedVersion('ngo-sea', bundled)).toBe(3);
    expect(await installedVersion('ngo-other', bundled)).toBe(0);
  });

  it('after an extension update, drops a stored pack the bundled one supersedes', async () => {
    await activatePack(record('lurewatch-core', 9), bundled.id);
    expect(await reconcileActivePack(bundled)).toBe('dropped');
    expect(await readActivePack()).toBeNull();
    await activatePack(record('lurewatch-core', 11), bundled.id);
    expect(await reconcileActivePack(bundled)).toBe('kept');
    expect(await reconcileActivePack({ ...bundled, version: 11 })).toBe('dropped');
  });

  it('drops a stored value that is not a pack record', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.activePack]: 'garbage' });
    expect(await readActivePack()).toBeNull();
    expect(await reconcileActivePack(bundled)).toBe('dropped');
    expect(await reconcileActivePack(bundled)).toBe('none');
  });
});

/**
 * The floor pack on the page side: the bundled pack, without bundling it into the content script
 * (lib/bg/floor-pack.ts says why). Read from storage.local, where the background copies it; asked of
 * the background when that copy is missing or damaged. Checked for shape (lib/rules/trusted.ts) and
 * compiled in slices once per page, like the active pack.
 */
import { browser } from 'wxt/browser';
import { type CompiledPack, compilePackInSlices } from '../engine/compile';
import { sendMessage } from '../messaging';
import type { Pack } from '../rules/schema';
import { checkTrustedPack } from '../rules/trusted';
import { STORAGE_KEYS } from '../store/keys';

/** Where the floor comes from; tests replace both. */
export interface FloorSources {
  readStored(): Promise<unknown>;
  askBackground(): Promise<unknown>;
}

const browserSources: FloorSources = {
  async readStored() {
    return (await browser.storage.local.get(STORAGE_KEYS.floorPack))[STORAGE_KEYS.floorPack];
  },
  askBackground: () => sendMessage('getFloorPack', undefined),
};

function trusted(value: unknown): Pack | undefined {
  const result = checkTrustedPack(value);
  return result.ok ? result.value : undefined;
}

/**
 * The floor pack, compiled in slices. Rejects only when neither storage nor the background can give a
 * usable pack (the extension is being updated or removed): the caller then has nothing to scan with.
 */
export async function loadFloorPackInSlices(pause: () => Promise<void>, sources: FloorSources = browserSources): Promise<CompiledPack> {
  let pack: Pack | undefined;
  try {
    const stored = await sources.readStored();
    pack = trusted(typeof stored === 'object' && stored !== null ? (stored as { pack?: unknown }).pack : undefined);
  } catch {
    pack = undefined;
  }
  pack ??= trusted(await sources.askBackground());
  if (!pack) throw new Error('no floor pack: storage has none and the background gave none');
  return compilePackInSlices(pack, pause);
}

let cached: Promise<CompiledPack> | undefined;

/** Once per page: the floor is the same pack until the extension updates (which restarts the script). */
export function floorPackOnce(pause: () => Promise<void>): Promise<CompiledPack> {
  cached ??= loadFloorPackInSlices(pause).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

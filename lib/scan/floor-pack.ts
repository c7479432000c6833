/**
 * The floor pack on the page side: the bundled pack, without bundling it into the content script
 * (lib/bg/floor-pack.ts says why). Read from storage.local, where the background copies it; asked of
 * the background when that copy is missing or damaged. Checked for shape (lib/rules/trusted.ts), then
 * restored from the compiled snapshot stored with it (lib/engine/snapshot.ts), or else compiled in
 * slices, once per page, like the active pack.
 */
import { browser } from 'wxt/browser';
import { type CompiledPack, compilePackInSlices } from '../engine/compile';
import { forPage } from '../engine/page-pack';
import { restoreCompiledInSlices } from '../engine/snapshot';
import { sendMessage } from '../messaging';
import type { Pack } from '../rules/schema';
import { checkTrustedPack } from '../rules/trusted';
import { STORAGE_KEYS } from '../store/keys';

/** Where the floor comes from; tests replace them. */
export interface FloorSources {
  /** The stored floor record and the stored snapshot of it (either may be missing or damaged). */
  readStored(): Promise<{ record: unknown; snapshot: unknown }>;
  askBackground(): Promise<unknown>;
  /** The stored snapshot did not restore (missing, damaged, or of another pack): tell the background. */
  snapshotUnusable(): void;
}

const browserSources: FloorSources = {
  async readStored() {
    const got = await browser.storage.local.get([STORAGE_KEYS.floorPack, STORAGE_KEYS.floorSnapshot]);
    return { record: got[STORAGE_KEYS.floorPack], snapshot: got[STORAGE_KEYS.floorSnapshot] };
  },
  askBackground: () => sendMessage('getFloorPack', undefined),
  snapshotUnusable: () => {
    // Best effort: the page compiles either way, and the background throttles the check.
    sendMessage('snapshotUnusable', 'floor').catch(() => {});
  },
};

function trusted(value: unknown): Pack | undefined {
  const result = checkTrustedPack(value);
  return result.ok ? result.value : undefined;
}

/**
 * The floor pack: restored from the snapshot the background stored with it (lib/engine/snapshot.ts),
 * or compiled in slices when there is none for this pack and engine. Rejects only when neither storage
 * nor the background can give a usable pack (the extension is being updated or removed): the caller
 * then has nothing to scan with.
 */
export async function loadFloorPackInSlices(pause: () => Promise<void>, sources: FloorSources = browserSources): Promise<CompiledPack> {
  let pack: Pack | undefined;
  let snapshot: unknown;
  try {
    const stored = await sources.readStored();
    const record = stored.record;
    pack = trusted(typeof record === 'object' && record !== null ? (record as { pack?: unknown }).pack : undefined);
    snapshot = stored.snapshot;
  } catch {
    pack = undefined;
  }
  if (pack) {
    // Kept without its term lists, as pages keep every pack (lib/engine/page-pack.ts).
    const restored = await restoreCompiledInSlices(pack, snapshot, pause);
    if (restored) return forPage(restored);
    sources.snapshotUnusable();
  }
  pack ??= trusted(await sources.askBackground());
  if (!pack) throw new Error('no floor pack: storage has none and the background gave none');
  return forPage(await compilePackInSlices(pack, pause));
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

/**
 * The floor pack for content scripts. The bundled pack (public/rules/core.json, several hundred KB and
 * growing with every language) used to be compiled into the content-script bundle, so every tab parsed
 * and kept a copy of it even when the background had activated a newer pack. Now only the background and
 * the extension pages bundle it; the background copies it into storage.local (STORAGE_KEYS.floorPack),
 * where content scripts read it when no active pack is stored, and hands it over by message when that
 * copy is not there yet (the first seconds after install) or was lost (lib/scan/floor-pack.ts). Next to
 * it goes the pack compiled (a snapshot), which content scripts restore instead of compiling.
 */
import { browser } from 'wxt/browser';
import { bundledPack } from '../engine/bundled';
import { onMessage } from '../messaging';
import type { Pack } from '../rules/schema';
import { isExtensionPage, isOwnContentScript } from '../sender';
import { STORAGE_KEYS } from '../store/keys';
import { repairStoredSnapshot, snapshotStoredPack } from '../store/pack-snapshot';
import { SenderRejected, selfId } from './handlers';

export interface FloorRecord {
  version: number;
  pack: Pack;
}

function storedVersion(v: unknown): number | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const record = v as Partial<FloorRecord>;
  return typeof record.version === 'number' && typeof record.pack === 'object' && record.pack !== null ? record.version : undefined;
}

/**
 * Writes the floor pack unless storage already holds this version, and its compiled snapshot
 * (STORAGE_KEYS.floorSnapshot, lib/engine/snapshot.ts) unless the stored one is for this pack and this
 * engine: content scripts restore that instead of compiling the pack in every tab. `force` rewrites both
 * anyway: after an extension update the pack may have changed under the same version number (a
 * development reload). True when anything was written.
 */
export async function seedFloorPack(pack: Pack = bundledPack().pack, force = false): Promise<boolean> {
  let writePack = force;
  if (!force) {
    const got = await browser.storage.local.get(STORAGE_KEYS.floorPack);
    writePack = storedVersion(got[STORAGE_KEYS.floorPack]) !== pack.version;
  }
  if (writePack) {
    const record: FloorRecord = { version: pack.version, pack };
    await browser.storage.local.set({ [STORAGE_KEYS.floorPack]: record });
  }
  const wroteSnapshot = await snapshotStoredPack(STORAGE_KEYS.floorPack, STORAGE_KEYS.floorSnapshot, writePack);
  return writePack || wroteSnapshot;
}

// One seed or repair at a time: at install, onInstalled's forced seed, the start-up one and the first
// pages' repair requests would otherwise each compile the pack and write its snapshot (~1.5 MB) at once,
// while the first pages load.
let seeding: Promise<unknown> = Promise.resolve();
function queueSeeding<T>(task: () => Promise<T>): Promise<T | undefined> {
  const run = seeding.then(task).catch(() => undefined);
  seeding = run;
  return run;
}

const seed = (force: boolean) => void queueSeeding(() => seedFloorPack(undefined, force));

/**
 * A page could not use the floor pack's stored snapshot (lib/bg/snapshot-repair.ts): rewrite it if it
 * does not restore, after any seed in progress (which may be writing it right now).
 */
export async function repairFloorSnapshot(): Promise<boolean> {
  return (await queueSeeding(() => repairStoredSnapshot(STORAGE_KEYS.floorPack, STORAGE_KEYS.floorSnapshot))) ?? false;
}

export function registerFloorPack(): void {
  browser.runtime.onInstalled.addListener(() => seed(true));
  // At browser start, not at every service-worker wake: the check reads the pack and its snapshot (~2.5 MB)
  // and a worker wakes for every page's report. A copy lost in between is put back by getFloorPack below.
  browser.runtime.onStartup.addListener(() => seed(false));
  onMessage('getFloorPack', ({ sender }) => {
    if (!isOwnContentScript(sender, selfId()) && !isExtensionPage(sender, selfId(), browser.runtime.getURL('/'))) {
      throw new SenderRejected('getFloorPack');
    }
    // Storage lost its copy (or was never written): put it back for the next page, too.
    seed(false);
    return bundledPack().pack;
  });
}

/**
 * The floor pack for content scripts. The bundled pack (public/rules/core.json, several hundred KB and
 * growing with every language) used to be compiled into the content-script bundle, so every tab parsed
 * and kept a copy of it even when the background had activated a newer pack. Now only the background and
 * the extension pages bundle it; the background copies it into storage.local (STORAGE_KEYS.floorPack),
 * where content scripts read it when no active pack is stored, and hands it over by message when that
 * copy is not there yet (the first seconds after install) or was lost (lib/scan/floor-pack.ts).
 */
import { browser } from 'wxt/browser';
import { bundledPack } from '../engine/bundled';
import { onMessage } from '../messaging';
import type { Pack } from '../rules/schema';
import { isExtensionPage, isOwnContentScript } from '../sender';
import { STORAGE_KEYS } from '../store/keys';
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
 * Writes the floor pack unless storage already holds this version. `force` rewrites it anyway: after an
 * extension update the pack may have changed under the same version number (a development reload).
 */
export async function seedFloorPack(pack: Pack = bundledPack().pack, force = false): Promise<boolean> {
  if (!force) {
    const got = await browser.storage.local.get(STORAGE_KEYS.floorPack);
    if (storedVersion(got[STORAGE_KEYS.floorPack]) === pack.version) return false;
  }
  const record: FloorRecord = { version: pack.version, pack };
  await browser.storage.local.set({ [STORAGE_KEYS.floorPack]: record });
  return true;
}

export function registerFloorPack(): void {
  const seed = (force: boolean) => void seedFloorPack(undefined, force).catch(() => {});
  browser.runtime.onInstalled.addListener(() => seed(true));
  seed(false);
  onMessage('getFloorPack', ({ sender }) => {
    if (!isOwnContentScript(sender, selfId()) && !isExtensionPage(sender, selfId(), browser.runtime.getURL('/'))) {
      throw new SenderRejected('getFloorPack');
    }
    // Storage lost its copy (or was never written): put it back for the next page, too.
    seed(false);
    return bundledPack().pack;
  });
}

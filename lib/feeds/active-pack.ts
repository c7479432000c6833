/**
 * Activation: an accepted pack is written to storage.local, where content scripts read it and
 * listen for changes (storage.onChanged), so open tabs switch packs without a reload. The core pack
 * goes to STORAGE_KEYS.activePack; other packs (NGO regional packs) to STORAGE_KEYS.regionalPacks.
 * No active pack stored means "use the bundled pack", which is always in the extension.
 */
import { browser } from 'wxt/browser';
import type { Pack } from '../rules/schema';
import { STORAGE_KEYS } from '../store/keys';

export interface ActivePackRecord {
  /** The validated pack JSON. */
  pack: Pack;
  /** Feed index URL it came from. */
  source: string;
  activatedAt: number;
  packId: string;
  version: number;
  sha256: string;
  keyId: string;
}

function isRecord(v: unknown): v is ActivePackRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<ActivePackRecord>;
  return typeof r.version === 'number' && typeof r.packId === 'string' && typeof r.pack === 'object' && r.pack !== null;
}

export async function readActivePack(): Promise<ActivePackRecord | null> {
  const got = await browser.storage.local.get(STORAGE_KEYS.activePack);
  const v = got[STORAGE_KEYS.activePack];
  return isRecord(v) ? v : null;
}

export async function readRegionalPacks(): Promise<Record<string, ActivePackRecord>> {
  const got = await browser.storage.local.get(STORAGE_KEYS.regionalPacks);
  const v = got[STORAGE_KEYS.regionalPacks];
  if (typeof v !== 'object' || v === null) return {};
  return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter((e): e is [string, ActivePackRecord] => isRecord(e[1])));
}

/** The version a new pack must beat: the bundled floor, or what is active, whichever is newer. */
export async function installedVersion(packId: string, bundled: { id: string; version: number }): Promise<number> {
  if (packId === bundled.id) {
    const active = await readActivePack();
    return Math.max(bundled.version, active?.packId === packId ? active.version : 0);
  }
  return (await readRegionalPacks())[packId]?.version ?? 0;
}

/** Makes the pack live. Throws if storage refuses (the caller then keeps the previous pack). */
export async function activatePack(record: ActivePackRecord, coreId: string): Promise<void> {
  if (record.packId === coreId) {
    await browser.storage.local.set({ [STORAGE_KEYS.activePack]: record });
    return;
  }
  const all = await readRegionalPacks();
  all[record.packId] = record;
  await browser.storage.local.set({ [STORAGE_KEYS.regionalPacks]: all });
}

/**
 * After an extension update the bundled pack may be newer than the stored one: drop the stored
 * copy so every context uses the bundled pack. Also drops a stored value that is not a pack record.
 */
export async function reconcileActivePack(bundled: { id: string; version: number }): Promise<'kept' | 'dropped' | 'none'> {
  const got = await browser.storage.local.get(STORAGE_KEYS.activePack);
  const raw = got[STORAGE_KEYS.activePack];
  if (raw === undefined) return 'none';
  if (!isRecord(raw) || raw.packId !== bundled.id || raw.version <= bundled.version) {
    await browser.storage.local.remove(STORAGE_KEYS.activePack);
    return 'dropped';
  }
  return 'kept';
}

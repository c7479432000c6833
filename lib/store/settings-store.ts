/**
 * Load, save and watch settings from any extension context (background, popup, options, content).
 * Settings live in storage.sync so they follow the user across devices; when sync is missing
 * (some Firefox builds), disabled by policy, or over quota, they live in storage.local instead.
 * When both areas hold a copy, the one saved last wins (Settings.updatedAt).
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from './keys';
import type { Settings } from './settings';
import { readSettings, SETTINGS_VERSION } from './settings-schema';

type AreaName = 'sync' | 'local';

interface StorageAreaLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function areaOf(name: AreaName): StorageAreaLike | undefined {
  return name === 'sync' ? browser.storage.sync : browser.storage.local;
}

async function readRaw(name: AreaName): Promise<unknown> {
  try {
    const area = areaOf(name);
    if (!area) return undefined;
    const got = await area.get(STORAGE_KEYS.settings);
    return got[STORAGE_KEYS.settings];
  } catch {
    // storage.sync throws when sync is disabled by policy; treat as absent.
    return undefined;
  }
}

function stampOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return -1;
  const t = (raw as { updatedAt?: unknown }).updatedAt;
  return typeof t === 'number' ? t : 0;
}

/** The raw stored object (newest of sync/local), before validation. */
async function loadRaw(): Promise<unknown> {
  const [sync, local] = await Promise.all([readRaw('sync'), readRaw('local')]);
  if (sync === undefined) return local;
  if (local === undefined) return sync;
  return stampOf(local) > stampOf(sync) ? local : sync;
}

/** Current settings, validated field by field; never throws. */
export async function loadSettings(): Promise<Settings> {
  return readSettings(await loadRaw()).settings;
}

export type SettingsPatch = Partial<Omit<Settings, 'version' | 'updatedAt'>>;

/**
 * Applies a patch and writes the result. Returns what was stored (validated: invalid patch fields
 * fall back like stored ones). Fields this build does not know are kept, so a device running an
 * older LureWatch does not erase what a newer one synced.
 */
export async function saveSettings(patch: SettingsPatch, now = Date.now()): Promise<Settings> {
  const raw = await loadRaw();
  const current = readSettings(raw);
  const merged: Record<string, unknown> = { ...current.settings, ...patch, updatedAt: now };
  const { settings } = readSettings(merged);
  const unknownFields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const toStore: Record<string, unknown> = {
    ...unknownFields,
    ...settings,
    // Keep a newer device's version number: its reader will re-validate our fields anyway.
    version: current.newer ? current.from : SETTINGS_VERSION,
  };
  try {
    const sync = areaOf('sync');
    if (!sync) throw new Error('storage.sync unavailable');
    await sync.set({ [STORAGE_KEYS.settings]: toStore });
  } catch {
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: toStore });
  }
  return settings;
}

/** Calls back with fresh settings whenever they change in either area. Returns an unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if ((areaName === 'sync' || areaName === 'local') && STORAGE_KEYS.settings in changes) {
      void loadSettings().then(callback);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Activation: accepted packs are kept in storage.local as they came — the core pack under
 * STORAGE_KEYS.corePack, NGO regional packs under STORAGE_KEYS.regionalPacks — and every change to
 * either recomputes the one pack that runs, STORAGE_KEYS.activePack: the core merged with the regional
 * packs (./merge-active.ts). Content scripts and the popup read only that key and listen for changes
 * (storage.onChanged), so open tabs switch packs without a reload. Keeping the un-merged core apart
 * lets a regional pack be removed or replaced and the merge be redone from the sources.
 * No active pack stored means "use the bundled pack", which is always in the extension.
 *
 * Background only (it merges and self-tests). Writes are serialised: a refresh, a feed removal and a
 * start-up reconcile may overlap in time, and each reads, merges and writes the whole state.
 */
import { browser } from 'wxt/browser';
import { bundledPack } from '../engine/bundled';
import type { Pack } from '../rules/schema';
import { STORAGE_KEYS } from '../store/keys';
import { repairStoredSnapshot, snapshotStoredPack } from '../store/pack-snapshot';
import { type ActiveBuild, basisOf, buildActive, effectiveCore } from './merge-active';
import { type ActivePackRecord, isPackRecord } from './pack-record';

export type { ActivePackRecord } from './pack-record';

export interface ActivationOptions {
  /** The bundled pack (the core floor); tests may pass another. */
  bundled?: Pack;
  now?: number;
}

let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function getLocal(keys: string[]): Promise<Record<string, unknown>> {
  return browser.storage.local.get(keys);
}

/** The pack content scripts run (merged), or null: the bundled pack. */
export async function readActivePack(): Promise<ActivePackRecord | null> {
  const v = (await getLocal([STORAGE_KEYS.activePack]))[STORAGE_KEYS.activePack];
  return isPackRecord(v) ? v : null;
}

/**
 * The stored core, whatever its version. Before merging existed the accepted core was stored as the
 * active pack itself (a record without `merged`): such a record is read as the core.
 */
function coreFrom(got: Record<string, unknown>): ActivePackRecord | null {
  const core = got[STORAGE_KEYS.corePack];
  if (core !== undefined) return isPackRecord(core) ? core : null;
  const legacy = got[STORAGE_KEYS.activePack];
  return isPackRecord(legacy) && legacy.merged === undefined ? legacy : null;
}

function regionalFrom(got: Record<string, unknown>): Record<string, ActivePackRecord> {
  const v = got[STORAGE_KEYS.regionalPacks];
  if (typeof v !== 'object' || v === null) return {};
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>).filter((e): e is [string, ActivePackRecord] => isPackRecord(e[1])),
  );
}

export async function readCorePack(): Promise<ActivePackRecord | null> {
  return coreFrom(await getLocal([STORAGE_KEYS.corePack, STORAGE_KEYS.activePack]));
}

export async function readRegionalPacks(): Promise<Record<string, ActivePackRecord>> {
  return regionalFrom(await getLocal([STORAGE_KEYS.regionalPacks]));
}

/** The version a new pack must beat: the bundled floor, or the stored core, whichever is newer. */
export async function installedVersion(packId: string, bundled: { id: string; version: number }): Promise<number> {
  if (packId === bundled.id) {
    const core = await readCorePack();
    return Math.max(bundled.version, core?.packId === packId ? core.version : 0);
  }
  return (await readRegionalPacks())[packId]?.version ?? 0;
}

/**
 * Writes the sources and the active pack they give. One storage.local.set carries both, so a refused
 * write (quota) changes nothing: the previous active pack stays, with the sources it came from.
 */
async function commit(
  core: ActivePackRecord | null,
  regional: Record<string, ActivePackRecord>,
  options: ActivationOptions,
): Promise<ActiveBuild> {
  const bundled = options.bundled ?? bundledPack().pack;
  const built = buildActive(core, Object.values(regional), bundled, options.now ?? Date.now());
  const write: Record<string, unknown> = { [STORAGE_KEYS.regionalPacks]: regional };
  if (core) write[STORAGE_KEYS.corePack] = core;
  if (built.record) write[STORAGE_KEYS.activePack] = built.record;
  await browser.storage.local.set(write);
  const remove = [
    ...(core ? [] : [STORAGE_KEYS.corePack]),
    ...(built.record ? [] : [STORAGE_KEYS.activePack, STORAGE_KEYS.activeSnapshot]),
  ];
  if (remove.length) await browser.storage.local.remove(remove);
  // The active pack compiled, for content scripts to restore instead of compiling it in every tab
  // (lib/engine/snapshot.ts). After the pack, and best effort: it must never hold back an activation.
  if (built.record) await snapshotStoredPack(STORAGE_KEYS.activePack, STORAGE_KEYS.activeSnapshot);
  return built;
}

/**
 * Makes an accepted pack live: stores it as the core or as a regional pack, then re-merges. Returns the
 * merge's conflicts (for the refresh log). Throws if storage refuses (the caller keeps the previous pack).
 */
export function activatePack(record: ActivePackRecord, coreId: string, options: ActivationOptions = {}): Promise<ActiveBuild> {
  return serial(async () => store(await getSources(), record, coreId, options));
}

/**
 * activatePack, unless storage already holds this pack at the same or a newer version: then nothing is
 * written and the result is null. Check and write are one serialised step, so a restore from IndexedDB
 * (./restore.ts) that overlaps a refresh installing a newer version cannot put the older one back.
 */
export function activateIfNewer(record: ActivePackRecord, coreId: string, options: ActivationOptions = {}): Promise<ActiveBuild | null> {
  return serial(async () => {
    const got = await getSources();
    const held = record.packId === coreId ? coreFrom(got) : regionalFrom(got)[record.packId];
    if (held && held.packId === record.packId && held.version >= record.version) return null;
    return store(got, record, coreId, options);
  });
}

function getSources(): Promise<Record<string, unknown>> {
  return getLocal([STORAGE_KEYS.corePack, STORAGE_KEYS.activePack, STORAGE_KEYS.regionalPacks]);
}

function store(got: Record<string, unknown>, record: ActivePackRecord, coreId: string, options: ActivationOptions): Promise<ActiveBuild> {
  const regional = regionalFrom(got);
  if (record.packId === coreId) return commit(record, regional, options);
  regional[record.packId] = record;
  return commit(coreFrom(got), regional, options);
}

/**
 * Drops the regional packs `drop` selects (their feed was removed) and re-merges. Returns the dropped
 * ids and the new merge, or null when nothing matched (nothing is written then).
 */
export function removeRegionalPacks(
  drop: (record: ActivePackRecord) => boolean,
  options: ActivationOptions = {},
): Promise<{ removed: string[]; build: ActiveBuild } | null> {
  return serial(async () => {
    const got = await getLocal([STORAGE_KEYS.corePack, STORAGE_KEYS.activePack, STORAGE_KEYS.regionalPacks]);
    const regional = regionalFrom(got);
    const removed = Object.keys(regional).filter((id) => drop(regional[id]!));
    if (!removed.length) return null;
    for (const id of removed) delete regional[id];
    return { removed, build: await commit(coreFrom(got), regional, options) };
  });
}

/**
 * After an extension update the bundled pack may be newer than the stored core: drop the stored copy
 * (and a stored value that is not a pack record), then rebuild the active pack on the new floor, so
 * the regional packs are merged into the newest core. Runs at install, update and browser start-up.
 */
export function reconcileActivePack(
  bundled: { id: string; version: number },
  options: ActivationOptions = {},
): Promise<'kept' | 'dropped' | 'none'> {
  return serial(async () => {
    const got = await getLocal([STORAGE_KEYS.corePack, STORAGE_KEYS.activePack, STORAGE_KEYS.regionalPacks]);
    const rawCore = got[STORAGE_KEYS.corePack];
    const rawActive = got[STORAGE_KEYS.activePack];
    const stored = coreFrom(got);
    const floor = { ...(options.bundled ?? bundledPack().pack), id: bundled.id, version: bundled.version };
    const core = effectiveCore(stored, floor);
    const regional = regionalFrom(got);
    let outcome: 'kept' | 'dropped' | 'none' = 'none';
    if (stored) outcome = core ? 'kept' : 'dropped';
    else if (rawCore !== undefined || (rawActive !== undefined && !isPackRecord(rawActive))) outcome = 'dropped';
    if (rawCore === undefined && rawActive === undefined && Object.keys(regional).length === 0) return outcome;
    // Nothing changed since the active pack was built (the usual browser start): no merge to redo.
    const upToDate = isPackRecord(rawActive) && rawActive.basis === basisOf(core?.pack ?? floor, Object.values(regional));
    if (upToDate && (outcome === 'none' || (outcome !== 'dropped' && rawCore !== undefined))) {
      // An extension update may bring an engine whose snapshots differ (lib/engine/snapshot.ts): the
      // merge stands, the snapshot is rewritten for this engine.
      await snapshotStoredPack(STORAGE_KEYS.activePack, STORAGE_KEYS.activeSnapshot, false);
      return outcome;
    }
    await commit(core, regional, { ...options, bundled: floor });
    return outcome;
  });
}

/**
 * A page could not use the active pack's stored snapshot (lib/bg/snapshot-repair.ts): rewrite it if it
 * does not restore. In the activation queue, so it never interleaves with a commit's own pack and
 * snapshot writes and leaves the snapshot of a replaced pack behind.
 */
export function repairActiveSnapshot(): Promise<boolean> {
  return serial(() => repairStoredSnapshot(STORAGE_KEYS.activePack, STORAGE_KEYS.activeSnapshot));
}

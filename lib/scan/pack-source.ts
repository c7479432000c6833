/**
 * The active rule pack on the page side. The background writes it to storage.local after accepting it
 * (signature, schema, ReDoS check, self-test: issue 5); here it is checked for shape only
 * (lib/rules/trusted.ts: the pack schema and the regex-safety analysis stay out of the content script, whose
 * bundle and start-up they would weigh on) and compiled once. Anything missing or malformed falls back
 * to the floor: the bundled pack. The caller says how to get it (FloorPack): extension pages compile
 * their bundled copy (lib/engine/bundled.ts); content scripts, which do not bundle it, read the copy the
 * background keeps in storage (lib/scan/floor-pack.ts).
 */
import { browser } from 'wxt/browser';
import { type CompiledPack, compilePack, compilePackInSlices } from '../engine/compile';
import { forPage } from '../engine/page-pack';
import { restoreCompiledInSlices } from '../engine/snapshot';
import { sendMessage } from '../messaging';
import type { Pack } from '../rules/schema';
import { checkTrustedPack } from '../rules/trusted';
import { STORAGE_KEYS } from '../store/keys';

export interface ActivePack {
  compiled: CompiledPack;
  /** Where it came from ("bundled", or the source the background recorded), for logs. */
  source: string;
  /** Why the stored pack was not used, when it was not. */
  problem?: string;
}

/** What storage holds, read: a trusted pack to compile and where it came from, or why there is none. */
type StoredPack = { pack: Pack; source: string } | { pack?: undefined; problem?: string };

function readStored(stored: unknown): StoredPack {
  if (stored === undefined || stored === null) return {};
  const record = typeof stored === 'object' ? (stored as { pack?: unknown; source?: unknown }) : {};
  const result = checkTrustedPack(record.pack);
  if (!result.ok) {
    const first = result.errors[0];
    return { problem: `stored pack rejected: ${first ? `${first.path}: ${first.message}` : 'invalid'}` };
  }
  return { pack: result.value, source: typeof record.source === 'string' ? record.source : 'stored' };
}

/** The bundled pack, compiled in slices with `pause()` between them. */
export type FloorPack = (pause: () => Promise<void>) => Promise<CompiledPack>;

const bundled = (compiled: CompiledPack, problem?: string): ActivePack =>
  problem === undefined ? { compiled, source: 'bundled' } : { compiled, source: 'bundled', problem };

/** The active pack, compiled at once (tests, and callers that already waited); `floor` is the bundled pack. */
export function packFromStored(stored: unknown, floor: CompiledPack): ActivePack {
  const read = readStored(stored);
  if (!read.pack) return bundled(floor, read.problem);
  try {
    return { compiled: compilePack(read.pack), source: read.source };
  } catch (error) {
    return bundled(floor, `stored pack did not compile: ${String(error)}`);
  }
}

/** Gives the page its main thread back for a moment (a macrotask: input and rendering can run). */
const pauseForPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The active pack: restored from `snapshot` when that is the compiled form of this very pack (the
 * background stores one, STORAGE_KEYS.activeSnapshot; lib/engine/snapshot.ts), else compiled in slices of
 * ~10 ms with the page's turn in between (compilePackInSlices): at content-script start and on pack
 * updates, so that compiling is never one long task (issue 4).
 */
export async function packFromStoredInSlices(
  stored: unknown,
  floor: FloorPack,
  pause: () => Promise<void> = pauseForPage,
  snapshot?: unknown,
  snapshotUnusable?: () => void,
): Promise<ActivePack> {
  const read = readStored(stored);
  if (!read.pack) return bundled(await floor(pause), read.problem);
  // Pages keep the compiled pack without its term lists (lib/engine/page-pack.ts): ~2 MB per tab.
  const restored = await restoreCompiledInSlices(read.pack, snapshot, pause);
  if (restored) return { compiled: forPage(restored), source: read.source };
  snapshotUnusable?.();
  try {
    return { compiled: forPage(await compilePackInSlices(read.pack, pause)), source: read.source };
  } catch (error) {
    return bundled(await floor(pause), `stored pack did not compile: ${String(error)}`);
  }
}

export async function loadActivePack(floor: FloorPack): Promise<ActivePack> {
  let got: Record<string, unknown>;
  try {
    got = await browser.storage.local.get([STORAGE_KEYS.activePack, STORAGE_KEYS.activeSnapshot]);
  } catch {
    got = {};
  }
  // At page start the snapshot should be this pack's (not so while a pack is being activated: see
  // watchActivePack, which therefore does not report it).
  return packFromStoredInSlices(got[STORAGE_KEYS.activePack], floor, pauseForPage, got[STORAGE_KEYS.activeSnapshot], () => {
    sendMessage('snapshotUnusable', 'active').catch(() => {});
  });
}

/** The stored active-pack snapshot, if any: read when the active pack changes (the background writes it after the pack). */
async function storedSnapshot(): Promise<unknown> {
  try {
    return (await browser.storage.local.get(STORAGE_KEYS.activeSnapshot))[STORAGE_KEYS.activeSnapshot];
  } catch {
    return undefined;
  }
}

/** Calls back with the new pack whenever the background activates one (open tabs, no reload). */
export function watchActivePack(callback: (pack: ActivePack) => void, floor: FloorPack): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(STORAGE_KEYS.activePack in changes)) return;
    const stored = changes[STORAGE_KEYS.activePack]?.newValue;
    // Usually the snapshot of the previous pack at this moment (restoreCompiled then declines it and the
    // pack is compiled): the background stores the new one only after the pack, so that a refused
    // snapshot write never holds back an activation (lib/store/pack-snapshot.ts).
    storedSnapshot()
      .then((snapshot) => packFromStoredInSlices(stored, floor, pauseForPage, snapshot))
      .then(callback, () => {
        // Only the floor itself can fail (no pack anywhere): keep scanning with the pack in use.
      });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

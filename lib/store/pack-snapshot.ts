/**
 * Stores a compiled-pack snapshot (lib/engine/snapshot.ts) next to the pack it belongs to, for content
 * scripts to restore instead of compiling (STORAGE_KEYS.floorSnapshot, STORAGE_KEYS.activeSnapshot).
 * Background only.
 *
 * The snapshot is made from the pack AS STORED, read back: Chromium's storage hands objects back with
 * their keys sorted (its dictionaries are ordered maps), and the order of a signal's languages is the
 * order compile reads its terms in, so a snapshot of the in-memory pack would be of a different compile
 * (its pack hash tells them apart, and pages would always compile). Read back, it is the very pack pages
 * read, checked the same way (lib/rules/trusted.ts).
 *
 * Best effort, and always AFTER the pack is stored: a snapshot only saves start-up time, so a refused
 * write (storage.local's quota: ~1.4 MB for the full pack) must never cost a pack its activation. A
 * failed write removes the old snapshot, which is of another pack now (pages would refuse it anyway,
 * but it takes room).
 */
import { browser } from 'wxt/browser';
import { compilePack } from '../engine/compile';
import { restoreCompiled, snapshotMatches, snapshotOf } from '../engine/snapshot';
import { checkTrustedPack } from '../rules/trusted';

/**
 * Stores the snapshot of the pack stored under `packKey` (a record with a `pack`) under `snapshotKey`,
 * unless `force` is false and the stored snapshot already fits it. True when a snapshot was written;
 * false when it fitted already, or there is no usable pack (the old snapshot is then removed), or
 * storage refused it.
 */
export async function snapshotStoredPack(packKey: string, snapshotKey: string, force = true): Promise<boolean> {
  try {
    const got = await browser.storage.local.get([packKey, snapshotKey]);
    const record = got[packKey];
    const checked = checkTrustedPack(typeof record === 'object' && record !== null ? (record as { pack?: unknown }).pack : undefined);
    if (!checked.ok) {
      await browser.storage.local.remove(snapshotKey);
      return false;
    }
    if (!force && snapshotMatches(checked.value, got[snapshotKey])) return false;
    await browser.storage.local.set({ [snapshotKey]: snapshotOf(compilePack(checked.value)) });
    return true;
  } catch {
    // Storage refusing a read or the write, or a pack that does not compile (pages fall back to the
    // floor for it): no snapshot, and none of another pack left behind.
    await browser.storage.local.remove(snapshotKey).catch(() => {});
    return false;
  }
}

/**
 * A page could not use the stored snapshot of the pack under `packKey`: rewrites it unless it restores
 * here (the page read it while the pack was being replaced, or before the first one was stored).
 * Unlike snapshotStoredPack(…, false), which trusts a matching header, this restores the snapshot to
 * check it, so damaged arrays under a sound header are found. True when a snapshot was written.
 */
export async function repairStoredSnapshot(packKey: string, snapshotKey: string): Promise<boolean> {
  try {
    const got = await browser.storage.local.get([packKey, snapshotKey]);
    const record = got[packKey];
    const checked = checkTrustedPack(typeof record === 'object' && record !== null ? (record as { pack?: unknown }).pack : undefined);
    if (checked.ok && restoreCompiled(checked.value, got[snapshotKey]) !== null) return false;
  } catch {
    // Storage refused the read: let the rewrite below try (and clean up) as it does.
  }
  return snapshotStoredPack(packKey, snapshotKey, true);
}

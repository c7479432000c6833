/**
 * Repairs a stored compiled-pack snapshot that pages could not restore (lib/engine/snapshot.ts). Without
 * this, a damaged snapshot (storage corruption, a write cut short) stayed until the next install, update
 * or pack change, and every page compiled the pack meanwhile (~60 ms of main thread each, README
 * "Performance"). Pages say so by message; the background restores the snapshot itself and rewrites it
 * only if that fails too, so a page that merely read it while a new pack was being stored costs one
 * check, not a rewrite.
 *
 * Throttled per snapshot: every tab opened at once would otherwise ask at once, and a snapshot that
 * cannot be written (storage quota) would be compiled and refused again for every page.
 */
import { browser } from 'wxt/browser';
import { repairActiveSnapshot } from '../feeds/active-pack';
import { onMessage, type SnapshotOf } from '../messaging';
import { isExtensionPage, isOwnContentScript } from '../sender';
import { repairFloorSnapshot } from './floor-pack';
import { SenderRejected, selfId } from './handlers';

/** At most one check per snapshot in this long: one compile of the pack in the background. */
export const REPAIR_INTERVAL_MS = 60_000;

export interface SnapshotRepairDeps {
  repair: Record<SnapshotOf, () => Promise<boolean>>;
  now: () => number;
}

/** The message handler's logic, without the browser: which snapshot, throttled, to its repair. */
export function snapshotRepairer(deps: SnapshotRepairDeps): (which: unknown) => Promise<boolean> {
  const last: Partial<Record<SnapshotOf, number>> = {};
  return async (which) => {
    if (which !== 'floor' && which !== 'active') return false;
    const now = deps.now();
    const previous = last[which];
    if (previous !== undefined && now - previous < REPAIR_INTERVAL_MS) return false;
    last[which] = now;
    return deps.repair[which]();
  };
}

export function registerSnapshotRepair(): void {
  const repairer = snapshotRepairer({ repair: { floor: repairFloorSnapshot, active: repairActiveSnapshot }, now: Date.now });
  onMessage('snapshotUnusable', ({ data, sender }) => {
    if (!isOwnContentScript(sender, selfId()) && !isExtensionPage(sender, selfId(), browser.runtime.getURL('/'))) {
      throw new SenderRejected('snapshotUnusable');
    }
    return repairer(data);
  });
}

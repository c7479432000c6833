/** Packs accepted from feeds. A few previous versions are kept for diagnosis; the newest wins. */
import type { InstalledPack, LureWatchDb } from './db';

export const KEEP_VERSIONS = 3;

export async function saveInstalledPack(db: LureWatchDb, pack: InstalledPack): Promise<void> {
  await db.transaction('rw', db.packs, async () => {
    await db.packs.add(pack);
    const all = await db.packs.where('packId').equals(pack.packId).sortBy('version');
    const old = all.slice(0, Math.max(0, all.length - KEEP_VERSIONS)).map((p) => p.id!);
    if (old.length) await db.packs.bulkDelete(old);
  });
}

export async function latestInstalledPack(db: LureWatchDb, packId: string): Promise<InstalledPack | undefined> {
  return db.packs.where('[packId+version]').between([packId, -Infinity], [packId, Infinity]).last();
}

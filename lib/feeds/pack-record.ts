/**
 * The stored form of an accepted pack (storage.local), shared by the core pack, the regional packs and
 * the active (merged) pack that content scripts read.
 */
import type { MergeConflict } from '../rules/merge';
import type { Pack } from '../rules/schema';

export interface ActivePackRecord {
  /** The validated pack JSON (for the active record: the merged pack). */
  pack: Pack;
  /** Feed index URL it came from ("bundled" for an active record built on the bundled core). */
  source: string;
  activatedAt: number;
  packId: string;
  version: number;
  sha256: string;
  keyId: string;
  /** Which kind of feed delivered it: a pack from a feed that is later removed is dropped with it. */
  origin?: 'builtin' | 'policy' | 'user';
  /** Active record only: the regional packs merged into it, in the order applied. */
  merged?: { id: string; version: number }[];
  /** Active record only: what the merge kept, skipped or cut (lib/rules/merge.ts). */
  conflicts?: MergeConflict[];
  /** Active record only: which core and regional versions it was built from (./merge-active.ts basisOf). */
  basis?: string;
}

export function isPackRecord(v: unknown): v is ActivePackRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<ActivePackRecord>;
  return typeof r.version === 'number' && typeof r.packId === 'string' && typeof r.pack === 'object' && r.pack !== null;
}

/**
 * The extension's IndexedDB (Dexie), used by the background, popup and options only: IndexedDB in
 * a content script would belong to the page's origin (../shared/ARCHITECTURE.md).
 *
 * Nothing here is needed for protection: the active pack lives in storage.local and the bundled
 * pack is always there. So a database that will not open (corrupted profile, "Internal error
 * opening backing store", private mode) or is full yields `null` / a failed write, and callers go on.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { sha256Hex } from '../crypto/signature';
import type { Risk } from '../engine/types';

export const DB_NAME = 'lurewatch';

/** A pack accepted from a feed (or the bundled one, source "bundled"). */
export interface InstalledPack {
  id?: number;
  packId: string;
  version: number;
  /** Feed index URL, or "bundled". */
  source: string;
  /** Key id (lib/crypto/signature.ts keyIdOf) and base64 signature over `raw`. */
  keyId: string;
  signature: string;
  /** SHA-256 of `raw` (hex). Added in schema version 2. */
  sha256: string;
  fetchedAt: number;
  /** The pack's own "published" timestamp, as signed. */
  published?: string;
  /** The exact bytes that were verified, as UTF-8 text. */
  raw: string;
}

export type RefreshOutcome = 'installed' | 'up-to-date' | 'rejected' | 'failed';

export interface RefreshLogEntry {
  id?: number;
  at: number;
  /** Feed index URL. */
  source: string;
  /**
   * A feed check's outcome, or 'merge-conflict': what merging a regional pack into the core kept,
   * skipped or cut (lib/feeds/merge-active.ts; reason is "path: message (action)").
   */
  outcome: RefreshOutcome | 'merge-conflict';
  /** Why a pack was rejected or a fetch failed; what was installed otherwise. */
  reason?: string;
  packId?: string;
  version?: number;
}

/** One flagged item seen on a site. No page text: the site, the verdict and the signal ids only. */
export interface VerdictRecord {
  id?: number;
  at: number;
  site: string;
  kind: 'posting' | 'message';
  risk: Risk;
  score: number;
  signals: string[];
}

export interface FeedbackRecord {
  id?: number;
  at: number;
  site: string;
  kind: 'not-scam' | 'report';
  risk: Risk;
  signals: string[];
  /** The sender the user vouched for, when the item had one ("not a scam" also lands in settings.allowSenders). */
  sender?: string;
}

export class LureWatchDb extends Dexie {
  packs!: Table<InstalledPack, number>;
  refreshLog!: Table<RefreshLogEntry, number>;
  verdicts!: Table<VerdictRecord, number>;
  feedback!: Table<FeedbackRecord, number>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Version 1: first schema.
    this.version(1).stores({
      packs: '++id, packId, [packId+version]',
      refreshLog: '++id, at, source',
      verdicts: '++id, at, site',
      feedback: '++id, at, site',
    });
    // Version 2: packs remember their SHA-256 so the options page can show what is installed and
    // tools can compare it with a feed's index; verdicts get [site+at] for per-site history.
    this.version(2)
      .stores({ verdicts: '++id, at, site, [site+at]' })
      .upgrade(async (tx) => {
        await tx
          .table<InstalledPack, number>('packs')
          .toCollection()
          .modify((p) => {
            if (!p.sha256) p.sha256 = sha256Hex(new TextEncoder().encode(p.raw));
          });
      });
  }
}

export type DbOpenResult = { ok: true; db: LureWatchDb } | { ok: false; error: string };

/** Opens (and upgrades) the database; any failure comes back as data. */
export async function openDb(name = DB_NAME, options?: DexieOptions): Promise<DbOpenResult> {
  const db = new LureWatchDb(name, { ...options, autoOpen: false });
  try {
    await db.open();
    return { ok: true, db };
  } catch (e) {
    db.close();
    return { ok: false, error: errorText(e) };
  }
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

let shared: Promise<DbOpenResult> | undefined;

/**
 * The database shared by one extension context, or null when it cannot be opened. A failure is
 * remembered for this context's lifetime (an MV3 worker restarts often, and retries then).
 */
export async function getDb(): Promise<LureWatchDb | null> {
  shared ??= openDb();
  const res = await shared;
  return res.ok ? res.db : null;
}

/** Why getDb() returned null, if it did. */
export async function dbError(): Promise<string | undefined> {
  const res = await (shared ?? Promise.resolve<DbOpenResult | undefined>(undefined));
  return res && !res.ok ? res.error : undefined;
}

/** Tests only: forget the shared handle (after deleting or breaking the database). */
export function resetDbForTests(): void {
  void shared?.then((r) => r.ok && r.db.close());
  shared = undefined;
}

/**
 * Runs a write and reports failure instead of throwing: a full disk (QuotaExceededError) or a
 * database closed under us must not stop a refresh that already activated a pack.
 */
export async function tryWrite<T>(write: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    return { ok: false, error: errorText(e) };
  }
}

/**
 * The one message contract between content scripts, the background worker and extension pages.
 * Every payload is plain JSON and typed here; no context declares its own messages.
 *
 * Privileged messages (those that change settings, packs or stored data, or read another tab's
 * state) are accepted only from the extension's own pages; see lib/sender.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Risk, Verdict } from './engine/types';
import type { Pack } from './rules/schema';
import type { FeedbackRecord, RefreshLogEntry, RefreshOutcome, VerdictRecord } from './store/db';

/** One flagged item, as reported by a content script for the popup. */
export interface FlaggedItem {
  /** Stable per page load: the item's key in the content script's cache. */
  key: string;
  kind: 'posting' | 'message';
  /** The item's text, trimmed to what the popup needs to quote evidence (never sent off-device). */
  text: string;
  sender?: string;
  site: string;
  verdict: Verdict;
}

export interface TabReport {
  url: string;
  site: string;
  scanned: number;
  flagged: FlaggedItem[];
  /** Set when the page cannot be scanned (paused, disabled, restricted page). */
  status: 'ok' | 'paused' | 'disabled' | 'unsupported';
  updatedAt: number;
}

export interface PackStatus {
  source: string;
  version: number;
  fetchedAt?: number;
  lastError?: string;
  /** Added by issue 5 (lib/feeds/service.ts packStatuses). */
  packId?: string;
  name?: string;
  origin?: 'builtin' | 'policy' | 'user';
  /** True when this pack is the one content scripts use. */
  active?: boolean;
  lastCheck?: number;
  nextCheck?: number;
  lastOutcome?: RefreshOutcome;
  /** Installed but left out of the merge (regional packs): why, from the merge's conflicts. */
  leftOut?: string;
}

/** "not a scam" / "report" on a flagged item; the site comes from the sender, not the payload. */
export interface FeedbackInput {
  kind: FeedbackRecord['kind'];
  risk: Risk;
  signals: string[];
  sender?: string;
  /** Required when sent from an extension page (popup); ignored from a content script. */
  site?: string;
}

/** Which stored snapshot: the bundled (floor) pack's, or the active pack's. */
export type SnapshotOf = 'floor' | 'active';

export interface ProtocolMap {
  /** content → background: the tab's current scan results (replaces the previous report). */
  reportScan(report: TabReport): void;
  /** popup → background: the report of a tab. Privileged. */
  getTabReport(tabId: number): TabReport | null;
  /** any page → background: ping used by tests and health checks. */
  ping(): 'pong';
  /** options → background: check feeds now. Privileged. */
  checkPacksNow(): PackStatus[];
  /** popup → content: highest-risk verdict for an item key, to scroll it into view. */
  revealItem(key: string): boolean;
  /** options/popup → background: installed packs and feed health. Privileged. */
  getPackStatus(): PackStatus[];
  /** options → background: the newest refresh log entries (empty when IndexedDB is unavailable). Privileged. */
  getRefreshLog(limit?: number): RefreshLogEntry[];
  /** options → background: per-site verdict history, newest first. Privileged. */
  getSiteHistory(site: string): VerdictRecord[];
  /** options → background: forget verdict history and feedback now. Privileged. */
  clearHistory(): void;
  /**
   * our content script or extension page → background: the bundled (floor) pack, when storage.local
   * does not hold it yet (lib/scan/floor-pack.ts). Not privileged: the pack ships in the extension.
   */
  getFloorPack(): Pack;
  /**
   * our content script or extension page → background: the stored compiled snapshot of this pack could
   * not be restored (so the page compiled it). The background checks it and rewrites it if it is damaged
   * (lib/bg/snapshot-repair.ts). Answers whether it wrote one. Not privileged, and throttled.
   */
  snapshotUnusable(which: SnapshotOf): boolean;
  /** popup or our content script (inline warning) → background: record feedback on a verdict. */
  addFeedback(feedback: FeedbackInput): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

export type { Risk };

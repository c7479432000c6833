/**
 * The one message contract between content scripts, the background worker and extension pages.
 * Every payload is plain JSON and typed here; no context declares its own messages.
 *
 * Privileged messages (those that change settings, packs or stored data, or read another tab's
 * state) are accepted only from the extension's own pages; see lib/sender.ts.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Risk, Verdict } from './engine/types';

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
}

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
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;

export type { Risk };

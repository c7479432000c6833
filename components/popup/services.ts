/**
 * Everything the popup reads or changes outside itself, behind one interface so the Popup component
 * can be tested with fakes. The real implementation over the extension APIs is wired in by the
 * entrypoint (entrypoints/popup/services.ts), so components/ does not reach into lib/scan or storage.
 */
import type { Verdict } from '@/lib/engine/types';
import type { FlaggedItem, TabReport } from '@/lib/messaging';
import type { ManagedConfig } from '@/lib/policy/managed';
import type { ItemFeedback } from '@/lib/scan/feedback';
import type { Settings } from '@/lib/store/settings';
import type { Explanation } from '../explain';

export interface Analyzer {
  analyze(text: string, settings: Settings): Verdict;
  /** The pack's words for an explanation key, in a language (English fallback). */
  explanation(key: string, lang: string): Explanation | null;
}

export interface Handoff {
  text: string;
  tabId?: number;
}

export interface PopupServices {
  loadSettings(): Promise<Settings>;
  watchSettings(callback: (s: Settings) => void): () => void;
  /** The tab to explain: ?tab=<id> when given (context menu, tests), else the active tab. */
  tabId(): Promise<number | null>;
  tabReport(tabId: number): Promise<TabReport | null>;
  /** Calls back when the tab's report changes (a chat keeps loading, the page navigates). */
  watchTabReport(tabId: number, callback: () => void): () => void;
  itemFeedback(): Promise<ItemFeedback>;
  notScam(item: FlaggedItem, site: string): Promise<void>;
  report(input: { risk: Verdict['risk']; signals: string[]; sender?: string }, site: string): Promise<void>;
  pauseSite(host: string): Promise<void>;
  /** Turns scanning back on for a host: unpauses, and removes list entries that cover it. */
  resumeSite(host: string): Promise<void>;
  reveal(tabId: number, key: string): Promise<void>;
  analyzer(): Promise<Analyzer>;
  /** Text sent by the context menu, read once. */
  takeHandoff(): Promise<Handoff | null>;
  openOptions(): void;
  /** Managed policy (issue 7): default language and country, features switched off, the organisation. */
  managedConfig(): Promise<ManagedConfig>;
}

/** Parses ?tab=<id>; anything else is ignored. */
export function tabFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

export function readHandoff(raw: unknown): Handoff | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { text, tabId } = raw as { text?: unknown; tabId?: unknown };
  if (typeof text !== 'string' || !text.trim()) return null;
  return typeof tabId === 'number' && Number.isInteger(tabId) && tabId >= 0 ? { text, tabId } : { text };
}

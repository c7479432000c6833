/**
 * Everything the popup reads or changes outside itself, behind one interface so the Popup component
 * can be tested with fakes. This file is the real implementation over the extension APIs.
 */
import { browser } from 'wxt/browser';
import { analyze } from '@/lib/engine/analyze';
import { explanationFor } from '@/lib/engine/explain';
import type { Verdict } from '@/lib/engine/types';
import { type FlaggedItem, sendMessage, type TabReport } from '@/lib/messaging';
import { type ItemFeedback, loadFeedback, rememberNotScam } from '@/lib/scan/feedback';
import { loadActivePack } from '@/lib/scan/pack-source';
import { hostListed } from '@/lib/scan/site-status';
import { STORAGE_KEYS } from '@/lib/store/keys';
import type { Settings } from '@/lib/store/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/store/settings-store';
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

function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}

export const realServices: PopupServices = {
  loadSettings,
  watchSettings,

  async tabId() {
    const fromQuery = tabFromQuery(location.search);
    if (fromQuery !== null) return fromQuery;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  },

  async tabReport(tabId) {
    return sendMessage('getTabReport', tabId);
  },

  watchTabReport(tabId, callback) {
    // The background keeps reports in storage.session under "tab:<id>" (lib/bg/tab-reports.ts); the
    // report itself is read through the privileged message, which checks the sender.
    const key = `tab:${tabId}`;
    const listener = (changes: Record<string, unknown>, area: string) => {
      if ((area === 'session' || area === 'local') && key in changes) callback();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },

  itemFeedback: loadFeedback,

  async notScam(item, site) {
    // The item key hides it on every tab (the content script watches storage); the sender joins the allow-list.
    await rememberNotScam(item.key, item.sender);
    await sendMessage('addFeedback', {
      kind: 'not-scam',
      risk: item.verdict.risk,
      signals: item.verdict.signals.map((s) => s.id),
      site,
      ...(item.sender ? { sender: item.sender } : {}),
    });
  },

  async report(input, site) {
    await sendMessage('addFeedback', {
      kind: 'report',
      risk: input.risk,
      signals: input.signals,
      site,
      ...(input.sender ? { sender: input.sender } : {}),
    });
  },

  async pauseSite(host) {
    const settings = await loadSettings();
    if (hostListed(host, settings.disabledSites)) return;
    await saveSettings({ disabledSites: [...settings.disabledSites, host] });
  },

  async resumeSite(host) {
    const settings = await loadSettings();
    const keep = (list: string[]) => list.filter((entry) => !hostListed(host, [entry]));
    await saveSettings({ paused: false, disabledSites: keep(settings.disabledSites), allowSites: keep(settings.allowSites) });
  },

  async reveal(tabId, key) {
    await sendMessage('revealItem', key, tabId);
  },

  async analyzer() {
    const active = await loadActivePack();
    return {
      analyze: (text, settings) => analyze({ text }, active.compiled, { sensitivity: settings.sensitivity }),
      explanation: (key, lang) => explanationFor(active.compiled, key, lang) ?? null,
    };
  },

  async takeHandoff() {
    const area = sessionArea();
    const got = await area.get(STORAGE_KEYS.checkHandoff);
    const handoff = readHandoff(got[STORAGE_KEYS.checkHandoff]);
    await area.remove(STORAGE_KEYS.checkHandoff);
    return handoff;
  },

  openOptions() {
    void browser.runtime.openOptionsPage();
  },
};

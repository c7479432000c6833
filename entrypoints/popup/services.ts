/**
 * The popup's services over the real extension APIs (the interface and its tests live in
 * components/popup/services.ts).
 */
import { browser } from 'wxt/browser';
import { type PopupServices, readHandoff, tabFromQuery } from '@/components/popup/services';
import { analyze } from '@/lib/engine/analyze';
import { bundledPackInSlices } from '@/lib/engine/bundled';
import { explanationFor } from '@/lib/engine/explain';
import { sendMessage } from '@/lib/messaging';
import { readManagedConfig } from '@/lib/policy/managed';
import { loadFeedback, rememberNotScam } from '@/lib/scan/feedback';
import { loadActivePack } from '@/lib/scan/pack-source';
import { hostListed } from '@/lib/scan/site-status';
import { STORAGE_KEYS } from '@/lib/store/keys';
import { loadSettings, saveSettings, watchSettings } from '@/lib/store/settings-store';

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
    const active = await loadActivePack(bundledPackInSlices);
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

  async managedConfig() {
    return (await readManagedConfig()).config;
  },
};

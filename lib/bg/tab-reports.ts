/**
 * Per-tab scan reports, kept in storage.session so they survive the MV3 service worker being
 * suspended (in-memory maps do not). Firefox MV2 has storage.session from 115 on.
 */
import { browser } from 'wxt/browser';
import type { TabReport } from '../messaging';

const key = (tabId: number) => `tab:${tabId}`;

function area() {
  // storage.session is missing only on very old browsers; fall back to local so the popup still works.
  return browser.storage.session ?? browser.storage.local;
}

export async function saveTabReport(tabId: number, report: TabReport): Promise<void> {
  await area().set({ [key(tabId)]: report });
}

export async function loadTabReport(tabId: number): Promise<TabReport | null> {
  const got = await area().get(key(tabId));
  return (got[key(tabId)] as TabReport | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await area().remove(key(tabId));
}

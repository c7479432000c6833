/**
 * Background handlers for packs, history and feedback (issue 5). Privileged ones answer our own
 * extension pages only (lib/bg/handlers.ts requireExtensionPage).
 */
import { browser } from 'wxt/browser';
import { packStatuses, refreshAll } from '../feeds/service';
import { onMessage } from '../messaging';
import { isOwnContentScript } from '../sender';
import { getDb } from '../store/db';
import { addFeedback } from '../store/feedback';
import { clearHistory, siteHistory } from '../store/history';
import { readRefreshLog } from '../store/refresh-log';
import { requireExtensionPage, SenderRejected, selfId } from './handlers';

/** A manual "check now" at most this often: a stuck button must not hammer the feed host. */
const CHECK_NOW_MIN_INTERVAL_MS = 10_000;
let lastCheckNow = 0;

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

export function registerFeedHandlers(): void {
  onMessage('checkPacksNow', async ({ sender }) => {
    requireExtensionPage('checkPacksNow', sender);
    const now = Date.now();
    if (now - lastCheckNow < CHECK_NOW_MIN_INTERVAL_MS) return packStatuses();
    lastCheckNow = now;
    return refreshAll({ force: true });
  });

  onMessage('getPackStatus', async ({ sender }) => {
    requireExtensionPage('getPackStatus', sender);
    return packStatuses();
  });

  onMessage('getRefreshLog', async ({ data: limit, sender }) => {
    requireExtensionPage('getRefreshLog', sender);
    const db = await getDb();
    return db ? readRefreshLog(db, Math.min(Math.max(limit ?? 50, 1), 200)) : [];
  });

  onMessage('getSiteHistory', async ({ data: site, sender }) => {
    requireExtensionPage('getSiteHistory', sender);
    const db = await getDb();
    return db ? siteHistory(db, String(site)) : [];
  });

  onMessage('clearHistory', async ({ sender }) => {
    requireExtensionPage('clearHistory', sender);
    const db = await getDb();
    if (db) await clearHistory(db);
  });

  onMessage('addFeedback', async ({ data, sender }) => {
    // From our content script the site is the tab's own host; a page cannot name another site.
    // An extension page opened in a tab (the popup from "Check with LureWatch", Firefox for Android)
    // also has sender.tab: only a sender that is not one of our pages is a content script.
    const fromTab = isOwnContentScript(sender, selfId()) && !sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!fromTab) requireExtensionPage('addFeedback', sender);
    const site = fromTab ? hostOf(sender.url) : data.site;
    if (!site) throw new SenderRejected('addFeedback');
    const db = await getDb();
    if (!db) return;
    await addFeedback(db, {
      at: Date.now(),
      site,
      kind: data.kind === 'report' ? 'report' : 'not-scam',
      risk: data.risk,
      signals: Array.isArray(data.signals) ? data.signals.filter((s) => typeof s === 'string').slice(0, 50) : [],
      ...(typeof data.sender === 'string' ? { sender: data.sender.slice(0, 200) } : {}),
    });
  });
}

import { browser } from 'wxt/browser';

/** The toolbar badge shows how many items on the tab are flagged; empty when none. */
export async function updateBadge(tabId: number, flaggedCount: number): Promise<void> {
  // MV2 Firefox exposes browserAction, MV3 exposes action.
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  await action.setBadgeText({ tabId, text: flaggedCount > 0 ? String(Math.min(flaggedCount, 999)) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#B3261E' });
}

/**
 * Wires the feed service and history pruning to browser events. browser.alarms survive MV3
 * service-worker suspension (timers do not); every wake-up makes sure an alarm exists.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../store/db';
import { pruneHistory } from '../store/history';
import { loadSettings, watchSettings } from '../store/settings-store';
import { reconcileActivePack } from './active-pack';
import { bundledIdentity } from './pack-checks';
import { restoreLostPacksNow } from './restore';
import { REFRESH_ALARM, refreshAll } from './service';

export const PRUNE_ALARM = 'lurewatch:prune';

export async function pruneNow(now = Date.now()): Promise<number> {
  const db = await getDb();
  if (!db) return 0;
  const { historyRetentionDays } = await loadSettings();
  try {
    return await pruneHistory(db, historyRetentionDays, now);
  } catch {
    return 0;
  }
}

async function ensureAlarms(): Promise<void> {
  if (!(await browser.alarms.get(PRUNE_ALARM))) {
    await browser.alarms.create(PRUNE_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  }
  // No refresh alarm (first run, or it was lost): run the due checks now, which schedules the next.
  if (!(await browser.alarms.get(REFRESH_ALARM))) await refreshAll({ force: false });
}

export function setupFeedScheduling(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshAll({ force: false });
    else if (alarm.name === PRUNE_ALARM) void pruneNow();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      await reconcileActivePack(bundledIdentity());
      // Packs storage.local lost come back from IndexedDB, checked again, before any download.
      await restoreLostPacksNow();
      // A fresh install checks at once. An extension update reaches every user at about the same
      // time: leave it to the (jittered) schedule instead of hitting the feed host all together.
      if (reason === 'install') await refreshAll({ force: true });
      await ensureAlarms();
    })();
  });
  browser.runtime.onStartup.addListener(() => {
    // A pack older than its refresh interval is checked now; fresh ones and backing-off feeds wait.
    void reconcileActivePack(bundledIdentity())
      .then(() => restoreLostPacksNow())
      .then(() => refreshAll({ force: false, startup: true }));
  });
  // A feed added in options or by policy is checked right away (a new feed has no state: it is due).
  watchSettings(() => void refreshAll({ force: false }));
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void restoreLostPacksNow().then(() => refreshAll({ force: false }));
  });
  void ensureAlarms();
}

/**
 * The options page's services over the real extension APIs (the interface lives in
 * components/options/services.ts).
 */
import { browser } from 'wxt/browser';
import type { OptionsServices } from '@/components/options/services';
import { sendMessage } from '@/lib/messaging';
import { readManagedConfig } from '@/lib/policy/managed';
import { getDb } from '@/lib/store/db';
import { listFeedback } from '@/lib/store/feedback';
import { STORAGE_KEYS } from '@/lib/store/keys';
import { loadSettings, saveSettings, watchSettings } from '@/lib/store/settings-store';

/** Enough for years of use; the export is a snapshot, not a stream. */
const EXPORT_LIMIT = 100_000;

export const realOptionsServices: OptionsServices = {
  loadSettings,
  saveSettings,
  watchSettings,
  packStatus: () => sendMessage('getPackStatus', undefined),
  checkNow: () => sendMessage('checkPacksNow', undefined),
  requestOrigin: (origin) => browser.permissions.request({ origins: [origin] }),
  async clearData() {
    await sendMessage('clearHistory', undefined);
    await browser.storage.local.remove(STORAGE_KEYS.itemFeedback);
  },
  async feedbackRecords() {
    const db = await getDb();
    return db ? listFeedback(db, EXPORT_LIMIT) : [];
  },
  download(filename, mime, content) {
    // A Blob URL keeps the file on the device: no server, no data: URL length limits.
    const url = URL.createObjectURL(new Blob([content], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
  confirm: (message) => window.confirm(message),
  version: () => browser.runtime.getManifest().version,
  managedConfig: async () => (await readManagedConfig()).config,
};

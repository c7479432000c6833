/**
 * Everything the options page reads or changes outside itself, behind one interface so the
 * Options component can be tested with fakes. This file is the real implementation.
 */
import { browser } from 'wxt/browser';
import { type PackStatus, sendMessage } from '@/lib/messaging';
import { type FeedbackRecord, getDb } from '@/lib/store/db';
import { listFeedback } from '@/lib/store/feedback';
import { STORAGE_KEYS } from '@/lib/store/keys';
import type { Settings } from '@/lib/store/settings';
import { loadSettings, type SettingsPatch, saveSettings, watchSettings } from '@/lib/store/settings-store';

export interface OptionsServices {
  loadSettings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  watchSettings(callback: (s: Settings) => void): () => void;
  packStatus(): Promise<PackStatus[]>;
  checkNow(): Promise<PackStatus[]>;
  /** Call it first thing in a click handler: browsers grant permissions only during a user gesture. */
  requestOrigin(origin: string): Promise<boolean>;
  /** Forgets history, reports and feedback on this device. */
  clearData(): Promise<void>;
  feedbackRecords(): Promise<FeedbackRecord[]>;
  download(filename: string, mime: string, content: string): void;
  /** Asks before deleting (native dialog: keyboard and screen-reader friendly). */
  confirm(message: string): boolean;
  version(): string;
}

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
};

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from './keys';
import { DEFAULT_SETTINGS } from './settings';
import { loadSettings, saveSettings, watchSettings } from './settings-store';

describe('settings store', () => {
  it('loads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to storage.sync and reads back', async () => {
    await saveSettings({ sensitivity: 'cautious', disabledSites: ['jobs.example'] }, 1000);
    const got = await fakeBrowser.storage.sync.get(STORAGE_KEYS.settings);
    expect(got[STORAGE_KEYS.settings]).toMatchObject({ sensitivity: 'cautious', updatedAt: 1000, version: 1 });
    expect((await loadSettings()).disabledSites).toEqual(['jobs.example']);
  });

  it('falls back to storage.local when sync refuses the write (quota, policy)', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await saveSettings({ paused: true }, 2000);
    const local = await fakeBrowser.storage.local.get(STORAGE_KEYS.settings);
    expect(local[STORAGE_KEYS.settings]).toMatchObject({ paused: true });
    expect((await loadSettings()).paused).toBe(true);
  });

  it('prefers the copy saved last when both areas hold one', async () => {
    await fakeBrowser.storage.sync.set({ [STORAGE_KEYS.settings]: { version: 1, paused: false, updatedAt: 5 } });
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.settings]: { version: 1, paused: true, updatedAt: 9 } });
    expect((await loadSettings()).paused).toBe(true);
  });

  it('keeps fields and the version written by a newer build', async () => {
    await fakeBrowser.storage.sync.set({ [STORAGE_KEYS.settings]: { version: 3, paused: false, fromTheFuture: 'keep me' } });
    await saveSettings({ paused: true }, 3000);
    const got = (await fakeBrowser.storage.sync.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
    expect(got).toMatchObject({ version: 3, paused: true, fromTheFuture: 'keep me' });
  });

  it('does not store an invalid patch value', async () => {
    const saved = await saveSettings({ historyRetentionDays: 9999 });
    expect(saved.historyRetentionDays).toBe(30);
  });

  it('notifies watchers with validated settings', async () => {
    const seen = new Promise((resolve) => {
      const stop = watchSettings((s) => {
        stop();
        resolve(s.sensitivity);
      });
    });
    await saveSettings({ sensitivity: 'relaxed' });
    expect(await seen).toBe('relaxed');
  });
});

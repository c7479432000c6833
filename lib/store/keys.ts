/**
 * Keys in browser.storage shared between contexts. The background writes the active pack; content
 * scripts read it (IndexedDB in a content script would belong to the page's origin).
 */
export const STORAGE_KEYS = {
  /** storage.local: { pack: <validated pack JSON>, source: string, activatedAt: number } */
  activePack: 'lurewatch:activePack',
  /** storage.sync (fallback local): the user's Settings (lib/store/settings.ts) */
  settings: 'lurewatch:settings',
} as const;

/**
 * Keys in browser.storage shared between contexts. The background writes the active pack; content
 * scripts read it (IndexedDB in a content script would belong to the page's origin).
 */
export const STORAGE_KEYS = {
  /** storage.local: { pack: <validated pack JSON>, source: string, activatedAt: number } */
  activePack: 'lurewatch:activePack',
  /** storage.sync (fallback local): the user's Settings (lib/store/settings.ts) */
  settings: 'lurewatch:settings',
  /** storage.local: Record<packId, ActivePackRecord> of accepted packs other than the core pack (merged by issue 7). */
  regionalPacks: 'lurewatch:regionalPacks',
  /** storage.local: Record<feed URL, FeedState> (lib/feeds/feed-state.ts): ETag, schedule, backoff, last error. */
  feedState: 'lurewatch:feedState',
  /**
   * storage.local: { notScam: string[], dismissed: string[] } — item keys (lib/scan/hash.ts itemKey, the
   * FlaggedItem.key of reports). "Not a scam" unmarks the item in every tab; "dismissed" only hides
   * its inline warning. Written by the inline warning (lib/scan/feedback.ts) and may be written by the popup.
   */
  itemFeedback: 'lurewatch:itemFeedback',
  /**
   * storage.session: { text: string, tabId?: number, at: number } — text selected in a page and sent to
   * "Check with LureWatch" (lib/bg/context-menu.ts); the popup reads it once and removes it. Session
   * storage keeps the text in memory, off disk, and never in a URL.
   */
  checkHandoff: 'lurewatch:checkHandoff',
} as const;

/**
 * Keys in browser.storage shared between contexts. The background writes the active pack; content
 * scripts read it (IndexedDB in a content script would belong to the page's origin).
 */
export const STORAGE_KEYS = {
  /** storage.local: { pack: <validated pack JSON>, source: string, activatedAt: number } */
  activePack: 'lurewatch:activePack',
  /**
   * storage.local: { version: number, pack: <the bundled pack JSON> } — the floor pack, written by the
   * background (lib/bg/floor-pack.ts) so that content scripts need not carry the bundled pack in their
   * bundle; read when no activePack is stored (lib/scan/floor-pack.ts).
   */
  floorPack: 'lurewatch:floorPack',
  /**
   * storage.local: the floor pack compiled (a Snapshot, lib/engine/snapshot.ts), written by the
   * background with floorPack; content scripts restore it instead of compiling the pack in every tab,
   * and compile as before when it is missing or not for this pack and engine.
   */
  floorSnapshot: 'lurewatch:floorSnapshot',
  /** storage.local: the active pack compiled (a Snapshot), written by the background after activePack (lib/feeds/active-pack.ts). */
  activeSnapshot: 'lurewatch:activeSnapshot',
  /** storage.sync (fallback local): the user's Settings (lib/store/settings.ts) */
  settings: 'lurewatch:settings',
  /**
   * storage.local: the accepted core pack as it came from its feed (ActivePackRecord), before any
   * regional pack is merged in. activePack is recomputed from it and regionalPacks (lib/feeds/active-pack.ts).
   * Absent: the bundled pack is the core.
   */
  corePack: 'lurewatch:corePack',
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
  /**
   * storage.local: { features, defaultLanguage?, defaultCountry? } — the parts of managed policy the
   * content script needs, copied by the background (lib/bg/policy-mirror.ts). Firefox does not give
   * content scripts storage.managed, and Chromium answers it only seconds after start; a copy in
   * storage.local is there at once in every browser. Read through lib/policy/mirror.ts.
   */
  policyMirror: 'lurewatch:policyMirror',
} as const;

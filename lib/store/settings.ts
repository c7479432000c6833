/**
 * User settings, versioned. Stored in browser.storage.sync where available (STORAGE_KEYS.settings).
 * The shape below is the contract. Validation and migration: ./settings-schema.ts; load, save and
 * watch from any context: ./settings-store.ts.
 */
export type Sensitivity = 'relaxed' | 'balanced' | 'cautious';

export interface FeedConfig {
  url: string;
  /** Ed25519 public key, base64. */
  publicKey: string;
  name?: string;
  /** 'user' (added in options), 'policy' (managed storage), 'builtin'. */
  origin: 'user' | 'policy' | 'builtin';
}

export interface Settings {
  version: 1;
  paused: boolean;
  sensitivity: Sensitivity;
  /** 'auto' follows the browser; otherwise one of the supported UI languages. */
  uiLanguage: string;
  /** ISO 3166-1 alpha-2, or 'auto' (guessed from the browser locale). */
  country: string;
  /** Hostnames where scanning is off. */
  disabledSites: string[];
  /** Hostnames the user trusts: nothing there is flagged. */
  allowSites: string[];
  /** Sender names or handles the user marked "not a scam". */
  allowSenders: string[];
  feeds: FeedConfig[];
  historyRetentionDays: number;
  /** ms since epoch of the last save; picks the newer copy when both sync and local hold one. */
  updatedAt?: number;
}

export const DEFAULT_SETTINGS: Settings = {
  version: 1,
  paused: false,
  sensitivity: 'balanced',
  uiLanguage: 'auto',
  country: 'auto',
  disabledSites: [],
  allowSites: [],
  allowSenders: [],
  feeds: [],
  historyRetentionDays: 30,
};

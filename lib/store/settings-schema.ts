/**
 * Settings validation and migration. Storage is untrusted input: another device running a newer
 * LureWatch may have written settings.sync, an old build may have written fields we dropped, and a
 * user may have edited storage by hand. So every field is validated on its own and falls back to
 * its default when invalid (darkreader's approach): one bad field never resets the others.
 */
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type FeedConfig, type Settings } from './settings';

export const SETTINGS_VERSION = 1;

/** Caps keep settings.sync within its 8 KB-per-item quota (Chrome storage.sync.QUOTA_BYTES_PER_ITEM). */
const MAX_LIST = 200;
const MAX_FEEDS = 10;

// A hostname as the user would type it: lowercase labels, dots, optional leading "*." is not allowed
// (allow/deny lists match a host and its subdomains, lib/scan decides that).
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// An Ed25519 public key is 32 bytes: 44 base64 characters with one '=' of padding.
const ED25519_PUBLIC_B64 = /^[A-Za-z0-9+/]{43}=$/;

const hostnameSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.regex(HOSTNAME));
const senderSchema = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200));

const feedSchema = v.object({
  url: v.pipe(
    v.string(),
    v.url(),
    // Feed URLs must be https; lib/feeds/url-policy.ts enforces it again at fetch time (with the
    // test-only loopback exception), this check just keeps nonsense out of settings.
    v.check((u) => /^https?:\/\//i.test(u), 'feed URL must be http(s)'),
  ),
  publicKey: v.pipe(v.string(), v.regex(ED25519_PUBLIC_B64, 'publicKey must be a base64 Ed25519 key')),
  name: v.optional(v.pipe(v.string(), v.maxLength(100))),
  origin: v.picklist(['user', 'policy', 'builtin']),
});

/** One schema per field; the value used when it fails is DEFAULT_SETTINGS[field]. */
const FIELD_SCHEMAS = {
  paused: v.boolean(),
  sensitivity: v.picklist(['relaxed', 'balanced', 'cautious']),
  uiLanguage: v.pipe(v.string(), v.regex(/^(?:auto|[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/)),
  country: v.pipe(v.string(), v.regex(/^(?:auto|[A-Z]{2})$/)),
  historyRetentionDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
  updatedAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
} as const;

export interface SettingsValidation {
  settings: Settings;
  /** Fields (or list entries, as "field[i]") that were invalid and replaced by defaults or dropped. */
  fallbacks: string[];
}

function validList<T>(
  name: string,
  raw: unknown,
  entrySchema: v.GenericSchema<unknown, T>,
  max: number,
  fallbacks: string[],
): T[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    fallbacks.push(name);
    return undefined;
  }
  const out: T[] = [];
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const res = v.safeParse(entrySchema, entry);
    if (!res.success) {
      fallbacks.push(`${name}[${i}]`);
      return;
    }
    const key = JSON.stringify(res.output);
    if (seen.has(key) || out.length >= max) return;
    seen.add(key);
    out.push(res.output);
  });
  return out;
}

/** Field-by-field validation; never throws. Unknown fields are ignored (see saveSettings for keeping them). */
export function validateSettings(raw: unknown): SettingsValidation {
  const fallbacks: string[] = [];
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (raw !== undefined) fallbacks.push('(root)');
    return { settings, fallbacks };
  }
  const obj = raw as Record<string, unknown>;
  const target = settings as unknown as Record<string, unknown>;
  for (const [field, schema] of Object.entries(FIELD_SCHEMAS)) {
    if (obj[field] === undefined) continue;
    const res = v.safeParse(schema, obj[field]);
    if (res.success) target[field] = res.output;
    else fallbacks.push(field);
  }
  settings.disabledSites = validList('disabledSites', obj.disabledSites, hostnameSchema, MAX_LIST, fallbacks) ?? settings.disabledSites;
  settings.allowSites = validList('allowSites', obj.allowSites, hostnameSchema, MAX_LIST, fallbacks) ?? settings.allowSites;
  settings.allowSenders = validList('allowSenders', obj.allowSenders, senderSchema, MAX_LIST, fallbacks) ?? settings.allowSenders;
  const feeds = validList<FeedConfig>('feeds', obj.feeds, feedSchema as v.GenericSchema<unknown, FeedConfig>, MAX_FEEDS, fallbacks);
  // Policy feeds come from storage.managed on every read (lib/feeds/policy.ts), never from settings.
  settings.feeds = (feeds ?? settings.feeds).filter((f) => f.origin === 'user');
  settings.version = SETTINGS_VERSION;
  return { settings, fallbacks };
}

/**
 * Migrations from stored version n to n+1, applied in order before validation. Version 1 is the
 * first released shape; objects without a version predate it (development builds) and are read as
 * version 1, field by field. Add `2: (s) => …` here when the shape changes, never edit a step.
 */
const MIGRATIONS: Record<number, (s: Record<string, unknown>) => Record<string, unknown>> = {
  0: (s) => ({ ...s, version: 1 }),
};

export interface Migrated {
  value: Record<string, unknown>;
  /** The version found in storage (0 when none). */
  from: number;
  /** True when storage holds a NEWER version than this build knows (written by another device). */
  newer: boolean;
}

export function migrateSettings(raw: unknown): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { value: {}, from: 0, newer: false };
  let value = { ...(raw as Record<string, unknown>) };
  const found = typeof value.version === 'number' && Number.isInteger(value.version) && value.version >= 0 ? value.version : 0;
  if (found > SETTINGS_VERSION) return { value, from: found, newer: true };
  for (let n = found; n < SETTINGS_VERSION; n++) {
    const step = MIGRATIONS[n];
    if (step) value = step(value);
  }
  return { value, from: found, newer: false };
}

/** Migrate then validate: what every reader of stored settings should call. */
export function readSettings(raw: unknown): SettingsValidation & { from: number; newer: boolean } {
  const m = migrateSettings(raw);
  return { ...validateSettings(m.value), from: m.from, newer: m.newer };
}

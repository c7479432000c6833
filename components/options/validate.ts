/**
 * Checks for what the user types in the options, returning a message key on failure (shown in the
 * UI language) rather than throwing. Settings are validated again when stored (lib/store/settings-schema).
 */
import { decodePublicKey } from '@/lib/crypto/signature';
import type { MessageKey } from '@/lib/i18n';
import type { FeedConfig } from '@/lib/store/settings';

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A host name from what a user types or pastes: "jobs.example.com", "https://www.jobs.example.com/x",
 * or an internationalised name (converted to its punycode form, as browsers report hosts).
 */
export function siteFromInput(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    return HOSTNAME.test(host) ? host : null;
  } catch {
    return null;
  }
}

export type FeedCheck = { ok: true; feed: FeedConfig; origin: string } | { ok: false; error: MessageKey };

/** A feed the user wants to add: an https URL and a 32-byte Ed25519 public key in base64. */
export function checkFeed(url: string, publicKey: string, name: string, existing: readonly FeedConfig[]): FeedCheck {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, error: 'optFeedInvalidUrl' };
  }
  // https only (lib/feeds/url-policy.ts), and no credentials in the URL.
  if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password)
    return { ok: false, error: 'optFeedInvalidUrl' };
  const key = publicKey.trim();
  if (!/^[A-Za-z0-9+/]{43}=$/.test(key) || !decodePublicKey(key)) return { ok: false, error: 'optFeedInvalidKey' };
  const href = parsed.href;
  if (existing.some((f) => f.url === href)) return { ok: false, error: 'optFeedDuplicate' };
  const label = name.trim().slice(0, 100);
  return { ok: true, feed: { url: href, publicKey: key, origin: 'user', ...(label ? { name: label } : {}) }, origin: `${parsed.origin}/*` };
}

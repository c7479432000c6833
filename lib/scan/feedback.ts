/**
 * The user's answers to inline warnings, remembered by item key (a hash of the text, never the text)
 * in storage.local under STORAGE_KEYS.itemFeedback, so they hold across tabs and reloads:
 * - dismissed: hide the inline warning for that item (still counted in the popup);
 * - notScam: unmark the item everywhere. When the site shows a sender, "not a scam" also trusts the
 *   sender (Settings.allowSenders, as issue 6 describes: "hides the warning for that item or sender").
 * Lists are capped, oldest first out, so storage cannot grow without bound.
 */
import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../store/keys';
import { loadSettings, saveSettings } from '../store/settings-store';

export const MAX_FEEDBACK_KEYS = 2000;
const KEY_PATTERN = /^[a-z0-9]{1,16}$/;

export interface ItemFeedback {
  notScam: string[];
  dismissed: string[];
}

function keyList(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((k): k is string => typeof k === 'string' && KEY_PATTERN.test(k)).slice(-MAX_FEEDBACK_KEYS);
}

/** Field by field: anything malformed reads as empty rather than breaking the scanner. */
export function readFeedback(raw: unknown): ItemFeedback {
  if (typeof raw !== 'object' || raw === null) return { notScam: [], dismissed: [] };
  const obj = raw as Record<string, unknown>;
  return { notScam: keyList(obj.notScam), dismissed: keyList(obj.dismissed) };
}

export async function loadFeedback(): Promise<ItemFeedback> {
  try {
    const got = await browser.storage.local.get(STORAGE_KEYS.itemFeedback);
    return readFeedback(got[STORAGE_KEYS.itemFeedback]);
  } catch {
    return { notScam: [], dismissed: [] };
  }
}

export function withKey(list: readonly string[], key: string): string[] {
  const next = list.filter((k) => k !== key);
  next.push(key);
  return next.slice(-MAX_FEEDBACK_KEYS);
}

async function add(field: keyof ItemFeedback, key: string): Promise<void> {
  if (!KEY_PATTERN.test(key)) throw new Error(`invalid item key: ${key}`);
  const current = await loadFeedback();
  current[field] = withKey(current[field], key);
  await browser.storage.local.set({ [STORAGE_KEYS.itemFeedback]: current });
}

export function rememberDismissed(key: string): Promise<void> {
  return add('dismissed', key);
}

export async function rememberNotScam(key: string, sender?: string): Promise<void> {
  await add('notScam', key);
  const name = sender?.trim();
  if (!name) return;
  const settings = await loadSettings();
  if (settings.allowSenders.some((s) => s.toLowerCase() === name.toLowerCase())) return;
  await saveSettings({ allowSenders: [...settings.allowSenders, name] });
}

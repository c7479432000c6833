import { browser } from 'wxt/browser';

/** Looks up a UI string from _locales; falls back to the key so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    // The generated typing only knows keys of the default locale; any string key is valid at runtime.
    const getMessage = browser.i18n.getMessage as (k: string, s?: string | string[]) => string;
    return getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

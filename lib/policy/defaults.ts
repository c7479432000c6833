/**
 * One resolution order for the UI language and the help country, wherever they are shown (popup,
 * options, onboarding, the inline warning, the context menu): the user's own setting if they made one,
 * else the policy default (an NGO's campaign language on shared computers, issue 7), else the browser.
 * Dependency-light so the content script can use it.
 */
import { guessCountry, resolveCountry } from '../help/country';
import { resolveUiLanguage, type UiLanguage } from '../i18n/languages';

export interface PolicyDefaults {
  defaultLanguage?: UiLanguage;
  /** ISO 3166-1 alpha-2, upper case. */
  defaultCountry?: string;
}

/** The language setting to use: the user's choice wins; with "auto" the policy's default applies. */
export function languageSetting(userSetting: string, policy: PolicyDefaults): string {
  return userSetting === 'auto' && policy.defaultLanguage ? policy.defaultLanguage : userSetting;
}

/** Same rule for the country whose help contacts are shown. */
export function countrySetting(userSetting: string, policy: PolicyDefaults): string {
  return userSetting === 'auto' && policy.defaultCountry ? policy.defaultCountry : userSetting;
}

/** The UI language to show: user setting, else policy default, else the browser's locales, else English. */
export function effectiveLanguage(userSetting: string, policy: PolicyDefaults, browserLocales: readonly string[]): UiLanguage {
  return resolveUiLanguage(languageSetting(userSetting, policy), browserLocales);
}

/** The help country: user setting, else policy default, else a guess from the browser's locales (or null). */
export function effectiveCountry(userSetting: string, policy: PolicyDefaults, browserLocales: readonly string[]): string | null {
  return resolveCountry(countrySetting(userSetting, policy), browserLocales);
}

/** What "automatic" means for the country right now: the policy's country, else the browser guess. */
export function automaticCountry(policy: PolicyDefaults, browserLocales: readonly string[]): string | null {
  return policy.defaultCountry ?? guessCountry(browserLocales);
}

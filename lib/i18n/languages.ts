/**
 * The UI languages LureWatch ships (issue 6: at least these fourteen, then the languages of the people
 * scam centres recruit most, DOMAIN.md §1a and §4: Burmese, Khmer, Bengali, Urdu, Nepali, Malay) and
 * how a browser locale maps onto them. Pure functions: no browser API, so the same choice is made in
 * the popup, the options page, the background (context-menu title) and in tests.
 */

// Burmese (`my`) is written in Unicode Burmese, not Zawgyi: the bundled texts are Unicode.
export const UI_LANGUAGES = [
  'en',
  'fr',
  'es',
  'pt',
  'id',
  'vi',
  'th',
  'tl',
  'zh',
  'ko',
  'ar',
  'hi',
  'sw',
  'ru',
  'my',
  'km',
  'bn',
  'ur',
  'ne',
  'ms',
] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: UiLanguage = 'en';

/** Written right to left (Arabic and Urdu script); the set keeps the rule in one place. */
const RTL: ReadonlySet<string> = new Set(['ar', 'ur']);

/**
 * The folder under public/_locales for each UI language. Chrome only loads locale folders it knows
 * (its list has `fil`, not `tl`, and `zh_CN`/`zh_TW` for Chinese), so the store listing uses those names.
 * The Chrome Web Store's documented list lacks my, km, ur and ne; Chrome itself accepts any ICU locale
 * folder (so these still name the extension in a browser set to that language) and Firefox accepts
 * any. Either way the in-app texts come from ./dictionaries, not from browser.i18n.
 */
export const LOCALE_FOLDERS: Readonly<Record<UiLanguage, string>> = {
  en: 'en',
  fr: 'fr',
  es: 'es',
  pt: 'pt_BR',
  id: 'id',
  vi: 'vi',
  th: 'th',
  tl: 'fil',
  zh: 'zh_CN',
  ko: 'ko',
  ar: 'ar',
  hi: 'hi',
  sw: 'sw',
  ru: 'ru',
  my: 'my',
  km: 'km',
  bn: 'bn',
  ur: 'ur',
  ne: 'ne',
  ms: 'ms',
};

/** Older or alternative primary subtags browsers still report. */
const ALIASES: Readonly<Record<string, UiLanguage>> = {
  fil: 'tl', // Filipino is the standardised form of Tagalog; browsers report `fil`
  in: 'id', // pre-1989 code for Indonesian, still sent by some Android builds
};

export function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

export function isRtl(lang: string): boolean {
  return RTL.has(lang);
}

export function textDirection(lang: string): 'rtl' | 'ltr' {
  return isRtl(lang) ? 'rtl' : 'ltr';
}

/** The UI language for a BCP-47 tag such as "pt-BR" or "zh-Hant-TW", or null when none fits. */
export function languageOfLocale(tag: string): UiLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isUiLanguage(primary)) return primary;
  return ALIASES[primary] ?? null;
}

/**
 * The language to show. `setting` is Settings.uiLanguage ('auto' or a UI language); with 'auto' (or an
 * unknown value, e.g. from a newer version's settings) the first browser locale we ship wins, then English.
 */
export function resolveUiLanguage(setting: string, browserLocales: readonly string[]): UiLanguage {
  if (isUiLanguage(setting)) return setting;
  for (const tag of browserLocales) {
    const lang = languageOfLocale(tag);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

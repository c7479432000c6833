/**
 * A UI language's name in that language ("العربية", "Kiswahili", "မြန်မာ"), for the language menu, so
 * people find theirs whatever the UI currently shows.
 *
 * Intl.DisplayNames gives it where the browser has the locale's data, but browsers ship trimmed ICU
 * data: Chromium has none for Burmese, Khmer or Nepali and answers "Burmese", "Khmer", "Nepali" in
 * English, which hides those languages from the very people they were added for (DOMAIN.md §1a, §4).
 * The table below is the fallback; it is also what a test checks every UI language against.
 */
import { languageOfLocale, type UiLanguage } from './languages';

export const AUTONYMS: Readonly<Record<UiLanguage, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  id: 'Bahasa Indonesia',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  tl: 'Filipino',
  zh: '中文',
  ko: '한국어',
  ar: 'العربية',
  hi: 'हिन्दी',
  sw: 'Kiswahili',
  ru: 'Русский',
  my: 'မြန်မာ',
  km: 'ខ្មែរ',
  bn: 'বাংলা',
  ur: 'اردو',
  ne: 'नेपाली',
  ms: 'Bahasa Melayu',
};

/** What autonym() needs of Intl.DisplayNames; a parameter so a test can play a browser without the data. */
export interface LanguageNames {
  of(code: string): string | undefined;
  resolvedOptions(): { locale: string };
}

const intlNames = (code: string): LanguageNames => new Intl.DisplayNames([code], { type: 'language' });

export function autonym(code: string, namesIn: (code: string) => LanguageNames = intlNames): string {
  try {
    const names = namesIn(code);
    // Without data for `code` the browser falls back to its own locale: that name is not an autonym.
    const own = languageOfLocale(names.resolvedOptions().locale) === languageOfLocale(code);
    const name = own ? names.of(code) : undefined;
    if (name) return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    // An invalid tag: fall through to the table, then the code itself.
  }
  return (AUTONYMS as Readonly<Record<string, string>>)[code] ?? code;
}

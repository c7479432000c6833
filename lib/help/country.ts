/**
 * The user's country, for help contacts: the one chosen in the options, or a guess from the
 * browser's locales. Only a guess, so the popup always offers "change country".
 */

/** Languages spoken mostly in one country among those we have help for; others stay unguessed. */
const LANGUAGE_COUNTRY: Readonly<Record<string, string>> = {
  ko: 'KR',
  th: 'TH',
  vi: 'VN',
  id: 'ID',
  in: 'ID',
  tl: 'PH',
  fil: 'PH',
  ms: 'MY',
};

const REGION = /^[A-Z]{2}$/;

/** Country from locale tags like "en-GB", "zh-Hant-TW" or "ko"; null when nothing is clear. */
export function guessCountry(locales: readonly string[]): string | null {
  for (const tag of locales) {
    const parts = tag.trim().split(/[-_]/);
    const region = parts.slice(1).find((p) => REGION.test(p.toUpperCase()) && p.length === 2);
    if (region) return region.toUpperCase();
  }
  for (const tag of locales) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const country = LANGUAGE_COUNTRY[primary];
    if (country) return country;
  }
  return null;
}

/** Settings.country ('auto' or ISO alpha-2) resolved against the browser's locales. */
export function resolveCountry(setting: string, locales: readonly string[]): string | null {
  if (REGION.test(setting.toUpperCase()) && setting !== 'auto') return setting.toUpperCase();
  return guessCountry(locales);
}

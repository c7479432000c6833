/**
 * Message lookup with named placeholders: "Help in {country}". Placeholders are named (not $1) so
 * translators can move them anywhere in the sentence, which word order in th, ko, hi and ar requires.
 */
import { DICTIONARIES, type MessageKey, REFERENCE } from './dictionaries';
import { DEFAULT_LANGUAGE, type UiLanguage } from './languages';

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names a message uses, sorted and deduplicated (for the completeness test). */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** Replaces {name} with params.name; an unknown name stays visible as {name} rather than vanishing. */
export function format(message: string, params: Params = {}): string {
  return message.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator for one language: its own text, else English, else the key itself (visible, never blank). */
export function translator(lang: UiLanguage): Translate {
  const dict = DICTIONARIES[lang];
  return (key, params) => {
    const message = dict[key] ?? (lang === DEFAULT_LANGUAGE ? undefined : REFERENCE[key]) ?? key;
    return format(message, params);
  };
}

/** Number formatting that follows the UI language (Arabic and Hindi readers may get their own digits). */
export function formatNumber(lang: UiLanguage, value: number): string {
  return new Intl.NumberFormat(lang).format(value);
}

/** A date and time in the UI language, e.g. for "last update". */
export function formatDateTime(lang: UiLanguage, epochMs: number): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}

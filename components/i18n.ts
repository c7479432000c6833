/**
 * The UI language inside Preact: a context carrying the chosen language, its direction and a
 * translator over the bundled dictionaries (lib/i18n). Pages wrap their tree in <I18nContext.Provider>;
 * components call useI18n().
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type MessageKey, REFERENCE, type Translate, textDirection, translator, type UiLanguage } from '@/lib/i18n';

export interface I18n {
  lang: UiLanguage;
  dir: 'ltr' | 'rtl';
  t: Translate;
}

export function makeI18n(lang: UiLanguage): I18n {
  return { lang, dir: textDirection(lang), t: translator(lang) };
}

export const I18nContext = createContext<I18n>(makeI18n(DEFAULT_LANGUAGE));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

let current: I18n = makeI18n(DEFAULT_LANGUAGE);

/** Sets the language used by the context-free t() below (for code outside a Preact tree). */
export function setCurrentLanguage(lang: UiLanguage): void {
  current = makeI18n(lang);
}

function isMessageKey(key: string): key is MessageKey {
  return key in REFERENCE;
}

/**
 * Context-free lookup kept for callers outside a Preact tree. Positional substitutions fill the
 * message's placeholders in their English order. Unknown keys come back as the key, visible not blank.
 */
export function t(key: string, substitutions?: string | string[]): string {
  if (!isMessageKey(key)) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  // Positions follow the English message, so a translation may reorder its placeholders freely.
  const names = [...REFERENCE[key].matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)].map((m) => m[1] ?? '');
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    const value = subs[i];
    if (value !== undefined && !(name in params)) params[name] = value;
  });
  return current.t(key, params);
}

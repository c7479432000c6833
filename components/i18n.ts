/**
 * The UI language inside Preact: a context carrying the chosen language, its direction and a
 * translator over the bundled dictionaries (lib/i18n). Pages wrap their tree in <I18nContext.Provider>;
 * components call useI18n().
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LANGUAGE, type Translate, textDirection, translator, type UiLanguage } from '@/lib/i18n';

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

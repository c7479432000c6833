/**
 * Words of the onboarding page, the quiz cards and the "Distributed by" line, in every UI language
 * (lib/i18n/languages.ts). They live here, not in lib/i18n/messages, because they are long and only
 * these pages use them; ./messages.test.ts checks that every language has every key with the same
 * placeholders (the same rule as lib/i18n/completeness.test.ts). English is the reference and the
 * fallback; the placeholder syntax ({name}) and format() are lib/i18n's.
 */
import { DEFAULT_LANGUAGE, format, type Params, type UiLanguage } from '../i18n';
import ar from './messages/ar.json';
import bn from './messages/bn.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import hi from './messages/hi.json';
import id from './messages/id.json';
import km from './messages/km.json';
import ko from './messages/ko.json';
import ms from './messages/ms.json';
import my from './messages/my.json';
import ne from './messages/ne.json';
import pt from './messages/pt.json';
import ru from './messages/ru.json';
import sw from './messages/sw.json';
import th from './messages/th.json';
import tl from './messages/tl.json';
import ur from './messages/ur.json';
import vi from './messages/vi.json';
import zh from './messages/zh.json';

export type QuizKey = keyof typeof en;
export type QuizTranslate = (key: QuizKey | string, params?: Params) => string;

export const QUIZ_REFERENCE: Readonly<Record<string, string>> = en;

export const QUIZ_DICTIONARIES: Readonly<Record<UiLanguage, Partial<Record<string, string>>>> = {
  en,
  fr,
  es,
  pt,
  id,
  vi,
  th,
  tl,
  zh,
  ko,
  ar,
  hi,
  sw,
  ru,
  my,
  km,
  bn,
  ur,
  ne,
  ms,
};

/** Own text, else English, else the key (visible, never blank). */
export function quizTranslator(lang: UiLanguage): QuizTranslate {
  const dict = QUIZ_DICTIONARIES[lang] ?? QUIZ_DICTIONARIES[DEFAULT_LANGUAGE];
  return (key, params) => format(dict[key] ?? QUIZ_REFERENCE[key] ?? key, params);
}

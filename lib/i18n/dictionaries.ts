/**
 * The bundled UI dictionaries, one JSON file per language in ./messages. They are bundled (not read
 * through browser.i18n) because browser.i18n always follows the browser's language and cannot switch
 * to the one chosen in the options. English is the reference: its keys define MessageKey.
 */
import type { UiLanguage } from './languages';
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

export type MessageKey = keyof typeof en;

/** Other languages may lack a key (the completeness test catches it); lookups fall back to English. */
export type Dictionary = Partial<Record<string, string>>;

export const REFERENCE: Readonly<Record<MessageKey, string>> = en;

export const DICTIONARIES: Readonly<Record<UiLanguage, Dictionary>> = {
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

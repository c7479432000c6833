export { AUTONYMS, autonym } from './autonyms';
export { DICTIONARIES, type MessageKey, REFERENCE } from './dictionaries';
export {
  DEFAULT_LANGUAGE,
  isRtl,
  isUiLanguage,
  LOCALE_FOLDERS,
  languageOfLocale,
  resolveUiLanguage,
  textDirection,
  UI_LANGUAGES,
  type UiLanguage,
} from './languages';
export { format, formatDateTime, formatNumber, type Params, placeholdersOf, type Translate, translator } from './translate';

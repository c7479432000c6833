import { HELP_COUNTRIES } from '@/lib/help/countries';
import { autonym, type MessageKey, UI_LANGUAGES } from '@/lib/i18n';
import { automaticCountry, type PolicyDefaults } from '@/lib/policy/defaults';
import type { Sensitivity, Settings } from '@/lib/store/settings';
import { countryName } from '../HelpLinks';
import { useI18n } from '../i18n';
import type { Save } from './Saver';

const SENSITIVITY: [Sensitivity, MessageKey][] = [
  ['relaxed', 'optSensitivityRelaxed'],
  ['balanced', 'optSensitivityBalanced'],
  ['cautious', 'optSensitivityCautious'],
];

interface Props {
  settings: Settings;
  save: Save;
  locales: readonly string[];
  /** The policy's defaults: what "Automatic" means when the user has not chosen. */
  policy: PolicyDefaults;
}

export function LanguageSection({ settings, save, locales, policy }: Props) {
  const { t, lang } = useI18n();
  const guessed = automaticCountry(policy, locales);
  // "Automatic (Tagalog)" when an organisation set the default language, "Automatic (from your browser)" otherwise.
  const autoLanguage = policy.defaultLanguage ? t('optCountryAuto', { country: autonym(policy.defaultLanguage) }) : t('optAuto');
  const countries = [...new Set([...HELP_COUNTRIES, ...(settings.country !== 'auto' ? [settings.country] : [])])]
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <section aria-labelledby="opt-language">
      <h2 id="opt-language">{t('optLanguageHeading')}</h2>
      <div class="lw-field">
        <label for="opt-ui-language">{t('optUiLanguage')}</label>
        <select
          id="opt-ui-language"
          value={settings.uiLanguage}
          onChange={(e) => void save({ uiLanguage: (e.target as HTMLSelectElement).value })}
        >
          <option value="auto">{autoLanguage}</option>
          {UI_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {autonym(code)}
            </option>
          ))}
        </select>
      </div>
      <div class="lw-field">
        <label for="opt-country">{t('optCountry')}</label>
        <select id="opt-country" value={settings.country} onChange={(e) => void save({ country: (e.target as HTMLSelectElement).value })}>
          <option value="auto">{t('optCountryAuto', { country: guessed ? countryName(guessed, lang) : t('optCountryUnknown') })}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="lw-field">
        <legend>{t('optSensitivity')}</legend>
        {SENSITIVITY.map(([value, key]) => (
          <label key={value} class="lw-radio">
            <input
              type="radio"
              name="sensitivity"
              value={value}
              checked={settings.sensitivity === value}
              onChange={() => void save({ sensitivity: value })}
            />
            {t(key)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

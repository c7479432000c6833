/**
 * The options page: language, country, sensitivity; sites; rule feeds; pack status; data and export.
 * All data comes through OptionsServices (./options/services.ts), so it is testable with fakes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { effectiveLanguage } from '@/lib/policy/defaults';
import { type ManagedConfig, NO_POLICY } from '@/lib/policy/managed';
import type { Settings } from '@/lib/store/settings';
import { I18nContext, makeI18n } from './i18n';
import { DataSection } from './options/DataSection';
import { FeedsSection } from './options/FeedsSection';
import { LanguageSection } from './options/LanguageSection';
import { PackSection } from './options/PackSection';
import { useSaver } from './options/Saver';
import { SitesSection } from './options/SitesSection';
import type { OptionsServices } from './options/services';

function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

export function Options({ services }: { services: OptionsServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  /** null until read: the feed form, which policy may switch off, waits for it. */
  const [policy, setPolicy] = useState<ManagedConfig | null>(null);
  const locales = browserLocales();

  useEffect(() => {
    void services.loadSettings().then(setSettings);
    void services.managedConfig().then(setPolicy, () => setPolicy(NO_POLICY));
    return services.watchSettings(setSettings);
  }, [services]);

  // User setting, then the policy's default, then the browser: the same order everywhere (lib/policy/defaults.ts).
  const lang = effectiveLanguage(settings?.uiLanguage ?? 'auto', policy ?? NO_POLICY, locales);
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const { save, status } = useSaver(async (patch) => {
    const next = await services.saveSettings(patch);
    setSettings(next);
    return next;
  });

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = i18n.dir;
    document.title = i18n.t('optionsTitle');
  }, [lang, i18n]);

  return (
    <I18nContext.Provider value={i18n}>
      <main class="lw-options" aria-labelledby="options-title" lang={lang} dir={i18n.dir}>
        <h1 id="options-title">{i18n.t('optionsTitle')}</h1>
        {status}
        {settings ? (
          <>
            <LanguageSection settings={settings} save={save} locales={locales} policy={policy ?? NO_POLICY} />
            <SitesSection settings={settings} save={save} />
            <FeedsSection
              settings={settings}
              save={save}
              requestOrigin={services.requestOrigin}
              userFeedsAllowed={policy?.features.userFeeds === true}
            />
            <PackSection load={services.packStatus} checkNow={services.checkNow} />
            <DataSection
              settings={settings}
              save={save}
              records={services.feedbackRecords}
              clearData={services.clearData}
              download={services.download}
              confirm={services.confirm}
              version={services.version()}
            />
          </>
        ) : null}
      </main>
    </I18nContext.Provider>
  );
}

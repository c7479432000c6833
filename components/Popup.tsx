/**
 * The popup: what was found on this tab, check a pasted message, and where to get help. All data
 * comes through PopupServices (./popup/services.ts), so this component is testable with fakes.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FlaggedItem } from '@/lib/messaging';
import { effectiveCountry, effectiveLanguage } from '@/lib/policy/defaults';
import { type ManagedConfig, NO_POLICY } from '@/lib/policy/managed';
import type { ItemFeedback } from '@/lib/scan/feedback';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/store/settings';
import { CheckMessage } from './CheckMessage';
import { DistributedBy } from './DistributedBy';
import type { ExplainFn } from './explain';
import { HelpLinks } from './HelpLinks';
import { I18nContext, makeI18n } from './i18n';
import { LearnLink } from './onboarding/LearnLink';
import type { Analyzer, PopupServices } from './popup/services';
import { type TabState, TabSummary } from './TabSummary';

function browserLocales(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

function hostOf(url: string, fallback: string): string {
  try {
    return new URL(url).hostname || fallback;
  } catch {
    return fallback;
  }
}

export function Popup({ services }: { services: PopupServices }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [analyzer, setAnalyzer] = useState<Analyzer | null>(null);
  const [feedback, setFeedback] = useState<ItemFeedback>({ notScam: [], dismissed: [] });
  const [handoff, setHandoff] = useState<string | undefined>(undefined);
  /** null until read: a feature the policy may switch off is not shown before we know. */
  const [policy, setPolicy] = useState<ManagedConfig | null>(null);

  useEffect(() => {
    void services.loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    void services.itemFeedback().then(setFeedback, () => {});
    void services.analyzer().then(setAnalyzer, () => {});
    void services.managedConfig().then(setPolicy, () => setPolicy(NO_POLICY));
    let unwatch = () => {};
    void (async () => {
      const passed = await services.takeHandoff().catch(() => null);
      if (passed) setHandoff(passed.text);
      const id = passed?.tabId ?? (await services.tabId().catch(() => null));
      setTabId(id);
      if (id === null) return setTab({ kind: 'unavailable' });
      const refresh = async () => {
        const report = await services.tabReport(id).catch(() => null);
        setTab(report ? { kind: 'report', report } : { kind: 'unavailable' });
      };
      unwatch = services.watchTabReport(id, () => void refresh());
      await refresh();
    })();
    const unwatchSettings = services.watchSettings(setSettings);
    return () => {
      unwatch();
      unwatchSettings();
    };
  }, [services]);

  const current = settings ?? DEFAULT_SETTINGS;
  // User setting, then the policy's default, then the browser: the same order everywhere (lib/policy/defaults.ts).
  const lang = effectiveLanguage(current.uiLanguage, policy ?? NO_POLICY, browserLocales());
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const country = effectiveCountry(current.country, policy ?? NO_POLICY, browserLocales());
  const checkAllowed = policy?.features.checkMessage === true;

  useEffect(() => {
    // dir on the root element flips the whole page (scrollbars included) for Arabic.
    document.documentElement.lang = lang;
    document.documentElement.dir = i18n.dir;
  }, [lang, i18n.dir]);

  const explain: ExplainFn = (hit) => analyzer?.explanation(hit.explain.found, lang) ?? null;
  const allowSenders = new Set(current.allowSenders.map((s) => s.trim().toLowerCase()));
  const notScam = new Set(feedback.notScam);
  const hidden = (item: FlaggedItem) => notScam.has(item.key) || (!!item.sender && allowSenders.has(item.sender.trim().toLowerCase()));
  const host = tab.kind === 'report' ? hostOf(tab.report.url, tab.report.site) : '';

  const check = async (text: string) => {
    const a = analyzer ?? (await services.analyzer());
    return a.analyze(text, current);
  };

  // Policy can switch "check a message" off (issue 7); the context menu then has nothing to hand over.
  const checkSection = !checkAllowed ? null : (
    <CheckMessage
      check={check}
      explain={explain}
      initialText={handoff}
      // A pasted message has no site: the export names where it came from instead.
      onReport={(_text, verdict) => services.report({ risk: verdict.risk, signals: verdict.signals.map((s) => s.id) }, 'check-a-message')}
    />
  );

  return (
    <I18nContext.Provider value={i18n}>
      <main class="lw-popup" aria-labelledby="popup-title" lang={lang} dir={i18n.dir}>
        <header class="lw-header">
          <h1 id="popup-title">LureWatch</h1>
          <button type="button" class="lw-link-button" onClick={() => services.openOptions()}>
            {i18n.t('openSettings')}
          </button>
        </header>
        {handoff ? checkSection : null}
        <TabSummary
          state={tab}
          explain={explain}
          hidden={hidden}
          onResume={host ? () => services.resumeSite(host) : undefined}
          actionsFor={(item) => ({
            site: host,
            onNotScam: () => services.notScam(item, host),
            onReport: () =>
              services.report({ risk: item.verdict.risk, signals: item.verdict.signals.map((s) => s.id), sender: item.sender }, host),
            onPause: host ? () => services.pauseSite(host) : undefined,
            onShow: tabId === null ? undefined : () => services.reveal(tabId, item.key),
          })}
        />
        {handoff ? null : checkSection}
        <HelpLinks country={country} onChangeCountry={() => services.openOptions()} />
        {/* Issue 7: the NGO that distributed LureWatch (managed policy) and the way back to the onboarding quiz. */}
        <DistributedBy config={policy ?? undefined} />
        <LearnLink />
      </main>
    </I18nContext.Provider>
  );
}

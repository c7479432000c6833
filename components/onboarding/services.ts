/** What the onboarding page loads before it renders: language, policy and the active pack. */

import { bundledPackInSlices } from '@/lib/engine/bundled';
import type { CompiledPack } from '@/lib/engine/compile';
import { isUiLanguage, resolveUiLanguage, type UiLanguage } from '@/lib/i18n';
import { languageSetting, type ManagedConfig, readManagedConfig } from '@/lib/policy/managed';
import { quizTranslator } from '@/lib/quiz/i18n';
import { loadActivePack } from '@/lib/scan/pack-source';
import type { WarningView } from '@/lib/scan/view';
import { loadSettings } from '@/lib/store/settings-store';
import { sampleWarning } from './sample';

export interface OnboardingData {
  lang: UiLanguage;
  config: ManagedConfig;
  sample: WarningView;
}

/** ?lang=xx wins (a link an NGO prints for a campaign, and tests); then settings, policy, browser. */
export function pickLanguage(search: string, userSetting: string, config: ManagedConfig, browserLocales: readonly string[]): UiLanguage {
  const asked = new URLSearchParams(search).get('lang');
  if (asked && isUiLanguage(asked)) return asked;
  return resolveUiLanguage(languageSetting(userSetting, config), browserLocales);
}

export async function loadOnboarding(): Promise<OnboardingData> {
  const [{ config }, settings] = await Promise.all([readManagedConfig(), loadSettings()]);
  const locales = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  const lang = pickLanguage(location.search, settings.uiLanguage, config, locales);
  let pack: CompiledPack | null = null;
  try {
    pack = (await loadActivePack(bundledPackInSlices)).compiled;
  } catch {
    pack = null;
  }
  return { lang, config, sample: sampleWarning(lang, quizTranslator(lang), pack) };
}

/**
 * The page opened on install (issue 7 "Awareness onboarding"), in the user's language: what LureWatch
 * does, what its warning looks like (the real one), and the "spot the scam" quiz. Reachable later from
 * the popup ("How to spot a scam"). Everything it needs is passed in, so it renders in tests without a
 * browser; entrypoints/onboarding/main.tsx loads the real data.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { textDirection, type UiLanguage } from '@/lib/i18n';
import type { ManagedConfig } from '@/lib/policy/managed';
import { quizTranslator } from '@/lib/quiz/i18n';
import type { WarningView } from '@/lib/scan/view';
import { DistributedBy } from '../DistributedBy';
import { I18nContext, makeI18n } from '../i18n';
import { Quiz } from './Quiz';
import { SampleWarning } from './SampleWarning';
import { sampleText } from './sample';

export interface OnboardingProps {
  lang: UiLanguage;
  config: ManagedConfig;
  sample: WarningView;
}

export function Onboarding({ lang, config, sample }: OnboardingProps) {
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const t = useMemo(() => quizTranslator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = textDirection(lang);
    document.title = t('ui.pageTitle');
  }, [lang, t]);
  return (
    <I18nContext.Provider value={i18n}>
      <main class="lw-onboarding" lang={lang} dir={i18n.dir}>
        <header class="lw-onboarding-header">
          <img src="/icons/48.png" alt="" width={48} height={48} />
          <h1>{t('ui.pageTitle')}</h1>
        </header>
        <DistributedBy config={config} />
        <p class="lw-onboarding-intro">{t('ui.intro')}</p>

        <section aria-labelledby="lw-sample-title" class="lw-onboarding-section">
          <h2 id="lw-sample-title">{t('ui.warningHeading')}</h2>
          <p>{t('ui.warningHint')}</p>
          <figure class="lw-sample">
            <figcaption class="lw-hint">{t('ui.sampleMessage')}</figcaption>
            <blockquote class="lw-quiz-text">{sampleText(t)}</blockquote>
            <SampleWarning view={sample} />
          </figure>
        </section>

        <section aria-labelledby="lw-quiz-title" class="lw-onboarding-section" data-testid="quiz">
          <h2 id="lw-quiz-title">{t('ui.quizHeading')}</h2>
          <p>{t('ui.quizIntro')}</p>
          <Quiz t={t} />
        </section>

        <p class="lw-hint">{t('ui.comeBack')}</p>
      </main>
    </I18nContext.Provider>
  );
}

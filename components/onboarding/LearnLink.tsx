/**
 * The popup's way back to the onboarding page ("How to spot a scam"). Hidden when the policy switches
 * onboarding off. Opens the page in a tab (tabs.create works on desktop and on Firefox for Android).
 */
import '../distributed-by.css';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readManagedConfig } from '@/lib/policy/managed';
import { quizTranslator } from '@/lib/quiz/i18n';
import { useI18n } from '../i18n';

export const ONBOARDING_PATH = '/onboarding.html';

export function LearnLink({ enabled: given, open }: { enabled?: boolean; open?: () => void }) {
  const { lang } = useI18n();
  const [enabled, setEnabled] = useState(given ?? true);
  useEffect(() => {
    if (given !== undefined) return;
    let live = true;
    void readManagedConfig().then((r) => live && setEnabled(r.config.features.onboarding));
    return () => {
      live = false;
    };
  }, [given]);
  if (!enabled) return null;
  const onClick = (event: Event) => {
    event.preventDefault();
    if (open) open();
    else void browser.tabs.create({ url: browser.runtime.getURL(ONBOARDING_PATH) }).then(() => window.close());
  };
  return (
    <p class="lw-learn">
      <a href={ONBOARDING_PATH} onClick={onClick} data-testid="learn-link">
        {quizTranslator(lang)('ui.learnLink')}
      </a>
    </p>
  );
}

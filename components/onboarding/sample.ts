/**
 * The sample warning on the onboarding page, built the way the content script builds a real one: the
 * first quiz card's text (in the user's language) analysed by the active pack, then turned into the
 * warning's words by lib/scan/present.ts. If the pack does not flag it (an old or trimmed pack), the
 * card's own sign is shown, so the page always shows a warning.
 */
import { analyze } from '@/lib/engine/analyze';
import type { CompiledPack } from '@/lib/engine/compile';
import { explanationFor } from '@/lib/engine/explain';
import type { UiLanguage } from '@/lib/i18n';
import type { QuizTranslate } from '@/lib/quiz/i18n';
import { presentVerdict } from '@/lib/scan/present';
import type { WarningView } from '@/lib/scan/view';

export const SAMPLE_CARD = 'travel';

export function sampleText(t: QuizTranslate): string {
  return t(`card.${SAMPLE_CARD}.text`);
}

export function sampleWarning(lang: UiLanguage, t: QuizTranslate, pack: CompiledPack | null): WarningView {
  const text = sampleText(t);
  if (pack) {
    const verdict = analyze({ text, kind: 'message', lang }, pack);
    const view = presentVerdict(verdict, 'onboarding-sample', lang, (key, l) => explanationFor(pack, key, l));
    if (view?.reasons.length) return view;
  }
  return {
    key: 'onboarding-sample',
    risk: 'high',
    lang,
    topic: 'recruitment',
    reasons: [{ found: t(`card.${SAMPLE_CARD}.sign`), why: t(`card.${SAMPLE_CARD}.explain`) }],
  };
}

/**
 * Turns a verdict into the inline warning's words: the "found" explanation of its strongest signals
 * in the UI language ("asks for your passport, pays your flight and visa, contact only on Telegram"),
 * with why / what-to-do for the expanded view. The engine only gives keys; the pack holds the texts.
 */
import type { Verdict } from '../engine/types';
import type { UiLanguage } from '../i18n';
import type { WarningReason, WarningView } from './view';

export interface ExplanationText {
  found: string;
  why: string;
  todo: string;
}

/** explanationFor(pack, key, lang) bound to the active pack. */
export type ExplainLookup = (key: string, lang: UiLanguage) => ExplanationText | undefined;

export const MAX_REASONS = 4;

export function presentVerdict(
  verdict: Verdict,
  key: string,
  lang: UiLanguage,
  explain: ExplainLookup,
  sender?: string,
  /** How many of the sender's recent messages the verdict reads together (FoundItem.joined). */
  joined?: number,
): WarningView | null {
  if (verdict.risk !== 'medium' && verdict.risk !== 'high') return null;
  const reasons: WarningReason[] = [];
  const seen = new Set<string>();
  for (const signal of verdict.signals) {
    if (reasons.length >= MAX_REASONS) break;
    let text: ExplanationText | undefined;
    try {
      text = explain(signal.explain.found, lang);
    } catch {
      text = undefined;
    }
    if (!text?.found || seen.has(text.found)) continue;
    seen.add(text.found);
    reasons.push({ found: text.found, why: text.why, todo: text.todo });
  }
  // Wrong-number openers and crypto "mentors" (DOMAIN.md §1 h) are not job offers: say "scam", not "recruitment scam".
  const top = verdict.signals[0]?.family;
  const view: WarningView = { key, risk: verdict.risk, lang, topic: top === 'romance' ? 'general' : 'recruitment', reasons };
  if (sender) view.sender = sender;
  // A split lure is warned on its last message: the words must say the evidence spans several.
  if (joined !== undefined && joined >= 2) view.recentMessages = joined;
  return view;
}

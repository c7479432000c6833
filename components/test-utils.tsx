/** Shared helpers for component tests (not shipped: only *.test.tsx import this file). */
import { cleanup, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach } from 'vitest';
import type { SignalHit, Verdict } from '@/lib/engine/types';
import type { UiLanguage } from '@/lib/i18n';
import type { FlaggedItem } from '@/lib/messaging';
import type { ExplainFn } from './explain';
import { I18nContext, makeI18n } from './i18n';

// vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(() => cleanup());

export function renderIn(lang: UiLanguage, ui: ComponentChildren) {
  return render(<I18nContext.Provider value={makeI18n(lang)}>{ui}</I18nContext.Provider>);
}

export function hit(id: string, text: string, evidence: string, family: SignalHit['family'] = 'fee'): SignalHit {
  const start = text.indexOf(evidence);
  return {
    id,
    family,
    spans: start >= 0 ? [{ start, end: start + evidence.length }] : [],
    evidence: [evidence],
    explain: { found: id, why: id, todo: id },
  };
}

export const WORDS: Record<string, { found: string; why: string; todo: string }> = {
  'fee.upfront': {
    found: 'They ask for a fee before you start',
    why: 'Real employers pay you, not the other way round',
    todo: 'Never pay to get a job.',
  },
  'context.off-platform': { found: 'They want to move the chat to Telegram', why: 'Scammers avoid job sites that can ban them', todo: '' },
};

export const explainFake: ExplainFn = (h) => WORDS[h.id] ?? null;

export function item(key: string, risk: Verdict['risk'], score: number, text: string, signals: SignalHit[], sender?: string): FlaggedItem {
  return { key, kind: 'message', text, site: 'jobs.example', sender, verdict: { risk, score, signals } };
}

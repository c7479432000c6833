/**
 * The inline warning badge (issue 4): small, calm, accessible. It names what was found ("asks for your
 * passport, pays your flight and visa, contact only on Telegram"), opens the explanation in place
 * (why it matters, what to do), can be dismissed, and offers "not a scam". It never takes focus by
 * itself; all controls are real buttons, so they are keyboard reachable and have names.
 */
import { useState } from 'preact/hooks';
import { translator } from '@/lib/i18n';
import { textDirection } from '@/lib/i18n/languages';
import type { WarningActions, WarningView } from '@/lib/scan/view';

export interface WarningProps {
  view: WarningView;
  actions: WarningActions;
}

export function Warning({ view, actions }: WarningProps) {
  const [open, setOpen] = useState(false);
  // One translator for every word, inline-only ones included (lib/i18n inline* keys): the completeness
  // test then covers them, and the dictionaries are already in this bundle for the shared words.
  const t = translator(view.lang);
  const headline = t(view.topic === 'recruitment' ? 'inlineRecruitment' : 'inlineGeneral');
  // A split lure is warned on its last message (lib/scan/conversation.ts): say the evidence spans several.
  const scope = view.recentMessages ? ` (${t('inlineRecentMessages', { count: view.recentMessages })})` : '';
  const dismiss = t('inlineDismiss');
  const summary = view.reasons
    .slice(0, 3)
    .map((r) => r.found)
    .join(', ');
  const detailsId = `lw-details-${view.key}`;
  const todos = [...new Set(view.reasons.map((r) => r.todo).filter((x): x is string => Boolean(x)))];
  return (
    <section class={`lw ${view.risk}${open ? ' open' : ''}`} lang={view.lang} dir={textDirection(view.lang)} aria-label={t('inlineRegion')}>
      <span class="icon" aria-hidden="true">
        ⚠
      </span>
      <p class="text" role="status" title={`${headline}${scope}${summary ? `: ${summary}` : ''}`}>
        <strong>{headline}</strong>
        {scope}
        {summary ? `: ${summary}` : ''}
      </p>
      <div class="buttons">
        <button type="button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {open ? t('inlineHideDetails') : t('inlineDetails')}
        </button>
        <button type="button" onClick={() => actions.notScam()}>
          {t('actionNotScam')}
        </button>
        <button type="button" class="close" aria-label={dismiss} title={dismiss} onClick={() => actions.dismiss()}>
          ×
        </button>
      </div>
      {open && (
        <div class="details" id={detailsId}>
          <p>{t(view.risk === 'high' ? 'riskHigh' : 'riskMedium')}</p>
          <ul>
            {view.reasons.map((r) => (
              <li key={r.found}>
                <strong>{r.found}</strong>
                {r.why ? ` — ${r.why}` : ''}
              </li>
            ))}
          </ul>
          <h3>{t('todoHeading')}</h3>
          <ul>
            {(todos.length > 0 ? todos : [t('todoNoPay'), t('todoNoId'), t('todoTalk')]).map((todo) => (
              <li key={todo}>{todo}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

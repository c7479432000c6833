import { useEffect, useState } from 'preact/hooks';
import type { Verdict } from '@/lib/engine/types';
import { isFlagged } from '@/lib/engine/types';
import { ActionBar } from './ActionBar';
import type { ExplainFn } from './explain';
import { useI18n } from './i18n';
import { RiskBadge } from './RiskBadge';
import { VerdictView } from './VerdictView';

interface Props {
  /** Runs the engine on the device (the popup's own copy of the active pack). */
  check: (text: string) => Promise<Verdict>;
  explain: ExplainFn;
  /** Text handed over by the context menu ("Check with LureWatch"); checked at once. */
  initialText?: string;
  /** Saves a report of a flagged pasted message for the NGO export. */
  onReport?: (text: string, verdict: Verdict) => Promise<void>;
}

type State = { kind: 'idle' } | { kind: 'empty' } | { kind: 'error' } | { kind: 'done'; text: string; verdict: Verdict };

/** "Check a message": paste something received elsewhere (an SMS, a chat app) and get the same explanation. */
export function CheckMessage({ check, explain, initialText, onReport }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState(initialText ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function run(value: string) {
    if (!value.trim()) return setState({ kind: 'empty' });
    try {
      setState({ kind: 'done', text: value, verdict: await check(value) });
    } catch {
      setState({ kind: 'error' });
    }
  }

  useEffect(() => {
    if (initialText?.trim()) {
      setText(initialText);
      void run(initialText);
    }
    // Only when the handed-over text changes.
  }, [initialText]);

  return (
    <section class="lw-check" aria-labelledby="lw-check-title">
      <h2 id="lw-check-title">{t('checkHeading')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(text);
        }}
      >
        <label for="lw-check-text">{t('checkLabel')}</label>
        <textarea
          id="lw-check-text"
          dir="auto"
          rows={4}
          value={text}
          aria-describedby="lw-check-hint"
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <p id="lw-check-hint" class="lw-hint">
          {t('checkHint')}
        </p>
        <button type="submit" class="lw-button lw-primary">
          {t('checkButton')}
        </button>
      </form>
      <div role="status" aria-live="polite" class="lw-check-result">
        {state.kind === 'empty' ? <p>{t('checkEmpty')}</p> : null}
        {state.kind === 'error' ? <p class="lw-error">{t('checkError')}</p> : null}
        {state.kind === 'done' ? (
          <>
            <h3 class="lw-result-heading">
              {t('checkResultHeading')} <RiskBadge risk={state.verdict.risk} score={state.verdict.score} />
            </h3>
            {state.verdict.signals.length === 0 ? <p>{t('checkNone')}</p> : null}
          </>
        ) : null}
      </div>
      {state.kind === 'done' && state.verdict.signals.length > 0 ? (
        <div class="lw-check-explain">
          <VerdictView verdict={state.verdict} text={state.text} explain={explain} general />
          {onReport && isFlagged(state.verdict.risk) ? (
            <ActionBar key={state.text} onReport={() => onReport(state.text, state.verdict)} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

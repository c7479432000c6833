import type { ComponentProps } from 'preact';
import { formatNumber } from '@/lib/i18n';
import type { FlaggedItem, TabReport } from '@/lib/messaging';
import type { ActionBar } from './ActionBar';
import type { ExplainFn } from './explain';
import { ItemCard } from './ItemCard';
import { useI18n } from './i18n';
import { rankFlagged } from './rank';
import { TodoList } from './TodoList';

export type TabState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'report'; report: TabReport };

interface Props {
  state: TabState;
  explain: ExplainFn;
  /** Items the user marked "not a scam" (or whose sender they trust): not shown again. */
  hidden?: (item: FlaggedItem) => boolean;
  actionsFor: (item: FlaggedItem) => ComponentProps<typeof ActionBar>;
  /** Turns scanning back on for a paused or disabled site. */
  onResume?: () => Promise<void>;
}

/** "This tab": how many items were checked, and the flagged ones, highest risk first. */
export function TabSummary({ state, explain, hidden, actionsFor, onResume }: Props) {
  const { t, lang } = useI18n();
  let body: preact.ComponentChildren;
  if (state.kind === 'loading') {
    body = <p>{t('popupLoading')}</p>;
  } else if (state.kind === 'unavailable' || state.report.status === 'unsupported') {
    body = (
      <div class="lw-state lw-state-unavailable">
        <p class="lw-state-title">{t('popupCannotScan')}</p>
        <p class="lw-hint">{t('popupCannotScanHint')}</p>
      </div>
    );
  } else if (state.report.status === 'paused' || state.report.status === 'disabled') {
    body = (
      <div class="lw-state lw-state-paused">
        <p class="lw-state-title">{t(state.report.status === 'paused' ? 'popupPaused' : 'popupDisabled')}</p>
        {onResume ? (
          <button type="button" class="lw-button" onClick={() => void onResume()}>
            {t('popupResume')}
          </button>
        ) : null}
      </div>
    );
  } else {
    const flagged = rankFlagged(state.report.flagged, hidden);
    body = (
      <>
        <p class="lw-counts">
          <span>{t('popupScanned', { count: formatNumber(lang, state.report.scanned) })}</span>
          <span>{t('popupFlagged', { count: formatNumber(lang, flagged.length) })}</span>
        </p>
        {flagged.length === 0 ? (
          <div class="lw-state lw-state-clear">
            <p class="lw-state-title">{t('popupNothingFound')}</p>
            <p class="lw-hint">{t('popupNothingFoundHint')}</p>
          </div>
        ) : (
          <>
            {/* The five steps once, before the details: they are what protects, whatever the scam. */}
            <TodoList signals={[]} explain={explain} general level={3} />
            {flagged.map((item, i) => (
              <ItemCard key={item.key} item={item} explain={explain} actions={actionsFor(item)} open={i === 0} />
            ))}
          </>
        )}
      </>
    );
  }
  return (
    <section class="lw-tab" aria-labelledby="lw-tab-title" aria-busy={state.kind === 'loading'}>
      <h2 id="lw-tab-title">{t('popupFoundHeading')}</h2>
      {body}
    </section>
  );
}

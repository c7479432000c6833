import type { ComponentProps } from 'preact';
import { formatNumber } from '@/lib/i18n';
import type { FlaggedItem } from '@/lib/messaging';
import { ActionBar } from './ActionBar';
import type { ExplainFn } from './explain';
import { groupByExplanation } from './group-signals';
import { useI18n } from './i18n';
import { RiskBadge } from './RiskBadge';
import { VerdictView } from './VerdictView';

interface Props {
  item: FlaggedItem;
  explain: ExplainFn;
  actions: ComponentProps<typeof ActionBar>;
  /** The first (riskiest) item starts open; the others open on demand, so the popup stays short. */
  open: boolean;
}

/** One flagged item of the page: risk, signs with evidence, what to do, and the actions. */
export function ItemCard({ item, explain, actions, open }: Props) {
  const { t, lang } = useI18n();
  const titleId = `lw-item-${item.key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const signs = groupByExplanation(item.verdict.signals);
  const top = signs[0];
  const first = top ? explain(top)?.found : undefined;
  return (
    <article class={`lw-item lw-item-${item.verdict.risk}`} aria-labelledby={titleId} data-item-key={item.key}>
      <header class="lw-item-header">
        <h3 id={titleId}>
          {t(item.kind === 'posting' ? 'kindPosting' : 'kindMessage')}
          {item.sender ? (
            <span class="lw-sender" dir="auto">
              {' · '}
              {t('itemFrom', { sender: item.sender })}
            </span>
          ) : null}
        </h3>
        <RiskBadge risk={item.verdict.risk} score={item.verdict.score} />
      </header>
      <details open={open} class="lw-details">
        <summary>
          {t('signalsHeading')} ({formatNumber(lang, signs.length)}){first ? `: ${first}` : ''}
        </summary>
        <VerdictView verdict={item.verdict} text={item.text} explain={explain} general={false} />
      </details>
      <ActionBar {...actions} />
    </article>
  );
}

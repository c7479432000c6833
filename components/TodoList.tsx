import type { SignalHit } from '@/lib/engine/types';
import type { MessageKey } from '@/lib/i18n';
import type { ExplainFn } from './explain';
import { useI18n } from './i18n';

/** Always shown (issue 6): the five things that protect against every family of DOMAIN.md §1. */
export const GENERAL_TODO: readonly MessageKey[] = ['todoNoPay', 'todoNoId', 'todoStayOnPlatform', 'todoCheckOfficial', 'todoTalk'];

/** At most this many sign-specific steps per item: a long list is not read by someone worried. */
export const MAX_SPECIFIC_TODOS = 4;

/** Advice specific to the signs found, each sentence once, in the order of the signs. */
export function specificTodos(signals: readonly SignalHit[], explain: ExplainFn): string[] {
  return [...new Set(signals.map((h) => explain(h)?.todo?.trim() ?? '').filter(Boolean))].slice(0, MAX_SPECIFIC_TODOS);
}

interface Props {
  signals: readonly SignalHit[];
  explain: ExplainFn;
  /** Include the five general steps (once per page, or under a pasted message). */
  general: boolean;
  /** Heading level: h3 at page level, h4 inside an item. */
  level?: 3 | 4;
}

/** What to do now: advice specific to the signs first, then (optionally) the general steps. */
export function TodoList({ signals, explain, general, level = 4 }: Props) {
  const { t } = useI18n();
  const specific = specificTodos(signals, explain);
  if (specific.length === 0 && !general) return null;
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <section class={general ? 'lw-todo lw-todo-general' : 'lw-todo'}>
      <Heading class="lw-subheading">{t('todoHeading')}</Heading>
      <ul>
        {specific.map((text) => (
          <li key={text} class="lw-todo-specific">
            {text}
          </li>
        ))}
        {general ? GENERAL_TODO.map((key) => <li key={key}>{t(key)}</li>) : null}
      </ul>
    </section>
  );
}

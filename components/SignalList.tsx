import type { SignalHit } from '@/lib/engine/types';
import { Evidence } from './Evidence';
import type { ExplainFn } from './explain';
import { groupByExplanation } from './group-signals';
import { useI18n } from './i18n';

interface Props {
  signals: readonly SignalHit[];
  text: string;
  explain: ExplainFn;
}

/** Each warning sign in plain words (what we found, why it matters) with its evidence. */
export function SignalList({ signals, text, explain }: Props) {
  const { t } = useI18n();
  if (signals.length === 0) return null;
  return (
    <section class="lw-signals">
      <h4 class="lw-subheading">{t('signalsHeading')}</h4>
      <ul>
        {groupByExplanation(signals).map((hit) => {
          const words = explain(hit);
          return (
            <li key={hit.id} class="lw-signal" data-signal={hit.id}>
              <p class="lw-found">{words?.found || t('signalFallback')}</p>
              {words?.why ? <p class="lw-why">{words.why}</p> : null}
              <Evidence text={text} spans={hit.spans} evidence={hit.evidence} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

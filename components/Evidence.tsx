import type { Span } from '@/lib/engine/types';
import { excerpts } from './excerpts';
import { useI18n } from './i18n';

interface Props {
  /** The item's text as the content script sent it (or the pasted message). */
  text: string;
  spans: readonly Span[];
  evidence: readonly string[];
}

/** The evidence, quoted from the item with the words that matter highlighted. */
export function Evidence({ text, spans, evidence }: Props) {
  const { t } = useI18n();
  // One short excerpt per sign: enough to recognise the words, short enough to read on a phone.
  const list = excerpts(text, spans, evidence, { context: 40, max: 1 });
  if (list.length === 0) return null;
  return (
    <div class="lw-evidence">
      <span class="lw-evidence-label">{t('evidenceLabel')}</span>
      {list.map((ex, i) => (
        // The quote keeps its own direction: English evidence inside the Arabic UI reads left to right.
        <blockquote key={i} dir="auto" class="lw-quote">
          {ex.cutBefore ? '…' : ''}
          {ex.parts.map((p, j) => (p.mark ? <mark key={j}>{p.text}</mark> : <span key={j}>{p.text}</span>))}
          {ex.cutAfter ? '…' : ''}
        </blockquote>
      ))}
    </div>
  );
}

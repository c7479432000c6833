import { isFlagged, RISK_LEVELS } from '@/lib/engine/types';
import type { FlaggedItem } from '@/lib/messaging';

/** Flagged items, highest risk first, then highest score; items the user dismissed are left out. */
export function rankFlagged(items: readonly FlaggedItem[], hidden: (item: FlaggedItem) => boolean = () => false): FlaggedItem[] {
  return items
    .filter((i) => isFlagged(i.verdict.risk) && !hidden(i))
    .sort((a, b) => RISK_LEVELS.indexOf(b.verdict.risk) - RISK_LEVELS.indexOf(a.verdict.risk) || b.verdict.score - a.verdict.score);
}

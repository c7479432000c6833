/**
 * Explanation keys of a verdict. The texts live in the pack (lib/rules/explain.ts, re-exported here):
 * the engine never resolves words, the UI does.
 */
import type { SignalHit } from './types';

export { explanationFor } from '../rules/explain';

/** The i18n keys a verdict carries for an explanation key. */
export function explainKeys(key: string): SignalHit['explain'] {
  return { found: `${key}.found`, why: `${key}.why`, todo: `${key}.todo` };
}

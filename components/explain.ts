/**
 * How a component gets the words for a signal. The texts live in the rule pack (its "explanations",
 * per language, with English fallback: lib/engine explanationFor), never in the UI dictionaries, so an
 * NGO feed that adds a signal also brings its explanation.
 */
import type { SignalHit } from '@/lib/engine/types';

export interface Explanation {
  /** What was found, in plain words. */
  found: string;
  /** Why it matters. */
  why: string;
  /** What to do about this sign in particular (may be empty). */
  todo: string;
}

/** Resolves a hit to its explanation in the UI language; null when the pack has none. */
export type ExplainFn = (hit: SignalHit) => Explanation | null;

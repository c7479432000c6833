/** Shared shapes of the entity detectors (one detector per file, registered in registry.ts). */
import type { EntityKind } from '../../rules/vocabulary';
import type { Normalized } from '../normalize';

export interface EntityHit {
  kind: EntityKind;
  /** Range in the ORIGINAL text; start === end === -1 when the entity came from a link, not the text. */
  start: number;
  end: number;
  /** What to quote: the original text of the span, or the link. */
  evidence: string;
}

export interface EntityInput {
  /** The original text (case-sensitive formats such as wallet addresses read this). */
  original: string;
  /** The normalised text with its offset map (most detectors read this). */
  n: Normalized;
  /** True when the input is a link target (Item.links), not running text. */
  isLink: boolean;
}

export interface EntityDetector {
  /** Stable name, used by the meta-test and in errors. */
  name: string;
  /** Kinds this detector can report; the engine runs it only when a pack signal uses one of them. */
  kinds: readonly EntityKind[];
  detect(input: EntityInput): EntityHit[];
}

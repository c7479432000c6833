/** Helpers to turn a match in the normalised text into an entity hit on the original text. */

import type { EntityKind } from '../../rules/vocabulary';
import { toOriginal } from '../normalize';
import type { EntityHit, EntityInput } from './types';

export function hitFromNormalized(input: EntityInput, kind: EntityKind, start: number, end: number): EntityHit {
  if (input.isLink) return { kind, start: -1, end: -1, evidence: input.original };
  const o = toOriginal(input.n, start, end);
  return { kind, start: o.start, end: o.end, evidence: input.original.slice(o.start, o.end) };
}

export function hitFromOriginal(input: EntityInput, kind: EntityKind, start: number, end: number): EntityHit {
  if (input.isLink) return { kind, start: -1, end: -1, evidence: input.original };
  return { kind, start, end, evidence: input.original.slice(start, end) };
}

/** Runs a global regex over a string and yields [start, end, match] (never loops on empty matches). */
export function* matchAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (;;) {
    const m = re.exec(text);
    if (!m) return;
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

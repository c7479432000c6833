/**
 * Every entity detector, in one place. registry.test.ts checks that each entity kind a pack may name
 * (lib/rules/vocabulary.ts ENTITY_KINDS) is reported by exactly one detector listed here, and that every
 * file in this folder is either registered or a helper.
 */
import type { EntityKind } from '../../rules/vocabulary';
import { freemail } from './freemail';
import { handle } from './handle';
import { messaging } from './messaging';
import { money } from './money';
import { phone } from './phone';
import { shortener } from './shortener';
import type { EntityDetector, EntityHit, EntityInput } from './types';
import { wallet } from './wallet';

export const DETECTORS: readonly EntityDetector[] = [messaging, handle, phone, shortener, freemail, wallet, money];

/** The detectors a set of wanted kinds needs, per set (a compiled pack keeps one set: computed once). */
const detectorsFor = new WeakMap<ReadonlySet<EntityKind>, readonly EntityDetector[]>();

/** Runs the detectors that can report one of `wanted`, and keeps only the wanted kinds. */
export function detectEntities(input: EntityInput, wanted: ReadonlySet<EntityKind>): EntityHit[] {
  const out: EntityHit[] = [];
  if (wanted.size === 0) return out;
  let detectors = detectorsFor.get(wanted);
  if (!detectors) {
    detectors = DETECTORS.filter((d) => d.kinds.some((k) => wanted.has(k)));
    detectorsFor.set(wanted, detectors);
  }
  for (const d of detectors) {
    for (const hit of d.detect(input)) if (wanted.has(hit.kind)) out.push(hit);
  }
  return out;
}

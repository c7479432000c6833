/**
 * The page-side check of a TRUSTED pack: the bundled pack (fully validated by a unit test at build time,
 * lib/engine/bundled.test.ts) or the pack the background activated after full validation, signature,
 * ReDoS analysis and self-test (lib/feeds). The content script only needs to know that the value has the
 * shape the engine reads, so that a corrupted storage entry falls back to the bundled pack instead of
 * crashing; it must not pay for the pack schema (valibot) and redos-detector on every page (issue 4
 * "Performance": bundle size and the first compile at content-script start).
 *
 * For a pack that passes full validation, the result deep-equals validatePack's output (defaults filled
 * in the same way): trusted.test.ts proves it on a small pack, lib/engine/bundled.test.ts on the bundled
 * one. Untrusted input (a feed, a file, a pasted pack) must go through validatePack / parsePackText instead.
 */
import type { Pack } from './schema';
import type { PackError, ParseResult } from './types';
import { CHECKS, ENTITY_KINDS, FAMILIES, KINDS, PACK_FORMAT } from './vocabulary';

type Json = Record<string, unknown>;

const FAMILY_SET: ReadonlySet<unknown> = new Set(FAMILIES);
const KIND_SET: ReadonlySet<unknown> = new Set(KINDS);
const ENTITY_SET: ReadonlySet<unknown> = new Set(ENTITY_KINDS);
const CHECK_SET: ReadonlySet<unknown> = new Set(CHECKS);

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

/** The first shape problem of a signal, or undefined. */
function signalProblem(s: unknown): string | undefined {
  if (!isObject(s)) return 'is not an object';
  if (!isString(s.id)) return 'id is not a string';
  if (!FAMILY_SET.has(s.family)) return 'family is unknown';
  if (!isNumber(s.weight)) return 'weight is not a number';
  if (!isString(s.explain)) return 'explain is not a string';
  if (s.kinds !== undefined && !(Array.isArray(s.kinds) && s.kinds.every((k) => KIND_SET.has(k)))) return 'kinds are unknown';
  if (s.terms !== undefined && !(isObject(s.terms) && Object.values(s.terms).every(isStringArray))) return 'terms are not lists of strings';
  if (s.patterns !== undefined) {
    if (!Array.isArray(s.patterns)) return 'patterns is not a list';
    for (const p of s.patterns) {
      if (!isObject(p) || !isString(p.re) || !isStringArray(p.anchors)) return 'a pattern has no regex or anchors';
      if (p.window !== undefined && !isNumber(p.window)) return 'a pattern window is not a number';
    }
  }
  if (s.entity !== undefined && !ENTITY_SET.has(s.entity)) return 'entity is unknown';
  if (s.check !== undefined && !CHECK_SET.has(s.check)) return 'check is unknown';
  if (s.dampen !== undefined) {
    const d = s.dampen;
    if (!isObject(d) || !isNumber(d.factor) || d.factor < 0 || d.factor > 1) return 'dampen needs a factor between 0 and 1';
    if (d.unless !== undefined && !isStringArray(d.unless)) return 'dampen.unless is not a list of ids';
  }
  return undefined;
}

function comboProblem(c: unknown): string | undefined {
  if (!isObject(c)) return 'is not an object';
  if (!isString(c.id) || !isString(c.explain) || !isNumber(c.bonus)) return 'id, explain or bonus is missing';
  if (c.family !== undefined && !FAMILY_SET.has(c.family)) return 'family is unknown';
  if (c.all !== undefined && !isStringArray(c.all)) return '"all" is not a list of ids';
  if (c.any !== undefined && !isStringArray(c.any)) return '"any" is not a list of ids';
  if (c.minAny !== undefined && !isNumber(c.minAny)) return 'minAny is not a number';
  if (c.kinds !== undefined && !(Array.isArray(c.kinds) && c.kinds.every((k) => KIND_SET.has(k)))) return 'kinds are unknown';
  return undefined;
}

function explanationsProblem(e: unknown): string | undefined {
  if (!isObject(e)) return 'is not an object';
  for (const byLang of Object.values(e)) {
    if (!isObject(byLang)) return 'an entry is not an object';
    for (const t of Object.values(byLang)) {
      if (!isObject(t) || !isString(t.found) || !isString(t.why) || !isString(t.todo)) return 'an entry lacks found/why/todo';
    }
  }
  return undefined;
}

/** Checks the shape the engine relies on; never throws. Errors name the rule and the problem. */
export function checkTrustedPack(input: unknown): ParseResult<Pack> {
  const fail = (path: string, message: string, rule?: string): ParseResult<Pack> => ({
    ok: false,
    errors: [{ path, message, ...(rule !== undefined ? { rule } : {}) } satisfies PackError],
  });
  if (!isObject(input)) return fail('', 'pack is not an object');
  if (input.format !== PACK_FORMAT) return fail('format', `must be ${PACK_FORMAT}`);
  if (!isString(input.id) || !isNumber(input.version)) return fail('id', 'id or version is missing');
  const t = input.thresholds;
  if (!isObject(t) || !isNumber(t.low) || !isNumber(t.medium) || !isNumber(t.high))
    return fail('thresholds', 'must have numbers low, medium and high');
  if (!Array.isArray(input.signals) || input.signals.length === 0) return fail('signals', 'must be a non-empty list');
  for (let i = 0; i < input.signals.length; i++) {
    const problem = signalProblem(input.signals[i]);
    const id = isObject(input.signals[i]) ? (input.signals[i] as Json).id : undefined;
    if (problem) return fail(`signals[${i}]`, problem, isString(id) ? id : undefined);
  }
  const combos = input.combos ?? [];
  if (!Array.isArray(combos)) return fail('combos', 'must be a list');
  for (let i = 0; i < combos.length; i++) {
    const problem = comboProblem(combos[i]);
    const id = isObject(combos[i]) ? (combos[i] as Json).id : undefined;
    if (problem) return fail(`combos[${i}]`, problem, isString(id) ? id : undefined);
  }
  const explanations = explanationsProblem(input.explanations);
  if (explanations) return fail('explanations', explanations);
  const sites = input.sites ?? {};
  if (!isObject(sites)) return fail('sites', 'must be an object');
  if (!Array.isArray(input.examples)) return fail('examples', 'must be a list');
  if (input.postingModel !== undefined) {
    const m = input.postingModel;
    if (!isObject(m) || !isObject(m.weights) || !isNumber(m.bias) || !isObject(m.calibration)) return fail('postingModel', 'is malformed');
  }
  // Same defaults as the schema (combos [], sites {}), so the result equals validatePack's output.
  return { ok: true, value: { ...input, combos, sites } as unknown as Pack };
}

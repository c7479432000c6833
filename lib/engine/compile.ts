/**
 * Compiles a validated pack into the matcher, once per context (issue 3 "Compile once per context").
 * Every literal term and every regex anchor of every language goes into ONE Aho–Corasick automaton over
 * the normalised matching view; a regex runs only in a window around an anchor the automaton found.
 */
import { PATTERN_FLAGS } from '../rules/pattern-flags';
import type { Pack, PackSignal } from '../rules/schema';
import type { CheckKind, EntityKind, FAMILIES, KINDS, RISKS } from '../rules/vocabulary';
import { Automaton } from './automaton';
import { CharClass, charClass } from './chars';
import { needsBoundary, normalize, normalizeTerm } from './normalize';
import type { Family, ItemKind, Risk } from './types';

// The pack vocabulary (lib/rules/vocabulary.ts) and the engine's types must name the same families, kinds
// and risks: adding one on either side fails to type-check here until the other side lists it too.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const vocabularyInStep: [
  Same<Family, (typeof FAMILIES)[number]>,
  Same<ItemKind, (typeof KINDS)[number]>,
  Same<Risk, (typeof RISKS)[number]>,
] = [true, true, true];
void vocabularyInStep;

export const KIND_POSTING = 1;
export const KIND_MESSAGE = 2;
const ALL_KINDS = KIND_POSTING | KIND_MESSAGE;

/** The kind bit of an item: postings, messages, or both when the kind is unknown. */
export function kindMaskOf(kind: unknown): number {
  if (kind === 'posting') return KIND_POSTING;
  if (kind === 'message') return KIND_MESSAGE;
  return ALL_KINDS;
}

/** Word-boundary rule on one side of a term (see docs/pack-format.md "Terms"). */
export const Boundary = {
  /** No boundary: unspaced scripts (Thai, Han…), Hangul's right side, or a "*" in the term. */
  None: 0,
  /** The neighbour must not be a letter of a spaced script (digits are fine: "500usdt"). */
  Letter: 1,
  /** The term ends in a digit: the neighbour must be neither a letter nor a digit. */
  Word: 2,
} as const;
export type Boundary = (typeof Boundary)[keyof typeof Boundary];

export interface CompiledSignal {
  id: string;
  family: Family;
  weight: number;
  explain: string;
  kinds: number;
  entity?: EntityKind;
  check?: CheckKind;
  /** A dampener (docs/pack-format.md "Dampeners"): score factor, and the signal indexes that cancel it. */
  dampen?: { factor: number; unless: number[] };
}

export interface CompiledPattern {
  signal: number;
  re: RegExp;
  window: number;
}

export interface CompiledCombo {
  id: string;
  family: Family;
  all: number[];
  any: number[];
  minAny: number;
  bonus: number;
  explain: string;
  kinds: number;
}

/** One automaton key: a literal term of a signal, or an anchor of a pattern. */
export interface AutomatonEntry {
  /** The key as the automaton sees it (matching view). */
  key: string;
  anchor: boolean;
  /** Signal index (term) or pattern index (anchor). */
  target: number;
  length: number;
  left: Boundary;
  right: Boundary;
}

export interface CompiledPack {
  readonly pack: Pack;
  readonly signals: readonly CompiledSignal[];
  readonly patterns: readonly CompiledPattern[];
  readonly combos: readonly CompiledCombo[];
  readonly entries: readonly AutomatonEntry[];
  readonly automaton: Automaton;
  /** Entity kinds some signal uses: the engine runs only these detectors. */
  readonly entityKinds: ReadonlySet<EntityKind>;
  /** Signal indexes per entity kind and per structural check. */
  readonly byEntity: ReadonlyMap<EntityKind, readonly number[]>;
  readonly byCheck: ReadonlyMap<CheckKind, readonly number[]>;
  readonly checkKinds: ReadonlySet<CheckKind>;
  /** Weight per signal id, to order a verdict's signals. */
  readonly weightOf: ReadonlyMap<string, number>;
  /** Milliseconds compile took (reported by bench). */
  readonly compileMs: number;
}

function kindsMask(kinds: readonly string[] | undefined): number {
  if (!kinds) return ALL_KINDS;
  return (kinds.includes('posting') ? KIND_POSTING : 0) | (kinds.includes('message') ? KIND_MESSAGE : 0);
}

function boundaryFor(c: number | undefined, side: 'left' | 'right', star: boolean): Boundary {
  if (star || c === undefined || !needsBoundary(c, side)) return Boundary.None;
  return charClass(c) === CharClass.Digit ? Boundary.Word : Boundary.Letter;
}

/**
 * Pack regexes run on the normalised text, so non-ASCII literals in them are normalised the same way
 * ("ё" → "е", "ấ" → "a", Arabic variants unified). ASCII is left alone: it is regex syntax.
 */
export function foldPatternSource(source: string): string {
  return source.replace(/[\u0080-\uffff]+/g, (run) => normalize(run).text);
}

/** Adds a signal's literal terms to the automaton (each normalised term once); returns how many terms it read. */
function addTerms(terms: PackSignal['terms'], si: number, automaton: Automaton, entries: AutomatonEntry[]): number {
  if (!terms) return 0;
  let read = 0;
  const seen = new Set<string>();
  for (const list of Object.values(terms)) {
    read += list.length;
    for (const raw of list) {
      const leftStar = raw.startsWith('*');
      const rightStar = raw.length > 1 && raw.endsWith('*');
      const { text, match } = normalizeTerm(leftStar || rightStar ? raw.slice(leftStar ? 1 : 0, rightStar ? -1 : undefined) : raw);
      if (!match) continue;
      const key = leftStar || rightStar ? `${leftStar ? '*' : ''}${match}${rightStar ? '*' : ''}` : match;
      if (seen.has(key)) continue; // the same term in two languages
      seen.add(key);
      automaton.add(match, entries.length);
      entries.push({
        key: match,
        anchor: false,
        target: si,
        length: match.length,
        left: boundaryFor(text.charCodeAt(0), 'left', leftStar),
        right: boundaryFor(text.charCodeAt(text.length - 1), 'right', rightStar),
      });
    }
  }
  return read;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Terms normalised (whole signals at a time) between two points where a sliced compile may pause. */
const TERMS_PER_STEP = 128;

/**
 * The compile, as steps: it yields every TERMS_PER_STEP terms, so that compilePackInSlices can give the
 * page back its main thread between slices. compilePack runs the same steps in one go.
 */
function* compileSteps(pack: Pack): Generator<void, Omit<CompiledPack, 'compileMs'>, void> {
  const automaton = new Automaton();
  const entries: AutomatonEntry[] = [];
  const signals: CompiledSignal[] = [];
  const patterns: CompiledPattern[] = [];
  const byEntity = new Map<EntityKind, number[]>();
  const byCheck = new Map<CheckKind, number[]>();
  const signalIndex = new Map<string, number>();
  let sinceYield = 0;

  for (let si = 0; si < pack.signals.length; si++) {
    const s = pack.signals[si]!;
    const compiled: CompiledSignal = { id: s.id, family: s.family, weight: s.weight, explain: s.explain, kinds: kindsMask(s.kinds) };
    if (s.entity) {
      compiled.entity = s.entity;
      byEntity.set(s.entity, [...(byEntity.get(s.entity) ?? []), si]);
    }
    if (s.check) {
      compiled.check = s.check;
      byCheck.set(s.check, [...(byCheck.get(s.check) ?? []), si]);
    }
    signals.push(compiled);
    signalIndex.set(s.id, si);
    // The work per term is in a plain function: V8 does not optimise a loop inside a generator while it
    // runs (no on-stack replacement there), and this loop is most of a cold compile.
    sinceYield += addTerms(s.terms, si, automaton, entries);
    if (sinceYield >= TERMS_PER_STEP) {
      sinceYield = 0;
      yield;
    }
    for (const p of s.patterns ?? []) {
      const pi = patterns.length;
      patterns.push({ signal: si, re: new RegExp(foldPatternSource(p.re), PATTERN_FLAGS), window: p.window ?? 120 });
      for (const a of p.anchors) {
        const { match } = normalizeTerm(a);
        if (!match) continue;
        automaton.add(match, entries.length);
        entries.push({ key: match, anchor: true, target: pi, length: match.length, left: Boundary.None, right: Boundary.None });
      }
    }
  }
  // Dampeners name their cancelling signals by id; every index is known only now.
  pack.signals.forEach((s, si) => {
    if (!s.dampen) return;
    const unless = (s.dampen.unless ?? []).map((id) => signalIndex.get(id)).filter((i): i is number => i !== undefined);
    signals[si]!.dampen = { factor: s.dampen.factor, unless };
  });
  yield;
  automaton.build();

  const combos: CompiledCombo[] = pack.combos.map((c) => {
    const family = c.family ?? (c.id.slice(0, c.id.indexOf('.')) as Family);
    const idx = (ids: readonly string[] | undefined) =>
      (ids ?? []).map((id) => signalIndex.get(id)).filter((i): i is number => i !== undefined);
    return {
      id: c.id,
      family,
      all: idx(c.all),
      any: idx(c.any),
      minAny: c.any?.length ? (c.minAny ?? 1) : 0,
      bonus: c.bonus,
      explain: c.explain,
      kinds: kindsMask(c.kinds),
    };
  });

  return {
    pack,
    signals,
    patterns,
    combos,
    entries,
    automaton,
    entityKinds: new Set(byEntity.keys()),
    byEntity,
    byCheck,
    checkKinds: new Set(byCheck.keys()),
    weightOf: new Map(signals.map((s) => [s.id, s.weight])),
  };
}

/** Compiles a pack in one go (Node, the popup, tests, a pack the page already waited for). */
export function compilePack(pack: Pack): CompiledPack {
  const t0 = now();
  const steps = compileSteps(pack);
  for (;;) {
    const r = steps.next();
    if (r.done) return { ...r.value, compileMs: now() - t0 };
  }
}

/**
 * Compiles a pack in slices of about `sliceMs` of main-thread time, awaiting `pause()` between them: the
 * content script compiles at page start, where one long task (> 50 ms, issue 4 "Performance") would be
 * felt on a slow device. compileMs is the main-thread time, pauses excluded.
 */
export async function compilePackInSlices(pack: Pack, pause: () => Promise<void>, sliceMs = 10): Promise<CompiledPack> {
  const steps = compileSteps(pack);
  let busy = 0;
  let t0 = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return { ...r.value, compileMs: busy + (now() - t0) };
    const elapsed = now() - t0;
    if (elapsed >= sliceMs) {
      busy += elapsed;
      await pause();
      t0 = now();
    }
  }
}

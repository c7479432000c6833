/**
 * A compiled-pack snapshot: the background compiles a pack once and stores the result in storage.local;
 * a content script restores it at page start instead of compiling the pack again in every tab (the
 * first compile of the full pack costs a fresh process ~60 ms of cold code; README "Performance"). The
 * idea is uBlock Origin's "selfie" of its compiled filter lists, and ARCHITECTURE.md's rule that
 * compiled data carries a version.
 *
 * What is stored is what the compile spends its time on: the automaton entries (the normalised terms and
 * anchors with their boundary rules), the automaton's trie arrays, and the regex sources as folded by the
 * normaliser. Signals, combos and the lookup maps are rebuilt from the pack, which the content script
 * reads anyway: that is the compile itself run on the pack without its terms and patterns, so those
 * tables cannot drift from compilePack.
 *
 * A snapshot is used only when it is for this pack (id, version, and a hash of every term and anchor in
 * compile order), for this engine (SNAPSHOT_FORMAT, bumped by hand when compile or the automaton
 * changes what they produce, and a hash of the normaliser's output on a probe text, which changes with
 * the folding tables), and intact (array lengths and trie structure checked, and a checksum over the
 * arrays). Anything else gives null and the caller compiles as before: a snapshot can make start-up
 * faster, never a verdict different.
 *
 * Pure TS (no browser API): storage is the caller's business. A snapshot is plain JSON, typed arrays as
 * base64 strings. Measured on the full pack's arrays (cold, fresh Node process): arrays of numbers cost
 * ~4–5 ms of JSON.parse plus the copy into typed arrays; base64 costs ~0.2 ms where the engine has
 * Uint8Array.fromBase64 (the Chromium 150 of our tests has it; Firefox since 133) and ~6–11 ms
 * through atob (Node 20, which `npm run bench` uses). Base64 also reaches a page as two strings, not as
 * ~250,000 numbers that storage would convert one by one.
 */

import { PATTERN_FLAGS } from '../rules/pattern-flags';
import type { Pack } from '../rules/schema';
import { Automaton } from './automaton';
import { type AutomatonEntry, Boundary, type CompiledPack, type CompiledPattern, compilePack } from './compile';
import { normalizeTerm } from './normalize';

/** Bump whenever compile.ts or automaton.ts change the entries or the trie they build for the same pack. */
export const SNAPSHOT_FORMAT = 1;

export interface Snapshot {
  format: number;
  /** engineFingerprint() of the engine that wrote it. */
  engine: string;
  pack: { id: string; version: number; hash: string };
  /** Automaton entries (ids in order) and trie sizes. */
  counts: { entries: number; nodes: number; outputs: number };
  /** Every entry's key, concatenated; entry i's is `length[i]` code units long. */
  keys: string;
  /**
   * Base64 of one Int32Array (little-endian, as typed arrays are on every supported platform):
   * per entry its target (signal index for a term, pattern index for an anchor), then per entry its key
   * length, then per entry its flags (anchor bit 0, left boundary bits 1–2, right boundary bits 3–4),
   * then Automaton.toArrays' childCount (per node), outStart (per node, plus one) and outIds (per output).
   * One buffer: one decode, and one monomorphic checksum loop, which cold code runs much faster than
   * seven loops over arrays of two types.
   */
  ints: string;
  /** Base64 of Automaton.toArrays' label (Uint16 per node). */
  label: string;
  /**
   * Every pattern's regex source as compiled (folded by the normaliser: compile.ts foldPatternSource),
   * in compile order. Folding is most of the cost of compiling the regexes (12 ms of 15 in cold code for
   * 366 regexes); building them from the folded sources is not.
   */
  patterns: string[];
  /** fnv1a over ints, label, keys and the pattern sources. */
  checksum: string;
}

// FNV-1a, 32 bits: a cheap, well-spread hash to tell packs and arrays apart (not a security check: the
// snapshot sits next to the pack in the extension's own storage, which only the extension writes).
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  // A separator, so that ["ab", "c"] and ["a", "bc"] differ.
  return Math.imul(h ^ 0xffff, FNV_PRIME);
}

const hex = (h: number): string => (h >>> 0).toString(16).padStart(8, '0');

/**
 * Hash of everything in a pack that the snapshot stands for: id, version, and every term and anchor in
 * the order compile reads them. Signals, regexes and combos are rebuilt from the pack itself on restore.
 */
export function packHash(pack: Pack): string {
  let h = hashString(hashString(FNV_OFFSET, pack.id), String(pack.version));
  for (const s of pack.signals) {
    h = hashString(h, s.id);
    if (s.terms) {
      for (const [lang, list] of Object.entries(s.terms)) {
        h = hashString(h, lang);
        for (const t of list) h = hashString(h, t);
      }
    }
    for (const p of s.patterns ?? []) {
      h = hashString(h, p.re);
      for (const a of p.anchors) h = hashString(h, a);
    }
  }
  return hex(h);
}

/**
 * Characters from the scripts and folds the packs use (Latin diacritics, ß, Turkish İ, Cyrillic ё,
 * Greek, Arabic and Persian variants, fullwidth forms, Thai, Han, Hangul, quotes, digits): a change to
 * the normaliser's tables changes how terms are normalised, so it must invalidate stored entries.
 */
const PROBE = 'Ёлка ÉCOLE Straße İstanbul ǅ æœøłđ Ωμέγα ﻻ يكى ک ی ة أإآ ＵＳＤＴ１２ ไทย ที่ 中文工作 한국어 ‘’“”–—… x́ 𝐁';

let fingerprint: string | undefined;

/** SNAPSHOT_FORMAT and the normaliser's output on PROBE. */
export function engineFingerprint(): string {
  if (fingerprint === undefined) {
    const { text, match } = normalizeTerm(PROBE);
    fingerprint = `${SNAPSHOT_FORMAT}:${hex(hashString(hashString(FNV_OFFSET, text), match))}`;
  }
  return fingerprint;
}

function toBase64(a: Uint16Array | Int32Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let out = '';
  // btoa takes a "binary string"; built in chunks to keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

type FromBase64 = (s: string) => Uint8Array;

/** Bytes of a base64 string (natively where the engine has Uint8Array.fromBase64), or null if it is not base64. */
function bytesOf(s: unknown): Uint8Array | null {
  if (typeof s !== 'string') return null;
  const native = (Uint8Array as unknown as { fromBase64?: FromBase64 }).fromBase64;
  if (native) return native(s);
  // Node 20 and browsers before 2025. atob and a copy loop measured faster in cold code than a
  // table decode straight from the string (tools/cli/first-compile.ts); it throws on what is not base64.
  const bin = atob(s);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function hashInt32(h: number, a: Int32Array): number {
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i]!, FNV_PRIME);
  return Math.imul(h ^ a.length, FNV_PRIME);
}

function hashUint16(h: number, a: Uint16Array): number {
  for (let i = 0; i < a.length; i++) h = Math.imul(h ^ a[i]!, FNV_PRIME);
  return Math.imul(h ^ a.length, FNV_PRIME);
}

function checksumOf(ints: Int32Array, label: Uint16Array, keys: string, patterns: readonly string[]): string {
  let h = hashString(hashUint16(hashInt32(FNV_OFFSET, ints), label), keys);
  for (const p of patterns) h = hashString(h, p);
  return hex(h);
}

/** The snapshot of a compiled pack (in the background, after compilePack). */
export function snapshotOf(compiled: CompiledPack): Snapshot {
  const { entries } = compiled;
  const a = compiled.automaton.toArrays();
  const m = entries.length;
  const n = a.label.length;
  const ints = new Int32Array(3 * m + 2 * n + 1 + a.outIds.length);
  let keys = '';
  for (let i = 0; i < m; i++) {
    const e = entries[i]!;
    ints[i] = e.target;
    ints[m + i] = e.key.length;
    ints[2 * m + i] = (e.anchor ? 1 : 0) | (e.left << 1) | (e.right << 3);
    keys += e.key;
  }
  ints.set(a.childCount, 3 * m);
  ints.set(a.outStart, 3 * m + n);
  ints.set(a.outIds, 3 * m + 2 * n + 1);
  return {
    format: SNAPSHOT_FORMAT,
    engine: engineFingerprint(),
    pack: { id: compiled.pack.id, version: compiled.pack.version, hash: packHash(compiled.pack) },
    counts: { entries: m, nodes: n, outputs: a.outIds.length },
    keys,
    ints: toBase64(ints),
    label: toBase64(a.label),
    patterns: compiled.patterns.map((p) => p.re.source),
    checksum: checksumOf(
      ints,
      a.label,
      keys,
      compiled.patterns.map((p) => p.re.source),
    ),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Whether `snapshot` claims to be one of this pack by this engine (its header only: the background uses
 * it to tell whether a stored snapshot needs rewriting; restoreCompiled checks the rest).
 */
export function snapshotMatches(pack: Pack, snapshot: unknown): boolean {
  if (!isObject(snapshot) || snapshot.format !== SNAPSHOT_FORMAT || snapshot.engine !== engineFingerprint()) return false;
  const id = snapshot.pack;
  return isObject(id) && id.id === pack.id && id.version === pack.version && id.hash === packHash(pack);
}
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x1000000;
const BOUNDARIES: readonly number[] = Object.values(Boundary);

/**
 * The pack without what the snapshot holds (terms; patterns, rebuilt by patternsOf): compiling it builds
 * the signals, combos and maps exactly as compilePack does, at a small part of the cost.
 */
function withoutKeys(pack: Pack): Pack {
  return { ...pack, signals: pack.signals.map(({ terms: _terms, patterns: _patterns, ...s }) => s) };
}

/**
 * The compiled patterns from their stored (folded) sources, in compile order: signal by signal, each
 * signal's patterns in turn, window 120 by default (as compile.ts does; snapshot.test.ts compares the
 * two). Null when the counts disagree; a source that is not a regex throws, and the restore gives null.
 */
function patternsOf(pack: Pack, sources: readonly unknown[]): CompiledPattern[] | null {
  const patterns: CompiledPattern[] = [];
  for (let si = 0; si < pack.signals.length; si++) {
    for (const p of pack.signals[si]!.patterns ?? []) {
      const source = sources[patterns.length];
      if (typeof source !== 'string') return null;
      patterns.push({ signal: si, re: new RegExp(source, PATTERN_FLAGS), window: p.window ?? 120 });
    }
  }
  return patterns.length === sources.length ? patterns : null;
}

/**
 * The automaton entries from the snapshot's arrays, or null if one is out of range. A plain function:
 * V8 does not optimise a loop inside a generator while it runs (compile.ts says the same of its terms).
 */
function entriesOf(ints: Int32Array, keys: string, m: number, signalCount: number, patternCount: number): AutomatonEntry[] | null {
  const entries: AutomatonEntry[] = new Array(m);
  let at = 0;
  for (let i = 0; i < m; i++) {
    const t = ints[i]!;
    const len = ints[m + i]!;
    const f = ints[2 * m + i]!;
    const anchor = (f & 1) === 1;
    const left = (f >> 1) & 3;
    const right = (f >> 3) & 3;
    if (len < 1 || at + len > keys.length || f >> 5 !== 0 || !BOUNDARIES.includes(left) || !BOUNDARIES.includes(right)) return null;
    if (t < 0 || t >= (anchor ? patternCount : signalCount)) return null;
    entries[i] = { key: keys.slice(at, at + len), anchor, target: t, length: len, left: left as Boundary, right: right as Boundary };
    at += len;
  }
  return at === keys.length ? entries : null;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The restore, as steps of a few milliseconds each in cold code (header and pack hash; decode and
 * checksum; signals, regexes and combos; entries and trie): restoreCompiledInSlices gives the page its
 * main thread back between them, as the compile does (issue 4: no long task). Returns null at the first
 * thing that does not fit.
 */
function* restoreSteps(pack: Pack, snapshot: unknown): Generator<void, Omit<CompiledPack, 'compileMs'> | null, void> {
  if (!isObject(snapshot) || !snapshotMatches(pack, snapshot)) return null;
  const counts = snapshot.counts;
  const keys = snapshot.keys;
  if (!isObject(counts) || !isCount(counts.entries) || !isCount(counts.nodes) || !isCount(counts.outputs) || typeof keys !== 'string')
    return null;
  yield;
  const m = counts.entries;
  const n = counts.nodes;
  const k = counts.outputs;
  const intBytes = bytesOf(snapshot.ints);
  const labelBytes = bytesOf(snapshot.label);
  if (!intBytes || !labelBytes || intBytes.byteLength !== (3 * m + 2 * n + 1 + k) * 4 || labelBytes.byteLength !== n * 2) return null;
  // Fresh buffers from the decoder start at offset 0, so these views are aligned.
  const ints = new Int32Array(intBytes.buffer, intBytes.byteOffset, intBytes.byteLength / 4);
  const label = new Uint16Array(labelBytes.buffer, labelBytes.byteOffset, n);
  const sources = snapshot.patterns;
  if (!Array.isArray(sources) || !sources.every((p) => typeof p === 'string')) return null;
  if (snapshot.checksum !== checksumOf(ints, label, keys, sources)) return null;
  yield;

  const tables = compilePack(withoutKeys(pack));
  const patterns = patternsOf(pack, sources);
  if (!patterns) return null;
  yield;

  const entries = entriesOf(ints, keys, m, tables.signals.length, patterns.length);
  if (!entries) return null;
  const automaton = Automaton.fromArrays(
    {
      label,
      childCount: ints.subarray(3 * m, 3 * m + n),
      outStart: ints.subarray(3 * m + n, 3 * m + 2 * n + 1),
      outIds: ints.subarray(3 * m + 2 * n + 1),
    },
    m,
  );
  if (!automaton) return null;
  return { ...tables, pack, patterns, entries, automaton };
}

/**
 * The compiled pack from its snapshot, or null when `snapshot` is not a sound snapshot of this very pack
 * made by this engine (see the file comment). Never throws. compileMs is the restore's time.
 */
export function restoreCompiled(pack: Pack, snapshot: unknown): CompiledPack | null {
  const t0 = now();
  try {
    const steps = restoreSteps(pack, snapshot);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value ? { ...r.value, compileMs: now() - t0 } : null;
    }
  } catch {
    // A string that is not base64, or anything else unexpected in a damaged value.
    return null;
  }
}

/**
 * restoreCompiled in slices of about `sliceMs` of main-thread time, awaiting `pause()` between them (as
 * compilePackInSlices does): what a content script runs at page start. compileMs is the main-thread
 * time, pauses excluded.
 */
export async function restoreCompiledInSlices(
  pack: Pack,
  snapshot: unknown,
  pause: () => Promise<void>,
  sliceMs = 10,
): Promise<CompiledPack | null> {
  let busy = 0;
  let t0 = now();
  try {
    const steps = restoreSteps(pack, snapshot);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value ? { ...r.value, compileMs: busy + (now() - t0) } : null;
      const elapsed = now() - t0;
      if (elapsed >= sliceMs) {
        busy += elapsed;
        await pause();
        t0 = now();
      }
    }
  } catch {
    return null;
  }
}

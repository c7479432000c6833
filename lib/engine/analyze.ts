/**
 * analyze(item, pack) → Verdict: the engine's single entry point (../shared/ARCHITECTURE.md). Pure and
 * synchronous; no DOM, no browser APIs. It never throws: a page can hand it anything.
 */

import { runChecks } from './checks';
import { firedCombos } from './combos';
import { type CompiledPack, KIND_POSTING, kindMaskOf } from './compile';
import { detectEntities } from './entities/registry';
import { explainKeys } from './explain';
import { matchPack } from './match';
import { normalize, toOriginal } from './normalize';
import { runPostingModel } from './posting-model';
import { type Sensitivity, scoreVerdict } from './score';
import type { Item, SignalHit, Span, Verdict } from './types';

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
}

/**
 * Text beyond this many UTF-16 units is not read: no real posting or message is that long, and the
 * content script must stay responsive on a 10 MB paste.
 */
export const MAX_TEXT = 200_000;
/** Links beyond this count are not read (a page can attach thousands). */
const MAX_LINKS = 50;
/** Spans kept per signal: enough to show the evidence, bounded for huge inputs. */
const MAX_SPANS = 8;

const EMPTY: Verdict = { risk: 'none', score: 0, signals: [] };

interface Fired {
  spans: Span[];
  evidence: string[];
}

/** The engine proper; throws on internal bugs (tests call it directly so bugs surface). */
export function analyzeUnsafe(item: Item, pack: CompiledPack, opts: AnalyzeOptions = {}): Verdict {
  return analyzeWith(matchPack, item, pack, opts);
}

/**
 * The engine with a given matcher. Only tools/bench.ts passes another one: the naive per-pattern RegExp
 * loop that the automaton is measured against, over the same normalisation, entities and scoring.
 */
export function analyzeWith(matcher: typeof matchPack, item: Item, pack: CompiledPack, opts: AnalyzeOptions = {}): Verdict {
  const raw = typeof item?.text === 'string' ? item.text : '';
  const text = raw.length > MAX_TEXT ? raw.slice(0, MAX_TEXT) : raw;
  const kindMask = kindMaskOf(item?.kind);
  const fired = new Map<number, Fired>();
  const fire = (signal: number, span: Span | undefined, evidence: string) => {
    let f = fired.get(signal);
    if (!f) {
      f = { spans: [], evidence: [] };
      fired.set(signal, f);
    }
    if (f.evidence.length >= MAX_SPANS) return;
    if (span) {
      if (f.spans.some((s) => s.start === span.start && s.end === span.end)) return;
      f.spans.push(span);
      f.evidence.push(evidence);
    } else if (!f.evidence.includes(evidence)) f.evidence.push(evidence);
  };

  const n = normalize(text);
  matcher(pack, n, kindMask, (signal, s, e) => {
    const span = toOriginal(n, s, e);
    if (span.end > span.start) fire(signal, span, text.slice(span.start, span.end));
  });

  if (pack.entityKinds.size) {
    const inputs = [{ original: text, n, isLink: false }];
    const links = Array.isArray(item?.links) ? item.links.slice(0, MAX_LINKS) : [];
    for (const link of links)
      if (typeof link === 'string' && link.length <= 2000) inputs.push({ original: link, n: normalize(link), isLink: true });
    for (const input of inputs) {
      for (const hit of detectEntities(input, pack.entityKinds)) {
        for (const si of pack.byEntity.get(hit.kind) ?? []) {
          if (!(pack.signals[si]!.kinds & kindMask)) continue;
          fire(si, hit.start >= 0 ? { start: hit.start, end: hit.end } : undefined, hit.evidence);
        }
      }
    }
  }

  if (item?.fields && typeof item.fields === 'object' && pack.byCheck.size && kindMask & KIND_POSTING) {
    for (const hit of runChecks(item.fields, pack.checkKinds)) {
      for (const si of pack.byCheck.get(hit.check) ?? []) fire(si, undefined, hit.evidence);
    }
  }

  // The pack's posting model rates long job ads by their wording (lib/engine/posting-model.ts).
  const model = pack.pack.postingModel;
  if (model && kindMask & KIND_POSTING && (pack.byCheck.has('posting-model') || pack.byCheck.has('posting-model-strong'))) {
    const kind = item?.kind === 'posting' || item?.kind === 'message' ? item.kind : undefined;
    const fields = item?.fields && typeof item.fields === 'object' ? item.fields : undefined;
    for (const hit of runPostingModel(model, n, text, kind, fields)) {
      for (const si of pack.byCheck.get(hit.check) ?? []) {
        if (!(pack.signals[si]!.kinds & kindMask)) continue;
        for (const e of hit.evidence) fire(si, e.span, e.text);
        if (hit.evidence.length === 0) fire(si, undefined, 'the wording of the posting');
      }
    }
  }

  if (fired.size === 0) return { ...EMPTY, signals: [] };

  const hits: SignalHit[] = [];
  const firedSignals: Array<{ family: SignalHit['family']; weight: number }> = [];
  // Dampeners (an awareness framing such as "Police warning: never send…") are not evidence: they add no
  // weight, are never listed, and scale the final score once, by the strongest one whose "unless" signals
  // (a concrete contact) are all absent (docs/pack-format.md "Dampeners").
  let dampen = 1;
  for (const [si, f] of fired) {
    const s = pack.signals[si]!;
    if (s.dampen) {
      const d = s.dampen;
      if (!d.unless.some((u) => fired.has(u))) dampen = Math.min(dampen, d.factor);
      continue;
    }
    firedSignals.push({ family: s.family, weight: s.weight });
    hits.push({ id: s.id, family: s.family, spans: f.spans, evidence: f.evidence, explain: explainKeys(s.explain) });
  }
  const comboHits: SignalHit[] = [];
  const bonuses: number[] = [];
  for (const c of firedCombos(pack, fired, kindMask)) {
    bonuses.push(c.bonus);
    comboHits.push({ id: c.id, family: c.family, spans: [], evidence: [], explain: explainKeys(c.explain) });
  }
  if (hits.length === 0) return { ...EMPTY, signals: [] };
  const { score, risk } = scoreVerdict({ signals: firedSignals, comboBonuses: bonuses, dampen }, pack.pack.thresholds, opts.sensitivity);
  hits.sort((a, b) => (pack.weightOf.get(b.id) ?? 0) - (pack.weightOf.get(a.id) ?? 0));
  return { risk, score, signals: [...comboHits, ...hits] };
}

/** Never throws: on an internal error the verdict is "none" (the page must keep working). */
export function analyze(item: Item, pack: CompiledPack, opts: AnalyzeOptions = {}): Verdict {
  try {
    return analyzeUnsafe(item, pack, opts);
  } catch {
    return { ...EMPTY, signals: [] };
  }
}

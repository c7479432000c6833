/**
 * Turns an item's text and a signal's evidence into short quoted excerpts with the evidence marked.
 * Spans index the ORIGINAL item text (lib/engine/types.ts, Span); a span outside the text we hold
 * (the content script may have trimmed it) is skipped rather than trusted, and then the evidence
 * strings themselves are looked up or quoted alone.
 */
import type { Span } from '@/lib/engine/types';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Text was cut before / after this excerpt (render an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export interface ExcerptOptions {
  /** Characters of context kept on each side of the evidence. */
  context?: number;
  /** At most this many excerpts per signal, so one signal cannot fill the popup. */
  max?: number;
}

/** Sorted, merged, in-range spans. */
export function normalizeSpans(spans: readonly Span[], length: number): Span[] {
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= length)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of valid) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push(s);
  }
  return merged;
}

/** Spans for evidence strings found in the text (case-insensitive), used when the engine gave none. */
export function spansFromEvidence(text: string, evidence: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  for (const e of evidence) {
    const needle = e.trim().toLowerCase();
    if (!needle) continue;
    const at = lower.indexOf(needle);
    // toLowerCase can change length for a few characters (e.g. "İ"); only trust an exact-length match.
    if (at >= 0 && text.slice(at, at + needle.length).toLowerCase() === needle) out.push({ start: at, end: at + needle.length });
  }
  return out;
}

const SPACE = /\s/;

/** Moves a cut point to a nearby space so words are not split; scripts without spaces keep the cut. */
function snap(text: string, at: number, direction: 1 | -1, limit = 12): number {
  for (let i = 0; i <= limit; i++) {
    const j = at + i * direction;
    if (j <= 0 || j >= text.length) return Math.max(0, Math.min(text.length, j));
    if (SPACE.test(text[j] ?? '')) return direction === 1 ? j + 1 : j;
  }
  return at;
}

export function excerpts(text: string, spans: readonly Span[], evidence: readonly string[], options: ExcerptOptions = {}): Excerpt[] {
  const context = options.context ?? 60;
  const max = options.max ?? 3;
  let marks = normalizeSpans(spans, text.length);
  // A span must cover text that looks like its evidence; otherwise the text we hold is not the one analysed.
  if (marks.length === 0) marks = normalizeSpans(spansFromEvidence(text, evidence), text.length);
  if (marks.length === 0) {
    return evidence
      .filter((e) => e.trim())
      .slice(0, max)
      .map((e) => ({ parts: [{ text: e.trim(), mark: true }], cutBefore: false, cutAfter: false }));
  }
  // Group marks whose context windows overlap into one excerpt.
  const groups: Span[][] = [];
  for (const m of marks) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group && last && m.start - last.end <= context * 2) group.push(m);
    else groups.push([m]);
  }
  return groups.slice(0, max).map((group) => {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    const from = first.start - context <= 0 ? 0 : snap(text, first.start - context, 1);
    const to = last.end + context >= text.length ? text.length : snap(text, last.end + context, -1);
    const start = Math.min(from, first.start);
    const end = Math.max(to, last.end);
    const parts: ExcerptPart[] = [];
    let at = start;
    for (const m of group) {
      if (m.start > at) parts.push({ text: text.slice(at, m.start), mark: false });
      parts.push({ text: text.slice(m.start, m.end), mark: true });
      at = m.end;
    }
    if (end > at) parts.push({ text: text.slice(at, end), mark: false });
    return { parts, cutBefore: start > 0, cutAfter: end < text.length };
  });
}

/**
 * Runs a compiled pack's literal terms and anchored regexes over a normalised text: one Aho–Corasick
 * pass over the matching view; a pattern's regex runs only inside windows around the anchors found.
 */

import { CharClass, charClass } from './chars';
import { Boundary, type CompiledPack } from './compile';
import type { Normalized } from './normalize';

/** A match in the normalised text: signal index and [start, end). */
export type OnMatch = (signal: number, start: number, end: number) => void;

/** Whether the character at `at` breaks a term's word boundary of kind `rule`. */
export function blocked(text: string, at: number, rule: Boundary): boolean {
  if (rule === Boundary.None || at < 0 || at >= text.length) return false;
  const k = charClass(text.charCodeAt(at));
  return k === CharClass.SpacedLetter || (rule === Boundary.Word && k === CharClass.Digit);
}

/** Regex runs per text are capped so that a text full of anchors cannot cost more than this. */
const MAX_WINDOWS_PER_PATTERN = 64;

export function matchPack(pack: CompiledPack, n: Normalized, kindMask: number, onMatch: OnMatch): void {
  const { entries, signals, patterns } = pack;
  const text = n.text;
  const windows = new Map<number, Array<[number, number]>>();
  pack.automaton.scan(n.match, (id, end) => {
    const e = entries[id]!;
    const start = end - e.length;
    if (blocked(text, start - 1, e.left) || blocked(text, end, e.right)) return;
    if (!e.anchor) {
      if (signals[e.target]!.kinds & kindMask) onMatch(e.target, start, end);
      return;
    }
    const p = patterns[e.target]!;
    if (!(signals[p.signal]!.kinds & kindMask)) return;
    const ws = Math.max(0, start - p.window);
    const we = Math.min(text.length, end + p.window);
    const list = windows.get(e.target);
    if (!list) windows.set(e.target, [[ws, we]]);
    else {
      const last = list[list.length - 1]!;
      if (ws <= last[1]) last[1] = Math.max(last[1], we);
      else if (list.length < MAX_WINDOWS_PER_PATTERN) list.push([ws, we]);
    }
  });
  for (const [pi, list] of windows) {
    const p = patterns[pi]!;
    for (const [ws, we] of list) {
      const slice = text.slice(ws, we);
      p.re.lastIndex = 0;
      for (;;) {
        const m = p.re.exec(slice);
        if (!m) break;
        if (m[0].length === 0) {
          p.re.lastIndex++;
          continue;
        }
        onMatch(p.signal, ws + m.index, ws + m.index + m[0].length);
      }
    }
  }
}

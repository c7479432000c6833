/**
 * The compiled pack as a web page keeps it: without the pack's term lists, pattern sources and self-test
 * examples. Compiling (or restoring a snapshot) needs them; afterwards nothing on a page reads them: the
 * automaton and the compiled regexes carry the terms, and only the background and the tools compile,
 * self-test or snapshot a pack. With 37 detection languages they are ~2 MB of every tab's content-script
 * heap (measured in Node: 6.4 → 4.3 MB for the compiled pack; README "Performance"), which issue 4 caps at 10 MB.
 */
import type { CompiledPack } from './compile';

export function forPage(compiled: CompiledPack): CompiledPack {
  const { pack } = compiled;
  const signals = pack.signals.map(({ terms: _terms, patterns: _patterns, ...signal }) => signal);
  return { ...compiled, pack: { ...pack, signals, examples: [] } };
}

/**
 * lib/engine public API, the page-side entry (content script, popup) as well as Node's:
 * - analyze(item, compiledPack, {sensitivity}) → Verdict;
 * - compilePack(pack): build the matcher once per context (≤ 30 ms for the core pack);
 * - compilePackInSlices / bundledPackInSlices: the same, yielding the main thread between ~10 ms slices;
 * - bundledPack(): public/rules/core.json, shape-checked and compiled once;
 * - selfTest(compiled): the pack's own examples, run through the engine; errors as data;
 * - explanationFor(pack, key, lang): the words behind a verdict's explanation keys.
 * Pure TypeScript, no DOM. It reads packs through lib/rules' types and never pulls in its validation
 * (its valibot pack schema, redos-detector): validating untrusted packs is lib/rules' entry, for the
 * background and tools.
 */
export { type AnalyzeOptions, analyze } from './analyze';
export { bundledPack, bundledPackInSlices } from './bundled';
export { type CompiledPack, compilePack, compilePackInSlices } from './compile';
export { explainKeys, explanationFor } from './explain';
export { normalize } from './normalize';
export type { Sensitivity } from './score';
export { selfTest } from './self-test';
export * from './types';

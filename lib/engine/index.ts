/**
 * lib/engine public API: analyze(item, compiledPack, {sensitivity}) → Verdict, and explanation lookup.
 * Pure TypeScript: runs in Node (tools/scan), the popup and the content script.
 */
export { type AnalyzeOptions, analyze } from './analyze';
export { explainKeys, explanationFor } from './explain';
export { normalize } from './normalize';
export type { Sensitivity } from './score';
export * from './types';

/**
 * lib/rules public API.
 * - parsePackText(text): parse + validate a pack from JSON text (errors carry rule, path and line).
 * - validatePack(json): validate an already-parsed value.
 * - compilePack(pack): build the matcher once per context (≤ 30 ms for the core pack).
 * - selfTest(compiled): the pack's own examples, run through the engine; errors as data.
 * - bundledPack(): the pack shipped in public/rules/core.json, validated and compiled once.
 */
export { bundledPack } from './bundled';
export type { CompiledPack } from './compile';
export { compilePack } from './compile';
export { explanationFor } from './explain';
export { parsePackText } from './parse';
export type { Explanation, Pack } from './schema';
export { PACK_FORMAT } from './schema';
export { selfTest } from './self-test';
export type { PackError, ParseResult } from './types';
export { validatePack } from './validate';
export type { CheckKind, EntityKind } from './vocabulary';

/**
 * lib/rules public API: the pack format and its FULL validation, for packs that are not yet trusted
 * (feeds, files, the CLI, tests). The background and tools use it; content scripts do not (it brings
 * the valibot pack schema and redos-detector): they read trusted packs with checkTrustedPack (./trusted)
 * and compile them with lib/engine.
 * - parsePackText(text): parse + validate a pack from JSON text (errors carry rule, path and line).
 * - validatePack(json): validate an already-parsed value.
 * - checkTrustedPack(json): the cheap shape check for packs validated before (bundled, activated).
 * Compiling, self-testing and explanation texts live in lib/engine (lib/rules never imports the engine).
 */
export { parsePackText } from './parse';
export type { Explanation, Pack } from './schema';
export { PACK_FORMAT } from './schema';
export { checkTrustedPack } from './trusted';
export type { PackError, ParseResult } from './types';
export { validatePack } from './validate';
export type { CheckKind, EntityKind } from './vocabulary';

/**
 * lib/rules public API (STUB signatures; implemented by the engine work of issue 3).
 * - parsePackText(text): parse + validate a pack from JSON text (errors carry line numbers).
 * - validatePack(json): validate an already-parsed value.
 * - compilePack(pack): build the matcher once per context (≤ 30 ms for the core pack).
 * - bundledPack(): the pack shipped in public/rules/core.json, validated and compiled once.
 */
export type { PackError, ParseResult } from './types';

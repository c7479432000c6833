/**
 * The feed side's view of lib/rules: parse + validate (schema, format, regex compile and ReDoS),
 * compile, self-test, and the bundled pack that is the floor. Kept in one place so the feed code
 * depends on a few names only.
 */
import { bundledPack, compilePack, selfTest } from '../engine';
import { parsePackText } from '../rules';
import type { Pack } from '../rules/schema';
import type { PackError, ParseResult } from '../rules/types';

export function parsePack(text: string): ParseResult<Pack> {
  return parsePackText(text);
}

/** Compile errors and failing examples, as data; empty when the pack is good to activate. */
export function compileAndSelfTest(pack: Pack): PackError[] {
  try {
    return selfTest(compilePack(pack));
  } catch (e) {
    return [{ path: '', message: `compile failed: ${e instanceof Error ? e.message : String(e)}` }];
  }
}

/** id and version of the bundled pack (the floor). */
export function bundledIdentity(): { id: string; version: number } {
  const b = bundledPack();
  return { id: b.pack.id, version: b.pack.version };
}

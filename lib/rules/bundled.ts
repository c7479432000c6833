/**
 * The pack shipped with the extension (public/rules/core.json): the floor every context can fall back to.
 * Validated and compiled lazily, once per context. Its regexes are proven ReDoS-safe by a unit test
 * (bundled.test.ts), so the page-side load skips that analysis.
 */
import raw from '../../public/rules/core.json';
import { type CompiledPack, compilePack } from './compile';
import { validatePack } from './validate';

let cached: CompiledPack | undefined;

export function bundledPack(): CompiledPack {
  if (cached) return cached;
  const result = validatePack(raw, { checkRedos: false });
  if (!result.ok) {
    // A broken bundled pack is a build defect; the unit test catches it before release.
    const first = result.errors[0]!;
    throw new Error(`bundled pack is invalid: ${first.rule ?? first.path}: ${first.message}`);
  }
  cached = compilePack(result.value);
  return cached;
}

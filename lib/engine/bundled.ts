/**
 * The pack shipped with the extension (public/rules/core.json): the floor every context can fall back to.
 * Compiled lazily, once per context. It is checked for shape only (lib/rules/trusted.ts): bundled.test.ts
 * runs the full validation (schema, cross-checks, ReDoS analysis) on the same file at build time, so no
 * page pays for the pack schema (valibot) or redos-detector.
 */
import raw from '../../public/rules/core.json';
import type { Pack } from '../rules/schema';
import { checkTrustedPack } from '../rules/trusted';
import { type CompiledPack, compilePack, compilePackInSlices } from './compile';

let cached: CompiledPack | undefined;
let pending: Promise<CompiledPack> | undefined;

function bundledSource(): Pack {
  const result = checkTrustedPack(raw);
  if (!result.ok) {
    // A broken bundled pack is a build defect; the unit test catches it before release.
    const first = result.errors[0]!;
    throw new Error(`bundled pack is invalid: ${first.rule ?? first.path}: ${first.message}`);
  }
  return result.value;
}

export function bundledPack(): CompiledPack {
  cached ??= compilePack(bundledSource());
  return cached;
}

/**
 * The same pack, compiled in slices with `pause()` between them (compilePackInSlices): what the content
 * script uses at page start, so the compile is never one long task. Shares the once-per-context result
 * with bundledPack().
 */
export function bundledPackInSlices(pause: () => Promise<void>): Promise<CompiledPack> {
  if (cached) return Promise.resolve(cached);
  pending ??= compilePackInSlices(bundledSource(), pause).then((compiled) => {
    cached ??= compiled;
    return cached;
  });
  return pending;
}

/**
 * The checks `pack build` runs beyond the pack's own self-test (issue 7): the author's example cases
 * (`--cases FILE`, repeatable), run against the pack merged with the core pack when `--core FILE` is
 * given, exactly as the extension will run it (lib/rules/merge.ts mergeVerified). Returns report
 * lines; `ok: false` means nothing may be written.
 */
import { readFile } from 'node:fs/promises';
import { compilePack } from '../../lib/engine/compile';
import { mergeVerified } from '../../lib/engine/merge-verified';
import type { Pack } from '../../lib/rules/schema';
import type { PackError } from '../../lib/rules/types';
import { parseCases, runCases } from './cases';
import { parsePackSource } from './source';

export interface BuildCheckOptions {
  /** The core pack (JSON/JSONC/YAML) to merge with before running the cases. */
  core?: string;
  cases?: readonly string[];
}

export interface BuildCheckResult {
  ok: boolean;
  errors: string[];
  info: string[];
}

export function formatError(file: string, e: PackError): string {
  return `${file}${e.line ? `:${e.line}` : ''}: ${e.rule ? `${e.rule}: ` : ''}${e.path && e.path !== e.rule ? `${e.path}: ` : ''}${e.message}`;
}

async function readText(file: string): Promise<string | { error: string }> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    return { error: `${file}: cannot read (${e instanceof Error ? e.message : String(e)})` };
  }
}

export async function runBuildChecks(pack: Pack, options: BuildCheckOptions): Promise<BuildCheckResult> {
  const errors: string[] = [];
  const info: string[] = [];
  let compiled = compilePack(pack);
  if (options.core) {
    const text = await readText(options.core);
    if (typeof text !== 'string') return { ok: false, errors: [text.error], info };
    const core = parsePackSource(text, options.core);
    if (!core.ok) return { ok: false, errors: core.errors.map((e) => formatError(options.core!, e)), info };
    const merged = mergeVerified(core.value, [pack]);
    for (const c of merged.conflicts) {
      const line = `merge with ${core.value.id}: ${c.path ? `${c.path}: ` : ''}${c.message}`;
      (c.action === 'skipped-pack' ? errors : info).push(line);
    }
    if (!merged.merged.some((m) => m.id === pack.id)) return { ok: false, errors, info };
    compiled = merged.compiled;
    info.push(
      `merged with ${core.value.id}@${core.value.version}: ${merged.pack.signals.length} signals, ${merged.pack.combos.length} combinations`,
    );
  }
  for (const file of options.cases ?? []) {
    const text = await readText(file);
    if (typeof text !== 'string') {
      errors.push(text.error);
      continue;
    }
    const parsed = parseCases(text, file);
    if (!parsed.ok) {
      errors.push(...parsed.errors.map((e) => formatError(file, e)));
      continue;
    }
    const failures = runCases(parsed.cases, compiled);
    errors.push(...failures.map((e) => formatError(file, e)));
    info.push(`${file}: ${parsed.cases.length - new Set(failures.map((f) => f.rule)).size}/${parsed.cases.length} cases pass`);
  }
  return { ok: errors.length === 0, errors, info };
}

/** Loads a pack for the Node tools: the bundled one, or --pack FILE validated, compiled and self-tested. */
import { readFile } from 'node:fs/promises';
import { bundledPack, type CompiledPack, compilePack, selfTest } from '../../lib/engine';
import { type PackError, parsePackText } from '../../lib/rules';

export type LoadedPack = { ok: true; pack: CompiledPack } | { ok: false; errors: string[] };

export function formatPackError(file: string, e: PackError): string {
  return `${file}${e.line ? `:${e.line}` : ''}: ${e.rule ? `${e.rule}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}`;
}

export async function loadPack(file: string | undefined): Promise<LoadedPack> {
  if (!file) return { ok: true, pack: bundledPack() };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${file}: cannot read (${e instanceof Error ? e.message : String(e)})`] };
  }
  const parsed = parsePackText(text);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => formatPackError(file, e)) };
  const compiled = compilePack(parsed.value);
  const failures = selfTest(compiled);
  if (failures.length) return { ok: false, errors: failures.map((e) => formatPackError(file, e)) };
  return { ok: true, pack: compiled };
}

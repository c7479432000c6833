/**
 * parsePackText: JSON text → validated pack, or errors that name the rule, the problem, the JSON path
 * and the 1-based line (pack authors edit the file by hand; ../shared/ARCHITECTURE.md "Rule pack").
 */
import { parseJsonWithLines } from './json-lines';
import type { Pack } from './schema';
import type { ParseResult } from './types';
import { type ValidateOptions, validatePack } from './validate';

/** Packs larger than this are refused before parsing (the core pack is a few hundred KB). */
export const MAX_PACK_BYTES = 8 * 1024 * 1024;

export function parsePackText(text: string, options: Omit<ValidateOptions, 'lines'> = {}): ParseResult<Pack> {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '', message: 'pack is not text' }] };
  if (text.length > MAX_PACK_BYTES)
    return { ok: false, errors: [{ path: '', message: `pack is larger than ${MAX_PACK_BYTES} characters` }] };
  const json = parseJsonWithLines(text);
  if (!json.ok) return { ok: false, errors: [{ path: '', line: json.line, message: `invalid JSON: ${json.message}` }] };
  return validatePack(json.value, { ...options, lines: json.lines });
}

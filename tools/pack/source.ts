/**
 * Reading a pack source the way NGO authors write it (issue 7 "Regional packs: Authoring"): YAML, or
 * JSON with comments and trailing commas (JSONC), or plain JSON. Whatever the syntax, the result is
 * the pack value plus the 1-based line of every JSON path, so validation errors point at the line the
 * author must fix ("sea.yaml:42: fee.agency: signals[3].terms.tl[0]: …"), not only at a path.
 * Errors are returned as data, never thrown.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { formatPath, type PathSegment, parseJsonWithLines } from '../../lib/rules/json-lines';
import type { Pack } from '../../lib/rules/schema';
import type { PackError, ParseResult } from '../../lib/rules/types';
import { validatePack } from '../../lib/rules/validate';

export type SourceSyntax = 'yaml' | 'jsonc';

export type SourceResult = { ok: true; value: unknown; lines: Map<string, number> } | { ok: false; errors: PackError[] };

/** .yaml/.yml are YAML; everything else (.json, .jsonc, .json5-ish) is JSON with comments. */
export function syntaxOf(fileName: string): SourceSyntax {
  return /\.ya?ml$/i.test(fileName) ? 'yaml' : 'jsonc';
}

/**
 * Blanks out // and /* *\/ comments and trailing commas, outside strings, with spaces of the same
 * length (line breaks kept), so the strict JSON parser's line numbers stay those of the source.
 */
export function stripJsonComments(text: string): { ok: true; text: string } | { ok: false; line: number; message: string } {
  const out = text.split('');
  let i = 0;
  let line = 1;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
    } else if (c === '"') {
      // Skip a string, honouring escapes; the JSON parser reports unterminated strings itself.
      i++;
      while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? text.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return { ok: false, line, message: 'unterminated /* comment' };
      for (let k = i; k < end; k++) if (text[k] === '\n') line++;
      blank(i, end + 2);
      i = end + 2;
    } else if (c === ',') {
      // A trailing comma: only blanks (or comments, already blanked or about to be) before } or ].
      let j = i + 1;
      for (;;) {
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (text[j] === '/' && text[j + 1] === '/') {
          const end = text.indexOf('\n', j);
          j = end < 0 ? text.length : end;
        } else if (text[j] === '/' && text[j + 1] === '*') {
          const end = text.indexOf('*/', j + 2);
          if (end < 0) break;
          j = end + 2;
        } else break;
      }
      if (text[j] === '}' || text[j] === ']') out[i] = ' ';
      i++;
    } else i++;
  }
  return { ok: true, text: out.join('') };
}

function readJsonc(text: string): SourceResult {
  const stripped = stripJsonComments(text);
  if (!stripped.ok) return { ok: false, errors: [{ path: '', line: stripped.line, message: `invalid JSON: ${stripped.message}` }] };
  const parsed = parseJsonWithLines(stripped.text);
  if (!parsed.ok) return { ok: false, errors: [{ path: '', line: parsed.line, message: `invalid JSON: ${parsed.message}` }] };
  return { ok: true, value: parsed.value, lines: parsed.lines };
}

/** Records the line of every node under `node`, keyed by its JSON path. */
function walkYaml(node: unknown, path: PathSegment[], lineOf: (offset: number) => number, lines: Map<string, number>): void {
  const n = node as Node | null;
  if (n?.range) lines.set(formatPath(path), lineOf(n.range[0]));
  if (isMap(n)) {
    for (const pair of n.items) {
      if (!isPair(pair)) continue;
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const keyNode = pair.key as Node | null;
      // A block value (list or map) starts on the line after its key: point at the key, which is
      // where the author looks; nested entries get their own lines below.
      if (keyNode?.range) lines.set(formatPath([...path, key]), lineOf(keyNode.range[0]));
      const value = pair.value as Node | null;
      if (isScalar(value) || !value) continue;
      walkChildren(value, [...path, key], lineOf, lines);
    }
  } else if (isSeq(n)) {
    n.items.forEach((item, i) => {
      walkYaml(item, [...path, i], lineOf, lines);
    });
  }
}

function walkChildren(node: Node, path: PathSegment[], lineOf: (offset: number) => number, lines: Map<string, number>): void {
  const key = formatPath(path);
  const before = lines.get(key);
  walkYaml(node, path, lineOf, lines);
  if (before !== undefined) lines.set(key, before);
}

function readYaml(text: string): SourceResult {
  const lineCounter = new LineCounter();
  // uniqueKeys: a key written twice is an error, as in our JSON reader (the second would silently win).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line;
        return { path: '', line, message: `invalid YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  const lines = new Map<string, number>();
  walkYaml(doc.contents, [], (offset) => lineCounter.linePos(offset).line, lines);
  try {
    // maxAliasCount bounds "billion laughs" expansion of a hostile source.
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }), lines };
  } catch (e) {
    return { ok: false, errors: [{ path: '', line: 1, message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` }] };
  }
}

/** Parses a source text (no validation). */
export function readSource(text: string, syntax: SourceSyntax): SourceResult {
  if (typeof text !== 'string') return { ok: false, errors: [{ path: '', message: 'source is not text' }] };
  return syntax === 'yaml' ? readYaml(text) : readJsonc(text);
}

/** Parses and validates a pack source; errors carry the source line. */
export function parsePackSource(text: string, fileName: string): ParseResult<Pack> {
  const read = readSource(text, syntaxOf(fileName));
  if (!read.ok) return read;
  return validatePack(read.value, { lines: read.lines });
}

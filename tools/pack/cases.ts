/**
 * Example cases for a pack (issue 7 "test against example cases"): realistic messages an NGO has
 * collected, each with the verdict it must get. Same shape as tests/fixtures/cases/*.jsonl, so a case
 * can move between the project's fixtures and an NGO's pack folder:
 *   {"id": "…", "text": "…", "kind": "message"|"posting", "lang": "tl", "label": "scam"|"legit"}
 * plus, optionally, "expect" (an exact risk) and "signals" (ids that must fire).
 * "scam" means the item must be flagged (medium or high: the level at which the extension warns,
 * ../shared/ARCHITECTURE.md "Flagged"), "legit" that it must not be.
 * Files: JSON Lines (.jsonl, one case per line, blank lines and lines starting with // ignored) or a
 * YAML list (.yaml/.yml). Errors are data with the line of the case.
 */
import * as v from 'valibot';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { analyze } from '../../lib/engine/analyze';
import type { CompiledPack } from '../../lib/engine/compile';
import { isFlagged } from '../../lib/engine/types';
import type { PackError } from '../../lib/rules/types';
import { RISKS } from '../../lib/rules/vocabulary';

const CaseSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.minLength(1))),
  text: v.pipe(v.string(), v.minLength(1, 'text must not be empty'), v.maxLength(20_000)),
  kind: v.optional(v.picklist(['posting', 'message'])),
  lang: v.optional(v.string()),
  label: v.optional(v.picklist(['scam', 'legit'], 'label must be "scam" or "legit"')),
  expect: v.optional(v.picklist(RISKS, `expect must be one of ${RISKS.join(', ')}`)),
  signals: v.optional(v.array(v.string())),
  note: v.optional(v.string()),
  family: v.optional(v.string()),
});

export type PackCase = v.InferOutput<typeof CaseSchema> & { id: string; line: number };

export type CasesResult = { ok: true; cases: PackCase[] } | { ok: false; errors: PackError[] };

function toCase(raw: unknown, line: number, index: number): PackCase | PackError {
  const res = v.safeParse(CaseSchema, raw);
  if (!res.success) {
    const issue = res.issues[0];
    const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { path: `cases[${index}]${field ? `.${field}` : ''}`, line, message: issue.message };
  }
  if (!res.output.label && !res.output.expect)
    return { path: `cases[${index}]`, line, message: 'needs "label" (scam/legit) or "expect" (a risk level)' };
  return { ...res.output, id: res.output.id ?? `case #${index + 1}`, line };
}

function collect(items: { raw: unknown; line: number }[]): CasesResult {
  const cases: PackCase[] = [];
  const errors: PackError[] = [];
  items.forEach(({ raw, line }, i) => {
    const c = toCase(raw, line, i);
    if ('text' in c) cases.push(c);
    else errors.push(c);
  });
  if (!errors.length && !cases.length) errors.push({ path: '', message: 'no cases found' });
  return errors.length ? { ok: false, errors } : { ok: true, cases };
}

export function parseCases(text: string, fileName: string): CasesResult {
  if (/\.ya?ml$/i.test(fileName)) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    if (doc.errors.length) {
      return {
        ok: false,
        errors: doc.errors.map((e) => ({
          path: '',
          line: lineCounter.linePos(e.pos[0]).line,
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
        })),
      };
    }
    // Either a bare list or { cases: [...] } (room for a header with notes and sources).
    let list: unknown = doc.contents;
    if (isMap(list)) list = (list as { get(key: string, keepScalar: true): unknown }).get('cases', true);
    if (!isSeq(list)) return { ok: false, errors: [{ path: '', line: 1, message: 'expected a list of cases (or "cases:" with a list)' }] };
    return collect(
      list.items.map((node) => ({ raw: (node as Node).toJSON(), line: lineCounter.linePos((node as Node).range?.[0] ?? 0).line })),
    );
  }
  const items: { raw: unknown; line: number }[] = [];
  const errors: PackError[] = [];
  text.split('\n').forEach((l, i) => {
    const trimmed = l.trim();
    if (!trimmed || trimmed.startsWith('//')) return;
    try {
      items.push({ raw: JSON.parse(trimmed), line: i + 1 });
    } catch (e) {
      errors.push({ path: '', line: i + 1, message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` });
    }
  });
  if (errors.length) return { ok: false, errors };
  return collect(items);
}

/** Runs every case; returns one error per case that does not get its verdict. */
export function runCases(cases: readonly PackCase[], compiled: CompiledPack): PackError[] {
  const failures: PackError[] = [];
  for (const c of cases) {
    const verdict = analyze({ text: c.text, ...(c.kind ? { kind: c.kind } : {}), ...(c.lang ? { lang: c.lang } : {}) }, compiled);
    const fired = verdict.signals.map((s) => s.id);
    const got = `got "${verdict.risk}" (score ${verdict.score}; ${fired.join(', ') || 'no signals'})`;
    const fail = (message: string) => failures.push({ path: c.id, rule: c.id, line: c.line, message });
    if (c.label === 'scam' && !isFlagged(verdict.risk)) fail(`should warn (medium or high), ${got}`);
    if (c.label === 'legit' && isFlagged(verdict.risk)) fail(`should not warn, ${got}`);
    if (c.expect && verdict.risk !== c.expect) fail(`expected "${c.expect}", ${got}`);
    for (const id of c.signals ?? []) if (!fired.includes(id)) fail(`expected signal "${id}" to fire, ${got}`);
  }
  return failures;
}

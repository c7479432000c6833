/**
 * Validation of a parsed pack: the valibot schema first, then the cross-checks a schema cannot express
 * (unknown references, duplicate ids, missing explanations, unsafe regexes, missing self-test examples).
 * Every problem names the rule, the JSON path and, when the pack came from text, the 1-based line.
 */
import * as v from 'valibot';
import { formatPath, type PathSegment } from './json-lines';
import { anchorInSource, regexProblem } from './regex-safety';
import { type Pack, PackSchema } from './schema';
import type { PackError, ParseResult } from './types';
import { FAMILIES } from './vocabulary';

export interface ValidateOptions {
  /** Line of each JSON path (from parseJsonWithLines), to put line numbers in errors. */
  lines?: Map<string, number>;
  /**
   * Run the ReDoS analysis (default true). Only the bundled pack, whose patterns are proven safe by
   * a unit test at build time, skips it to keep redos-detector's cost out of every page load.
   */
  checkRedos?: boolean;
}

/** The line of the deepest known ancestor of a path. */
function lineOf(lines: Map<string, number> | undefined, path: readonly PathSegment[]): number | undefined {
  if (!lines) return undefined;
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(formatPath(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** The id of the signal, combo or example a path points into, read from the raw input. */
function ruleAt(input: unknown, path: readonly PathSegment[]): string | undefined {
  const [section, index] = path;
  if ((section !== 'signals' && section !== 'combos' && section !== 'examples') || typeof index !== 'number') return undefined;
  if (typeof input !== 'object' || input === null) return undefined;
  const list = (input as Record<string, unknown>)[section];
  if (!Array.isArray(list)) return undefined;
  const entry: unknown = list[index];
  if (typeof entry !== 'object' || entry === null) return undefined;
  const id = (entry as Record<string, unknown>).id;
  if (typeof id === 'string') return id;
  if (section === 'examples') return `example #${index + 1}`;
  return undefined;
}

function makeError(input: unknown, lines: Map<string, number> | undefined, path: PathSegment[], message: string): PackError {
  const err: PackError = { path: formatPath(path), message };
  const rule = ruleAt(input, path);
  if (rule !== undefined) err.rule = rule;
  const line = lineOf(lines, path);
  if (line !== undefined) err.line = line;
  return err;
}

function issuePath(issue: v.BaseIssue<unknown>): PathSegment[] {
  const out: PathSegment[] = [];
  for (const item of issue.path ?? []) {
    const k = item.key;
    if (typeof k === 'string' || typeof k === 'number') out.push(k);
  }
  return out;
}

/** valibot's generic messages, reworded for pack authors. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === 'never') return `unknown field ${issue.received} (check its spelling)`;
  if (issue.received === 'undefined') return 'is required but missing';
  if (issue.message.startsWith('Invalid type')) return `has the wrong type: expected ${issue.expected}, got ${issue.received}`;
  return issue.message;
}

export function validatePack(input: unknown, options: ValidateOptions = {}): ParseResult<Pack> {
  const { lines } = options;
  const parsed = v.safeParse(PackSchema, input);
  if (!parsed.success) {
    const errors = parsed.issues.map((issue) => makeError(input, lines, issuePath(issue), issueMessage(issue)));
    return { ok: false, errors };
  }
  const pack = parsed.output;
  const errors = crossCheck(pack, options.checkRedos ?? true).map((p) => makeError(input, lines, p.path, p.message));
  return errors.length ? { ok: false, errors } : { ok: true, value: pack };
}

interface Problem {
  path: PathSegment[];
  message: string;
}

function crossCheck(pack: Pack, checkRedos: boolean): Problem[] {
  const errors: Problem[] = [];
  const push = (path: PathSegment[], message: string) => errors.push({ path, message });
  const ids = new Map<string, string>();
  const signalIds = new Set<string>();
  const checkExplain = (path: PathSegment[], key: string) => {
    const entry = pack.explanations[key];
    if (!entry) push(path, `explain key "${key}" has no entry in "explanations"`);
    else if (!entry.en) push(path, `explanation "${key}" has no "en" text (English is the fallback for every language)`);
  };

  pack.signals.forEach((s, i) => {
    const at: PathSegment[] = ['signals', i];
    const seen = ids.get(s.id);
    if (seen) push([...at, 'id'], `duplicate id "${s.id}" (already used by ${seen})`);
    ids.set(s.id, `signals[${i}]`);
    signalIds.add(s.id);
    const prefix = s.id.slice(0, s.id.indexOf('.'));
    if (prefix !== s.family) push([...at, 'id'], `id must start with its family: "${s.family}.…"`);
    checkExplain([...at, 'explain'], s.explain);
    const termCount = Object.values(s.terms ?? {}).reduce((n, list) => n + list.length, 0);
    if (termCount === 0 && !s.patterns?.length && !s.entity && !s.check) {
      push(at, 'has nothing to match: give it terms, patterns, an entity or a check');
    }
    for (const [lang, list] of Object.entries(s.terms ?? {})) {
      const seenTerms = new Set<string>();
      list.forEach((term, j) => {
        const path = [...at, 'terms', lang, j];
        if (term.trim() !== term || term.replace(/^\*|\*$/g, '').trim() === '')
          push(path, `term ${JSON.stringify(term)} is blank or has spaces at its ends`);
        if (seenTerms.has(term)) push(path, `term ${JSON.stringify(term)} is listed twice`);
        seenTerms.add(term);
      });
    }
    s.patterns?.forEach((p, j) => {
      const path = [...at, 'patterns', j];
      const problem = checkRedos ? regexProblem(p.re) : null;
      if (problem) push([...path, 're'], `regex ${problem}`);
      p.anchors.forEach((a, k) => {
        if (a.replace(/\s/g, '').length < 2)
          push([...path, 'anchors', k], `anchor ${JSON.stringify(a)} is too short (2 characters at least)`);
        else if (!anchorInSource(a, p.re)) push([...path, 'anchors', k], `anchor ${JSON.stringify(a)} does not occur in the regex`);
      });
    });
  });

  const dampeners = new Set(pack.signals.filter((s) => s.dampen).map((s) => s.id));
  pack.signals.forEach((s, i) => {
    if (!s.dampen) return;
    const at: PathSegment[] = ['signals', i, 'dampen'];
    // A dampener only lowers scores: a weight would count it as a warning sign as well.
    if (s.weight !== 0) push(['signals', i, 'weight'], 'a dampening signal must have weight 0 (it only lowers the score)');
    s.dampen.unless?.forEach((ref, j) => {
      if (!signalIds.has(ref)) push([...at, 'unless', j], `refers to unknown signal "${ref}"`);
      else if (dampeners.has(ref)) push([...at, 'unless', j], `refers to dampening signal "${ref}"`);
    });
  });

  pack.combos.forEach((c, i) => {
    const at: PathSegment[] = ['combos', i];
    const seen = ids.get(c.id);
    if (seen) push([...at, 'id'], `duplicate id "${c.id}" (already used by ${seen})`);
    ids.set(c.id, `combos[${i}]`);
    const prefix = c.id.slice(0, c.id.indexOf('.'));
    if (!c.family && !(FAMILY_SET as Set<string>).has(prefix)) push([...at, 'id'], `id prefix "${prefix}" is not a family; add "family"`);
    checkExplain([...at, 'explain'], c.explain);
    if (!c.all?.length && !c.any?.length) push(at, 'needs "all" or "any" (or both)');
    for (const field of ['all', 'any'] as const) {
      c[field]?.forEach((ref, j) => {
        if (!signalIds.has(ref)) push([...at, field, j], `refers to unknown signal "${ref}"`);
        else if (dampeners.has(ref)) push([...at, field, j], `refers to dampening signal "${ref}" (dampeners never count as evidence)`);
      });
    }
    const minAny = c.minAny ?? 1;
    if (c.any?.length && minAny > c.any.length)
      push([...at, 'minAny'], `minAny ${minAny} is more than the ${c.any.length} signals in "any"`);
    if (c.minAny !== undefined && !c.any?.length) push([...at, 'minAny'], 'minAny without "any"');
  });

  const model = pack.postingModel;
  if (model && model.strongThreshold < model.threshold)
    push(['postingModel', 'strongThreshold'], `strongThreshold ${model.strongThreshold} is below threshold ${model.threshold}`);

  let flagged = 0;
  let calm = 0;
  pack.examples.forEach((ex, i) => {
    if (ex.expect === 'medium' || ex.expect === 'high') flagged++;
    else calm++;
    ex.signals?.forEach((ref, j) => {
      if (!ids.has(ref)) push(['examples', i, 'signals', j], `refers to unknown signal or combo "${ref}"`);
    });
  });
  if (flagged === 0 || calm === 0) {
    push(['examples'], 'needs at least one example expected to warn (medium/high) and one expected not to (none/low)');
  }
  return errors;
}

const FAMILY_SET: ReadonlySet<string> = new Set(FAMILIES);

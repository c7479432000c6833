/**
 * A pack's regexes come from a feed and run inside web pages: one catastrophic-backtracking pattern would
 * hang every tab (../shared/ARCHITECTURE.md "Rule pack": reject unsafe regular expressions at load).
 * We refuse what is unsafe or cannot be proven safe: syntax errors, backreferences and lookbehind (which
 * redos-detector cannot score reliably), and anything redos-detector scores above MAX_SCORE.
 */
import { isSafePattern } from 'redos-detector';
import { PATTERN_FLAGS } from './pattern-flags';

/** Worst-case backtracks per prefix; real rule patterns score 1–10. */
const MAX_SCORE = 30;
/**
 * Per-pattern analysis budget, in steps: deterministic, so the same pack is accepted or refused the same
 * way on a fast desktop and a slow phone (a wall-clock budget refused safe patterns at random under load).
 * A pattern too complex to analyse within it is refused.
 */
const MAX_STEPS = 20_000;
/** Only a backstop against a pathological analysis; MAX_STEPS decides in practice. */
const TIMEOUT_MS = 10_000;

/** Upper-case ASCII letters outside escapes can never match the lower-cased text. */
function upperCaseLiteral(source: string): string | undefined {
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1];
      if ((n === 'p' || n === 'P' || n === 'k') && (source[i + 2] === '{' || source[i + 2] === '<')) {
        const close = source.indexOf(source[i + 2] === '{' ? '}' : '>', i);
        i = close < 0 ? source.length : close;
      } else if (n === 'u' && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        i = close < 0 ? source.length : close;
      } else i++;
    } else if (c === '(' && source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) {
      const close = source.indexOf('>', i);
      i = close < 0 ? source.length : close;
    } else if (c >= 'A' && c <= 'Z') return c;
  }
  return undefined;
}

/** Cap on the product of (max repeats + 1) over all quantifiers of a bounded pattern. */
const MAX_BOUNDED_COST = 10_000;

/**
 * Product of (max + 1) over every quantifier of the pattern, or Infinity when one is unbounded
 * (*, +, {n,}). Escapes and character classes are skipped; a lazy "?" after a quantifier is not one.
 */
export function boundedCost(source: string): number {
  let cost = 1;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === '[') {
      i++;
      while (i < n && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      i += 2; // group modifiers (?: (?= (?! (?<name> are not quantifiers
      continue;
    }
    if (c === '*' || c === '+') return Number.POSITIVE_INFINITY;
    if (c === '?') {
      cost *= 2;
      i++;
      continue;
    }
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        if (m[2] !== undefined && m[3] === '') return Number.POSITIVE_INFINITY;
        cost *= Number(m[3] ?? m[1]) + 1;
        i += m[0].length;
        if (source[i] === '?') i++; // lazy
        continue;
      }
    }
    i++;
  }
  return cost;
}

/**
 * The non-ASCII letter written right before or after a \b, if any. JavaScript's \b (even with the "u"
 * flag) is a boundary between [A-Za-z0-9_] and anything else, so "\bпаспорт" or "паспорт\b" can never
 * match inside Cyrillic, Arabic, Thai… text: a pattern that silently never fires (seen in session 3).
 */
function asciiBoundaryBesideNonAscii(source: string): string | undefined {
  const letter = /[\p{L}\p{M}]/u;
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') continue;
    if (source[i + 1] === 'b') {
      const before = i > 0 && source[i - 1] !== '\\' ? source[i - 1] : undefined;
      const after = source[i + 2];
      for (const c of [before, after]) if (c !== undefined && c.charCodeAt(0) > 0x7f && letter.test(c)) return c;
    }
    i++;
  }
  return undefined;
}

/** Returns the problem with a pack regex, or null when it is acceptable. */
export function regexProblem(source: string): string | null {
  try {
    new RegExp(source, PATTERN_FLAGS);
  } catch (e) {
    return `is not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1];
      if (n !== undefined && ((n >= '1' && n <= '9') || n === 'k')) return 'uses a backreference, which is not allowed (ReDoS risk)';
      i++;
    } else if (c === '(' && (source.startsWith('(?<=', i) || source.startsWith('(?<!', i))) {
      return 'uses a lookbehind, which is not allowed';
    }
  }
  const upper = upperCaseLiteral(source);
  if (upper) return `contains the upper-case letter "${upper}"; the text is lower-cased before matching, write it in lower case`;
  const beside = asciiBoundaryBesideNonAscii(source);
  if (beside)
    return `uses \\b next to "${beside}": JavaScript's \\b only counts ASCII letters as word letters, so it is no word boundary there; end with (?![\\p{L}\\p{N}]) instead, or leave it out`;
  // Bounded quantifiers only, with a small product of their bounds: backtracking is bounded by that
  // product per start position, and pack regexes only run in small windows (compile.ts). Accept without
  // redos-detector, which is slow (~0.5 s per pattern) and reports bounded repeats as unsafe.
  if (boundedCost(source) <= MAX_BOUNDED_COST) return null;
  let result: ReturnType<typeof isSafePattern>;
  try {
    result = isSafePattern(source, { unicode: true, maxScore: MAX_SCORE, maxSteps: MAX_STEPS, timeout: TIMEOUT_MS });
  } catch (e) {
    return `could not be checked for ReDoS (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!result.safe) {
    const why = result.error === 'hitMaxScore' ? 'can backtrack catastrophically' : 'is too complex to prove safe';
    return `is unsafe: it ${why} (ReDoS). Use bounded repeats such as {0,12} instead of *, + or {n,}, and do not nest repeats`;
  }
  return null;
}

/**
 * The anchor must occur literally in the regex source (ignoring escapes and case): a cheap guard against
 * an anchor that can never be found with the match it is supposed to announce (a typo silently disables it).
 */
export function anchorInSource(anchor: string, source: string): boolean {
  const unescaped = source.replace(/\\(.)/gu, '$1').toLowerCase();
  return unescaped.includes(anchor.toLowerCase());
}

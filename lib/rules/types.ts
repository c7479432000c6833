/** Public types of lib/rules. The valibot schema (schema.ts) is the source of truth for Pack. */

/** A problem found in a pack, returned as data (never thrown). */
export interface PackError {
  /** JSON path of the problem, e.g. "signals[3].patterns[0].re". */
  path: string;
  /** The rule (signal/combo/example) id concerned, when known. */
  rule?: string;
  /** 1-based line in the source file, when the pack came from text. */
  line?: number;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: PackError[] };

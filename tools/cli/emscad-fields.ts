/**
 * EMSCAD's structured "meta" mapped to the PostingFields a site adapter can fill on a real page, and
 * nothing more (issue 3; ../shared/data/README.md). Used by tools/eval.ts and tools/train-posting-model.ts
 * so that training and measuring see the same fields.
 * - telecommuting "1" → remote (schema.org JobPosting jobLocationType TELECOMMUTE)
 * - salary_range "min-max" → salary {min, max}, without a unit or currency (EMSCAD states neither)
 * has_company_logo, has_questions and the rest are left out: no adapter reads them from a page.
 */
import type { PostingFields } from '../../lib/engine/types';

export function emscadFields(meta: unknown): PostingFields | undefined {
  if (!meta || typeof meta !== 'object') return undefined;
  const m = meta as Record<string, unknown>;
  const fields: PostingFields = {};
  if (String(m.telecommuting) === '1') fields.remote = true;
  const range = /^(\d+)-(\d+)$/.exec(String(m.salary_range ?? ''));
  if (range) fields.salary = { min: Number(range[1]), max: Number(range[2]) };
  return fields;
}

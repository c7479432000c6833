/**
 * Structural checks on a posting's fields (schema.org JobPosting; ../shared/DOMAIN.md §2 "schema.org
 * JobPosting checks"): no hiring organisation, an outsized HOUR/DAY (or WEEK/MONTH) salary, and an apply
 * link or contact on a chat app. They fire only through a pack signal that names them ("check").
 */
import type { CheckKind } from '../rules/vocabulary';
import { messaging } from './entities/messaging';
import { isOutsized, type Period } from './entities/money';
import { normalize } from './normalize';
import type { PostingFields } from './types';

export interface CheckHit {
  check: CheckKind;
  evidence: string;
}

const UNIT: Record<string, Period> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' };

export function runChecks(fields: PostingFields, wanted: ReadonlySet<CheckKind>): CheckHit[] {
  const hits: CheckHit[] = [];
  // Only a posting record that names a title (every schema.org JobPosting has one) can be said to lack an
  // employer: an adapter that knows just a salary or a remote flag says nothing about the employer.
  if (wanted.has('no-employer') && fields.title?.trim() && !fields.hiringOrganization?.trim()) {
    hits.push({ check: 'no-employer', evidence: fields.title ? `${fields.title} (no employer named)` : 'no employer named' });
  }
  const s = fields.salary;
  if (wanted.has('outsized-salary') && s?.unit && s.currency) {
    const value = Math.max(s.max ?? 0, s.min ?? 0);
    const period = UNIT[s.unit];
    if (period && value > 0 && isOutsized(value, s.currency, period)) {
      hits.push({ check: 'outsized-salary', evidence: `${s.currency} ${value} per ${period}` });
    }
  }
  if (wanted.has('apply-via-chat')) {
    for (const url of fields.applyUrls ?? []) {
      if (typeof url !== 'string' || url.length > 2000) continue;
      const found = messaging.detect({ original: url, n: normalize(url), isLink: true });
      if (found.length) {
        hits.push({ check: 'apply-via-chat', evidence: url });
        break;
      }
    }
  }
  return hits;
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../rules/vocabulary';
import { runChecks } from './checks';

const ALL = new Set(CHECKS);

describe('posting checks (schema.org JobPosting, DOMAIN.md §2)', () => {
  it('flags a posting without a hiring organisation', () => {
    expect(runChecks({ title: 'Data entry' }, ALL).map((h) => h.check)).toEqual(['no-employer']);
    expect(runChecks({ title: 'Data entry', hiringOrganization: 'Acme' }, ALL)).toEqual([]);
    // Fields without a title (an adapter that only knew the salary) say nothing about the employer.
    expect(runChecks({ remote: true, salary: { min: 1, max: 2 } }, ALL)).toEqual([]);
  });
  it('flags an outsized DAY or HOUR salary, not a normal one or a yearly one', () => {
    const base = { hiringOrganization: 'Acme' };
    expect(runChecks({ ...base, salary: { max: 500, currency: 'USD', unit: 'DAY' } }, ALL)).toEqual([
      { check: 'outsized-salary', evidence: 'USD 500 per day' },
    ]);
    expect(runChecks({ ...base, salary: { max: 30, currency: 'USD', unit: 'HOUR' } }, ALL)).toEqual([]);
    expect(runChecks({ ...base, salary: { max: 250000, currency: 'USD', unit: 'YEAR' } }, ALL)).toEqual([]);
    expect(runChecks({ ...base, salary: { max: 9000, currency: 'PHP', unit: 'DAY' } }, ALL).map((h) => h.check)).toEqual([
      'outsized-salary',
    ]);
  });
  it('flags an apply link on a chat app', () => {
    expect(
      runChecks({ hiringOrganization: 'Acme', applyUrls: ['https://acme.example/jobs/1', 'https://wa.me/855962223344'] }, ALL),
    ).toEqual([{ check: 'apply-via-chat', evidence: 'https://wa.me/855962223344' }]);
  });
  it('runs only the checks the pack uses', () => {
    expect(runChecks({ title: 'x' }, new Set(['apply-via-chat'] as const))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const URL_GD = new URL('https://www.glassdoor.com/Job/remote-jobs-SRCH_IL.0,6_IS11047.htm');

// Reviewed by hand against tests/fixtures/sites/glassdoor.html: two cards (no Save / load-more buttons)
// and the detail view, found by CSS-module prefixes only.
const EXPECTED = [
  {
    kind: 'posting',
    text: 'Payment Processing Agent (Remote)\nSwift Transfer Partners\nRemote\n$3K - $5K (Employer provided)\nReceive client payments into your personal account and forward them in Bitcoin. Keep 10% commission.',
    links: ['https://www.glassdoor.com/job-listing/payment-processing-agent-JV_IC1_KO0.htm?jl=222'],
    fields: {
      title: 'Payment Processing Agent (Remote)',
      hiringOrganization: 'Swift Transfer Partners',
      location: 'Remote',
    },
    key: '222',
    site: 'glassdoor',
  },
  {
    kind: 'posting',
    text: 'Field Analyst\nBureau Veritas\nLisbon\nInspect industrial sites and write audit reports.',
    links: ['https://www.glassdoor.com/job-listing/field-analyst-JV_IC1_KO0.htm?jl=333'],
    fields: {
      title: 'Field Analyst',
      hiringOrganization: 'Bureau Veritas',
      location: 'Lisbon',
    },
    key: '333',
    site: 'glassdoor',
  },
  {
    kind: 'posting',
    text: 'Payment Processing Agent (Remote)\nSwift Transfer Partners\nRemote\nTrabalhe de casa como agente de pagamentos. Você recebe transferências de clientes na sua conta bancária pessoal e envia o valor em Bitcoin para nossa equipe, ficando com 10% de comissão.\nWe process payments for overseas partners. No interview, start today.',
    links: [],
    fields: {
      title: 'Payment Processing Agent (Remote)',
      hiringOrganization: 'Swift Transfer Partners',
      location: 'Remote',
    },
    site: 'glassdoor',
  },
];

describe('glassdoor adapter', () => {
  it('finds exactly the cards and the detail view', () => {
    expect(findItems(loadFixture('glassdoor.html'), URL_GD).map(summary)).toEqual(EXPECTED);
  });

  it('survives a redeploy that changes every CSS-module hash', () => {
    const doc = loadFixture('glassdoor.html');
    for (const el of Array.from(doc.querySelectorAll('[class]')))
      el.setAttribute(
        'class',
        el.getAttribute('class')!.replace(/__[\w-]+/g, (m) => `__${m.length}zz`),
      );
    expect(findItems(doc, URL_GD).map(summary)).toEqual(EXPECTED);
  });

  it('does not take a look-alike class without the module separator for the description', () => {
    const doc = loadFixture('glassdoor.html');
    const desc = doc.querySelector('[class*="JobDetails_jobDescription__"]')!;
    desc.setAttribute('class', 'JobDetails_jobDescriptionWrapper');
    expect(findItems(doc, URL_GD).map((i) => i.key)).toEqual(['222', '333']);
  });
});

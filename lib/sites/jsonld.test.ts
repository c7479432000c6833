import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { type Json, jobPostingsIn, salaryOf } from './jsonld';
import { loadFixture, summary } from './kit/load-fixture';

const LD_URL = new URL('https://quickjobs.example/jobs/online-order-assistant');
const MD_URL = new URL('https://careers.stmarys.example/careers/rn-nights-4411');

// Reviewed by hand against tests/fixtures/sites/jobposting-jsonld.html: one posting from the @graph (the
// BreadcrumbList and the broken block ignored), description HTML escaped twice turned into lines, salary
// per DAY with its currency upper-cased, TELECOMMUTE → remote, application routes (url, t.me, e-mail).
const LD = [
  {
    kind: 'posting',
    text: 'Online Order Assistant (Part-time, Remote)\nE-Commerce Growth Partners\nHelp merchants boost sales by completing simple order tasks on your phone.\n30–60 minutes a day\nDaily pay in USDT\nContact our receptionist on Telegram to start.',
    links: ['https://quickjobs.example/jobs/online-order-assistant', 'https://t.me/ecg_receptionist', 'mailto:ecg.partners.hr@gmail.com'],
    fields: {
      title: 'Online Order Assistant (Part-time, Remote)',
      hiringOrganization: 'E-Commerce Growth Partners',
      remote: true,
      salary: {
        min: 300,
        max: 800,
        currency: 'USD',
        unit: 'DAY',
      },
      datePosted: '2025-11-01',
      applyUrls: [
        'https://quickjobs.example/jobs/online-order-assistant',
        'https://t.me/ecg_receptionist',
        'mailto:ecg.partners.hr@gmail.com',
      ],
    },
    site: 'jsonld',
  },
];

// Reviewed by hand against tests/fixtures/sites/jobposting-microdata.html: the nested Organization, Place and
// PostalAddress properties stay in their own scopes (the Place's name is not the posting's title).
const MD = [
  {
    kind: 'posting',
    text: "Registered Nurse (RN), Night Shift\nSt. Mary's Hospital\nMain campus\n1 Hospital Way, Leeds, GB\nPosted 20 October 2025\n£31,000–£37,000 per year\nJoin our acute medical unit on nights (3 × 12.5 h per week).\nNMC registration required\nPreceptorship for newly qualified nurses\nApply on our careers site",
    links: ['https://careers.stmarys.example/careers/rn-nights-4411'],
    fields: {
      title: 'Registered Nurse (RN), Night Shift',
      hiringOrganization: "St. Mary's Hospital",
      hiringOrganizationUrl: 'https://www.stmarys.example/',
      location: '1 Hospital Way, Leeds, GB',
      salary: {
        min: 31000,
        max: 37000,
        currency: 'GBP',
        unit: 'YEAR',
      },
      datePosted: '2025-10-20',
      applyUrls: ['https://careers.stmarys.example/careers/rn-nights-4411'],
    },
    site: 'jsonld',
  },
];

describe('jsonld adapter (schema.org JobPosting)', () => {
  it('reads a JSON-LD JobPosting into one posting item with fields', () => {
    const doc = loadFixture('jobposting-jsonld.html');
    expect(findItems(doc, LD_URL).map(summary)).toEqual(LD);
    expect(findItems(doc, LD_URL)[0]?.element.localName).toBe('main');
  });

  it('reads microdata into one posting item marked on its itemscope', () => {
    const doc = loadFixture('jobposting-microdata.html');
    expect(findItems(doc, MD_URL).map(summary)).toEqual(MD);
    expect(findItems(doc, MD_URL)[0]?.element.getAttribute('itemtype')).toBe('https://schema.org/JobPosting');
  });

  it('lends JSON-LD fields to a board adapter that already found the posting', () => {
    const doc = loadFixture('indeed.html');
    const script = doc.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify({
      '@type': 'JobPosting',
      title: 'Data Entry Clerk',
      baseSalary: { currency: 'USD', value: { value: 500, unitText: 'DAY' } },
    });
    doc.head.append(script);
    doc.body
      .querySelector('#jobsearch-ViewjobPaneWrapper')!
      .replaceWith(...Array.from(doc.body.querySelector('#jobsearch-ViewjobPaneWrapper')!.childNodes));
    const wrapper = doc.createElement('main');
    wrapper.append(doc.querySelector('.jobsearch-JobComponent')!);
    doc.body.append(wrapper);
    const detail = findItems(doc, new URL('https://www.indeed.com/viewjob?jk=abc123')).find((i) => !i.key);
    expect(detail?.site).toBe('indeed');
    expect(detail?.fields?.salary).toEqual({ min: 500, max: 500, currency: 'USD', unit: 'DAY' });
    expect(detail?.fields?.title).toBe('Data Entry Clerk - Work From Home');
  });

  it.each([
    [
      { currency: 'EUR', value: { minValue: 10, maxValue: 20, unitText: 'HOUR' } },
      { min: 10, max: 20, currency: 'EUR', unit: 'HOUR' },
    ],
    [
      { currency: 'USD', value: '1,500', unitText: 'week' },
      { min: 1500, max: 1500, currency: 'USD', unit: 'WEEK' },
    ],
    [42, { min: 42, max: 42 }],
    [{ currency: 'USD', value: { unitText: 'DAY' } }, undefined],
    ['lots', undefined],
    [null, undefined],
  ])('reads baseSalary %j', (input, expected) => {
    expect(salaryOf(input)).toEqual(expected);
  });

  it('finds postings in arrays, @graph and typed arrays, and stops on huge graphs', () => {
    const doc = [{ '@type': ['Thing', 'JobPosting'], title: 'a' }, { '@graph': [{ '@type': 'schema:JobPosting', title: 'b' }] }];
    expect(jobPostingsIn(doc as unknown as Json).map((p) => p.title)).toEqual(['a', 'b']);
    const huge = Array.from({ length: 20_000 }, () => ({ '@type': 'Thing' }));
    expect(jobPostingsIn(huge)).toEqual([]);
  });

  it('reads JSON-LD when the search starts at <html>, as the content script does', () => {
    const doc = loadFixture('jobposting-jsonld.html');
    const fromDocument = findItems(doc, LD_URL).map(summary);
    expect(fromDocument.length).toBeGreaterThan(0);
    expect(findItems(doc.documentElement, LD_URL).map(summary)).toEqual(fromDocument);
  });

  it('does not re-read JSON-LD on a subtree change', () => {
    const doc = loadFixture('jobposting-jsonld.html');
    expect(findItems(doc.querySelector('footer')!, LD_URL)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const URL_NK = new URL('https://www.naukri.com/job-listings-back-office-230000009');

// Reviewed by hand against tests/fixtures/sites/naukri.html: two search tuples (outer wrapper only, not
// the nested .cust-job-tuple), then the detail view (title, company, location, salary, description; not
// the key-skill chips or the apply button).
const EXPECTED = [
  {
    kind: 'posting',
    text: 'Python Developer\nAcme Technologies\nBengaluru\nBuild REST APIs with Django and PostgreSQL.',
    links: [
      'https://www.naukri.com/job-listings-python-developer-acme-technologies-bengaluru-230000001',
      'https://www.naukri.com/acme-jobs',
    ],
    fields: {
      title: 'Python Developer',
      hiringOrganization: 'Acme Technologies',
      location: 'Bengaluru',
    },
    key: '230000001',
    site: 'naukri',
  },
  {
    kind: 'posting',
    text: 'Data Entry Work From Home - Daily Payment\nQuick Earn Services\nRemote\nEarn ₹3,000 per day. Pay ₹999 joining kit fee (refundable). No interview.',
    links: ['https://www.naukri.com/job-listings-data-entry-230000002', 'https://www.naukri.com/quick-earn-jobs'],
    fields: {
      title: 'Data Entry Work From Home - Daily Payment',
      hiringOrganization: 'Quick Earn Services',
      location: 'Remote',
    },
    key: '230000002',
    site: 'naukri',
  },
  {
    kind: 'posting',
    text: 'Back Office Executive - Work From Home\nStar HR Solutions\nBengaluru, Remote\n₹ 45,000 per week\nRoles and Responsibilities\nData entry and form filling from home, 2 hours daily\nRegistration fee ₹2,500 (refundable) must be paid before the offer letter is issued\nनौकरी पक्की! रजिस्ट्रेशन फीस जमा करें और ऑफर लेटर पाएं। HR से WhatsApp पर संपर्क करें: +91 98000 00000',
    links: ['https://wa.me/919800000000'],
    fields: {
      title: 'Back Office Executive - Work From Home',
      hiringOrganization: 'Star HR Solutions',
      hiringOrganizationUrl: 'https://www.naukri.com/star-hr-solutions-jobs-careers-123',
      location: 'Bengaluru, Remote',
    },
    site: 'naukri',
  },
];

describe('naukri adapter', () => {
  it('finds exactly the tuples and the job description', () => {
    expect(findItems(loadFixture('naukri.html'), URL_NK).map(summary)).toEqual(EXPECTED);
  });

  it('reads the older markup (section.job-desc > div.dang-inner-html)', () => {
    const doc = loadFixture('naukri.html');
    const inner = doc.querySelector('[class*="styles_JDC__dang-inner-html"]')!;
    inner.setAttribute('class', 'dang-inner-html');
    const section = doc.querySelector('section[class*="styles_job-desc-container"]')!;
    section.setAttribute('class', 'job-desc');
    section.replaceChildren(inner);
    const detail = findItems(doc, URL_NK).filter((i) => !i.key);
    expect(detail.map((i) => i.fields?.title)).toEqual(['Back Office Executive - Work From Home']);
    expect(detail[0]?.text.endsWith('HR से WhatsApp पर संपर्क करें: +91 98000 00000')).toBe(true);
  });
});

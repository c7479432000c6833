import { describe, expect, it } from 'vitest';
import { allAdapters, findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const URL_JS = new URL('https://my.jobstreet.com/admin-jobs');

// Reviewed by hand against tests/fixtures/sites/jobstreet.html: the premium and the normal card, then the
// split view with salary, work type, description and the apply link as an application URL.
const EXPECTED = [
  {
    kind: 'posting',
    text: 'Admin Assistant (Overseas)\nGolden Fortune Trading\nMyawaddy\nat RM 8,000 – RM 12,000 per month Free flight and accommodation. No experience. Start immediately. 1d ago',
    links: [
      'https://my.jobstreet.com/job/80000001?type=promoted',
      'https://my.jobstreet.com/Golden-Fortune-Trading-jobs',
      'https://my.jobstreet.com/jobs/in-Myawaddy',
      'https://my.jobstreet.com/job/80000001',
    ],
    fields: {
      title: 'Admin Assistant (Overseas)',
      hiringOrganization: 'Golden Fortune Trading',
      location: 'Myawaddy',
    },
    key: '80000001',
    site: 'jobstreet',
  },
  {
    kind: 'posting',
    text: 'Security Engineer\nAcme Corp\nKuala Lumpur\nOwn our cloud security posture. 3d ago',
    links: ['https://my.jobstreet.com/job/93326286'],
    fields: {
      title: 'Security Engineer',
      hiringOrganization: 'Acme Corp',
      location: 'Kuala Lumpur',
    },
    key: '93326286',
    site: 'jobstreet',
  },
  {
    kind: 'posting',
    text: 'Admin Assistant (Overseas)\nGolden Fortune Trading\nMyawaddy\nRM 8,000 – RM 12,000 per month\nFull time\nJawatan kosong di luar negara! Gaji lumayan, tiket kapal terbang dan visa ditanggung syarikat.\nTyping and customer chat, 12 hours per day\nPassport will be kept by the company on arrival for visa processing\nContact Mr. Lim on Telegram @gf_lim_hr before applying',
    links: ['https://my.jobstreet.com/job/80000001/apply'],
    fields: {
      title: 'Admin Assistant (Overseas)',
      hiringOrganization: 'Golden Fortune Trading',
      location: 'Myawaddy',
      applyUrls: ['https://my.jobstreet.com/job/80000001/apply'],
    },
    site: 'jobstreet',
  },
];

describe('jobstreet adapter (JobStreet, JobsDB, SEEK)', () => {
  it('finds exactly the cards and the split view', () => {
    expect(findItems(loadFixture('jobstreet.html'), URL_JS).map(summary)).toEqual(EXPECTED);
  });

  it.each([
    'my.jobstreet.com',
    'www.jobstreet.com.my',
    'id.jobstreet.com',
    'hk.jobsdb.com',
    'th.jobsdb.com',
    'www.seek.com.au',
    'www.seek.co.nz',
  ])('handles %s', (host) => {
    const a = allAdapters().find((x) => x.id === 'jobstreet')!;
    expect(a.matches(new URL(`https://${host}/job/1`))).toBe(true);
  });

  it('reads the job page layout (jobDetailsPage) too', () => {
    const doc = loadFixture('jobstreet.html');
    doc.querySelector('[data-automation="searchResults"]')!.remove();
    doc.querySelector('[data-automation="splitViewDetails"]')!.setAttribute('data-automation', 'jobDetailsPage');
    const items = findItems(doc, new URL('https://hk.jobsdb.com/job/80000001'));
    expect(items.map((i) => [i.text, i.fields?.applyUrls])).toEqual([[EXPECTED[2]?.text, ['https://hk.jobsdb.com/job/80000001/apply']]]);
  });
});

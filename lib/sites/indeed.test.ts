import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const URL_INDEED = new URL('https://www.indeed.com/jobs?q=work+from+home');

// Reviewed by hand against tests/fixtures/sites/indeed.html: three cards (not the separator <li>, not the
// search form), then the detail pane with the " - job post" screen-reader suffix stripped from the title.
const EXPECTED = [
  {
    kind: 'posting',
    text: 'Data Entry Clerk - Work From Home\nPrime Remote Staffing\nRemote\n$500 a day\nEarn $500/day from home. A refundable $89 starter kit fee is required before training.\nPosted 1 day ago',
    links: ['https://www.indeed.com/rc/clk?jk=abc123&from=vj'],
    fields: {
      title: 'Data Entry Clerk - Work From Home',
      hiringOrganization: 'Prime Remote Staffing',
      location: 'Remote',
    },
    key: 'abc123',
    site: 'indeed',
  },
  {
    kind: 'posting',
    text: 'Data Analyst\nAcme Analytics\nAustin, TX 78701\nBuild dashboards in SQL and Tableau for the finance team.',
    links: ['https://www.indeed.com/rc/clk?jk=def456'],
    fields: {
      title: 'Data Analyst',
      hiringOrganization: 'Acme Analytics',
      location: 'Austin, TX 78701',
    },
    key: 'def456',
    site: 'indeed',
  },
  {
    kind: 'posting',
    text: 'Warehouse Associate\nNorthwind Logistics\nDallas, TX\nPick, pack and ship orders. $19.50 an hour, weekly pay.',
    links: ['https://www.indeed.com/rc/clk?jk=ghi789'],
    fields: {
      title: 'Warehouse Associate',
      hiringOrganization: 'Northwind Logistics',
      location: 'Dallas, TX',
    },
    key: 'ghi789',
    site: 'indeed',
  },
  {
    kind: 'posting',
    text: 'Data Entry Clerk - Work From Home\nPrime Remote Staffing\nRemote\nEarn $500 per day working from home!\nNo experience required. After your online interview you must purchase a refundable $89 training and starter kit fee via Zelle to our HR department. The fee is refunded with your first paycheck.\nFlexible hours\nWeekly pay\nQuestions? Text our recruiter on WhatsApp: +1 202 555 0143',
    links: ['https://wa.me/12025550143'],
    fields: {
      title: 'Data Entry Clerk - Work From Home',
      hiringOrganization: 'Prime Remote Staffing',
      location: 'Remote',
    },
    site: 'indeed',
  },
];

describe('indeed adapter', () => {
  it('finds exactly the cards and the detail pane', () => {
    expect(findItems(loadFixture('indeed.html'), URL_INDEED).map(summary)).toEqual(EXPECTED);
  });

  it('matches country sites and not look-alikes', async () => {
    const { allAdapters } = await import('./index');
    const indeed = allAdapters().find((a) => a.id === 'indeed')!;
    for (const host of ['www.indeed.com', 'uk.indeed.com', 'www.indeed.co.uk', 'sg.indeed.com', 'www.indeed.com.sg', 'indeed.de'])
      expect(indeed.matches(new URL(`https://${host}/viewjob?jk=1`)), host).toBe(true);
    for (const host of ['indeed.example.org', 'notindeed.com', 'indeed-jobs.com.scam.xyz'])
      expect(indeed.matches(new URL(`https://${host}/`)), host).toBe(false);
  });

  it('follows cards added and removed while paging', () => {
    const doc = loadFixture('indeed.html');
    const list = doc.querySelector('#mosaic-provider-jobcards ul')!;
    list.querySelector('[data-jk="def456"]')!.closest('li')!.remove();
    const li = doc.createElement('li');
    li.innerHTML =
      '<div class="cardOutline"><div class="job_seen_beacon"><h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="new1" href="/rc/clk?jk=new1"><span title="Night Auditor">Night Auditor</span></a></h2><span data-testid="company-name">Inn Co</span><div data-testid="text-location">Reno, NV</div></div></div>';
    list.append(li);
    expect(findItems(li, URL_INDEED).map((i) => i.text)).toEqual(['Night Auditor\nInn Co\nReno, NV']);
    expect(findItems(doc, URL_INDEED).map((i) => i.key ?? 'detail')).toEqual(['abc123', 'ghi789', 'new1', 'detail']);
  });

  it('re-reads the detail view when only its header changes', () => {
    const doc = loadFixture('indeed.html');
    const header = doc.querySelector('[data-testid="inlineHeader-companyName"]')!;
    const items = findItems(header, URL_INDEED);
    expect(items).toHaveLength(1);
    expect(items[0]?.element.classList.contains('jobsearch-JobComponent')).toBe(true);
  });
});

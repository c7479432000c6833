import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const JOB_URL = new URL('https://www.linkedin.com/jobs/view/4055555555/');
const COLLECTIONS_URL = new URL('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1000000001');
const FEED_URL = new URL('https://www.linkedin.com/feed/');
const MSG_URL = new URL('https://www.linkedin.com/messaging/thread/2-abc/');
const SEARCH_URL = new URL('https://www.linkedin.com/jobs/search-results/?currentJobId=4055555555&keywords=data%20entry');

// Reviewed by hand against tests/fixtures/sites/linkedin-job-classic.html: the three filled cards in list order
// (the occluded fourth is still empty), each read from its own lines without the .visually-hidden duplicate
// title or the "Dismiss" button.
const CLASSIC_CARDS = [
  {
    kind: 'posting',
    text: 'Backend Engineer\nAcme\nBerlin, Germany (Hybrid)\nActively recruiting\nEasy Apply',
    links: ['https://www.linkedin.com/jobs/view/1000000001/?eBP=CwEAAAGS&trk=flagship3_search_srp_jobs'],
    fields: { title: 'Backend Engineer', hiringOrganization: 'Acme', location: 'Berlin, Germany (Hybrid)' },
    key: '1000000001',
    site: 'linkedin',
  },
  {
    kind: 'posting',
    text: 'Site Reliability Engineer\nBeta GmbH\nMunich, Germany (On-site)\n1 week ago',
    links: ['https://www.linkedin.com/jobs/view/1000000002/?trk=flagship3_search_srp_jobs'],
    fields: { title: 'Site Reliability Engineer', hiringOrganization: 'Beta GmbH', location: 'Munich, Germany (On-site)' },
    key: '1000000002',
    site: 'linkedin',
  },
  {
    kind: 'posting',
    text: 'Data Entry Clerk, $45/hr, no experience\nGlobal Staffing Solutions Ltd\nGermany (Remote)\nPromoted',
    links: ['https://www.linkedin.com/jobs/view/1000000003/?trk=flagship3_search_srp_jobs'],
    fields: {
      title: 'Data Entry Clerk, $45/hr, no experience',
      hiringOrganization: 'Global Staffing Solutions Ltd',
      location: 'Germany (Remote)',
    },
    key: '1000000003',
    site: 'linkedin',
  },
];

// Reviewed by hand against tests/fixtures/sites/linkedin-jobs-search-sdui.xhtml: the detail screen (read like the
// standalone view), then the three cards in list order, their fields from the first three <p> lines.
const SDUI_SEARCH_VIEW = {
  kind: 'posting',
  text: [
    'Remote Data Entry Assistant',
    'Global Staffing Solutions Ltd',
    'United States (Remote)',
    'Work from home, $45/hour, flexible hours, no experience needed.',
    'Requirements',
    'Laptop and internet',
    'Pay a refundable $150 training and equipment fee via Apple gift cards, reimbursed with your first paycheck',
    'Interviews are held on WhatsApp: wa.me/14155550123',
  ].join('\n'),
  links: ['https://wa.me/14155550123'],
  fields: {
    title: 'Remote Data Entry Assistant',
    hiringOrganization: 'Global Staffing Solutions Ltd',
    hiringOrganizationUrl: 'https://www.linkedin.com/company/global-staffing-solutions-ltd/life/',
    location: 'United States (Remote)',
  },
  key: '4055555555',
  site: 'linkedin',
};
const SDUI_CARDS = [
  {
    kind: 'posting',
    text: 'Remote Data Entry Assistant\nGlobal Staffing Solutions Ltd\nUnited States (Remote)\n$40/hr - $45/hr\nPromoted · Easy Apply',
    links: [],
    fields: {
      title: 'Remote Data Entry Assistant',
      hiringOrganization: 'Global Staffing Solutions Ltd',
      location: 'United States (Remote)',
    },
    key: '4055555555',
    site: 'linkedin',
  },
  {
    kind: 'posting',
    text: 'Data Analyst\nAcme\nAustin, TX (Hybrid)\nViewed',
    links: [],
    fields: { title: 'Data Analyst', hiringOrganization: 'Acme', location: 'Austin, TX (Hybrid)' },
    key: '4066666666',
    site: 'linkedin',
  },
  {
    kind: 'posting',
    text: 'Online Assistant, $900/week, no interview, WhatsApp\nHR Solutions Worldwide\nUnited States (Remote)',
    links: [],
    fields: {
      title: 'Online Assistant, $900/week, no interview, WhatsApp',
      hiringOrganization: 'HR Solutions Worldwide',
      location: 'United States (Remote)',
    },
    key: '4077777777',
    site: 'linkedin',
  },
];

describe('linkedin adapter: job view', () => {
  it('reads the SDUI job view (XHTML fixture: ul nested in p) by its stable hooks', () => {
    const doc = loadFixture('linkedin-job-sdui.xhtml');
    expect(findItems(doc, JOB_URL).map(summary)).toEqual([
      {
        kind: 'posting',
        text: [
          'Remote Data Entry Assistant',
          'Global Staffing Solutions Ltd',
          'United States (Remote)',
          'Work from home, $45/hour, flexible hours, no experience needed.',
          'Requirements',
          'Laptop and internet',
          'Pay a refundable $150 training and equipment fee via Apple gift cards, reimbursed with your first paycheck',
          'Interviews are held on WhatsApp: wa.me/14155550123',
        ].join('\n'),
        links: ['https://wa.me/14155550123'],
        fields: {
          title: 'Remote Data Entry Assistant',
          hiringOrganization: 'Global Staffing Solutions Ltd',
          hiringOrganizationUrl: 'https://www.linkedin.com/company/global-staffing-solutions-ltd/life/',
          location: 'United States (Remote)',
        },
        key: '4055555555',
        site: 'linkedin',
      },
    ]);
    const [item] = findItems(doc, JOB_URL);
    expect(item?.element.getAttribute('data-sdui-screen')).toBe('com.linkedin.sdui.flagshipnav.jobs.JobDetails');
  });

  it('reads the classic two-pane job view, then the filled result cards', () => {
    const doc = loadFixture('linkedin-job-classic.html');
    expect(findItems(doc, COLLECTIONS_URL).map(summary)).toEqual([
      {
        kind: 'posting',
        text: [
          'Backend Engineer',
          'Acme',
          'Berlin, Germany',
          'About the job',
          'We build payment infrastructure used by 2,000 merchants.',
          "What you'll do",
          'Design Go services',
          'Own on-call for your team',
          'Salary €70,000–85,000 per year. Apply through our careers page.',
        ].join('\n'),
        links: ['https://careers.acme.example/jobs/42'],
        fields: {
          title: 'Backend Engineer',
          hiringOrganization: 'Acme',
          hiringOrganizationUrl: 'https://www.linkedin.com/company/acme/life/',
          location: 'Berlin, Germany',
        },
        key: '1000000001',
        site: 'linkedin',
      },
      ...CLASSIC_CARDS,
    ]);
  });

  it('finds a classic card once LinkedIn fills it in (cards are empty until scrolled into view)', () => {
    const doc = loadFixture('linkedin-job-classic.html');
    const empty = doc.querySelector('li[data-occludable-job-id="1000000004"]')!;
    expect(findItems(empty, COLLECTIONS_URL)).toEqual([]);
    empty.innerHTML =
      '<div><div class="job-card-container" data-job-id="1000000004"><div class="artdeco-entity-lockup__title"><a class="job-card-list__title--link" href="/jobs/view/1000000004/"><span aria-hidden="true"><strong>Chat Support, Bangkok</strong></span><span class="visually-hidden">Chat Support, Bangkok</span></a></div><div class="artdeco-entity-lockup__subtitle"><span>Golden Star Co.</span></div><div class="artdeco-entity-lockup__caption"><ul><li class="job-card-container__metadata-item">Bangkok, Thailand</li></ul></div></div></div>';
    const title = empty.querySelector('strong')!;
    expect(findItems(title, COLLECTIONS_URL).map(summary)).toEqual([
      {
        kind: 'posting',
        text: 'Chat Support, Bangkok\nGolden Star Co.\nBangkok, Thailand',
        links: ['https://www.linkedin.com/jobs/view/1000000004/'],
        fields: { title: 'Chat Support, Bangkok', hiringOrganization: 'Golden Star Co.', location: 'Bangkok, Thailand' },
        key: '1000000004',
        site: 'linkedin',
      },
    ]);
    expect(findItems(title, COLLECTIONS_URL)[0]?.element).toBe(empty);
  });

  it('reads the SDUI search page: the selected job view, then the result cards', () => {
    const doc = loadFixture('linkedin-jobs-search-sdui.xhtml');
    const items = findItems(doc, SEARCH_URL);
    expect(items.map(summary)).toEqual([SDUI_SEARCH_VIEW, ...SDUI_CARDS]);
    expect(items[0]?.element.getAttribute('data-sdui-screen')).toBe('com.linkedin.sdui.flagshipnav.jobs.SemanticJobDetails');
    // The card is role="button": the warning goes on its wrapper, outside the button's accessible name.
    for (const card of items.slice(1)) {
      expect(card.element.hasAttribute('data-view-tracking-scope')).toBe(true);
      expect(card.element.firstElementChild?.getAttribute('role')).toBe('button');
    }
  });

  it('finds an SDUI card appended to the list from its own subtree', () => {
    const doc = loadFixture('linkedin-jobs-search-sdui.xhtml');
    const list = doc.querySelector('[componentkey="SearchResultsMainContent"]')!;
    const wrapper = doc.createElementNS('http://www.w3.org/1999/xhtml', 'div');
    wrapper.innerHTML =
      '<div role="button" componentkey="job-card-component-ref-4088888888"><div componentkey="e1"><div><p><span aria-hidden="true">Typist</span></p><p>Quick Hire LLC</p><p>Remote</p></div><button aria-label="Dismiss Typist job"></button></div></div>';
    list.append(wrapper);
    expect(findItems(wrapper, SEARCH_URL).map((i) => [i.key, i.text, i.fields?.hiringOrganization])).toEqual([
      ['4088888888', 'Typist\nQuick Hire LLC\nRemote', 'Quick Hire LLC'],
    ]);
  });
});

describe('linkedin adapter: public (logged-out) job search', () => {
  const GUEST_URL = new URL('https://www.linkedin.com/jobs/search?keywords=data%20entry&location=United%20States');
  const view = (slug: string): string => `https://www.linkedin.com/jobs/view/${slug}`;
  const company = (id: string): string => `https://www.linkedin.com/company/${id}?trk=public_jobs_jserp-result_job-search-card-subtitle`;

  // Reviewed by hand against tests/fixtures/sites/linkedin-jobs-guest.html: one item per card of the results
  // list, without the full-card link's sr-only copy of the title; the page's h1 and "See more jobs" are not items.
  it('finds exactly the result cards', () => {
    expect(findItems(loadFixture('linkedin-jobs-guest.html'), GUEST_URL).map(summary)).toEqual([
      {
        kind: 'posting',
        text: 'Warehouse Associate\nNorthline Logistics\nColumbus, OH\nActively Hiring\n3 days ago',
        links: [
          view(
            'warehouse-associate-at-northline-logistics-3901000001?position=1&pageNum=0&refId=Qk9nA1bC2dE3fG4hI5jK6w%3D%3D&trackingId=aB1cD2eF3gH4iJ5kL6mN7o%3D%3D',
          ),
          company('northline-logistics'),
        ],
        fields: { title: 'Warehouse Associate', hiringOrganization: 'Northline Logistics', location: 'Columbus, OH' },
        key: '3901000001',
        site: 'linkedin',
      },
      {
        kind: 'posting',
        text: 'Online Typing Job $50/hour - No Experience\nStar Global HR\nUnited States 2 hours ago',
        links: [view('online-typing-job-at-star-global-hr-3901000002?position=2&pageNum=0'), company('star-global-hr')],
        fields: { title: 'Online Typing Job $50/hour - No Experience', hiringOrganization: 'Star Global HR', location: 'United States' },
        key: '3901000002',
        site: 'linkedin',
      },
      {
        kind: 'posting',
        text: 'Customer Service Representative (English)\nGolden Bay Co.\nBangkok, Thailand 1 week ago',
        links: [view('customer-service-representative-at-golden-bay-co-3901000003?position=3&pageNum=0'), company('golden-bay-co')],
        fields: { title: 'Customer Service Representative (English)', hiringOrganization: 'Golden Bay Co.', location: 'Bangkok, Thailand' },
        key: '3901000003',
        site: 'linkedin',
      },
    ]);
  });

  it('leaves a public job view to its schema.org posting: its "similar jobs" cards do not take its place', () => {
    const posting = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Chat Support Agent',
      description: 'Reply to customers.',
      hiringOrganization: { '@type': 'Organization', name: 'Golden Bay Co.' },
    };
    const doc = new DOMParser().parseFromString(
      `<html><head><title>Golden Bay Co. hiring Chat Support Agent | LinkedIn</title><script type="application/ld+json">${JSON.stringify(posting)}</script></head>
      <body><main><h1 class="top-card-layout__title">Chat Support Agent</h1><div class="show-more-less-html__markup">Reply to customers.</div>
      <section class="similar-jobs"><ul class="similar-jobs__list"><li><div class="base-card base-search-card" data-entity-urn="urn:li:jobPosting:3901000009">
      <a class="base-card__full-link" href="/jobs/view/typist-3901000009"><span class="sr-only">Typist</span></a><h3 class="base-search-card__title">Typist</h3></div></li></ul></section></main></body></html>`,
      'text/html',
    );
    const items = findItems(doc, new URL('https://www.linkedin.com/jobs/view/chat-support-agent-at-golden-bay-co-3901000008'));
    expect(items.map((i) => [i.site, i.fields?.title])).toEqual([['jsonld', 'Chat Support Agent']]);
  });
});

describe('linkedin adapter: feed', () => {
  it('finds SDUI and legacy posts, without buttons, visually-hidden duplicates or comment boxes', () => {
    const doc = loadFixture('linkedin-feed.html');
    expect(findItems(doc, FEED_URL).map(summary)).toEqual([
      {
        kind: 'posting',
        text: '📢 We are hiring customer service staff for our company in Thailand (Mae Sot). Salary 35,000 THB + commission, visa and air ticket paid by the company, no interview. Only English typing needed! Contact HR on Telegram t.me/goldenstar_hr and send your passport copy.',
        links: ['https://t.me/goldenstar_hr'],
        sender: 'Kelly Tan',
        site: 'linkedin',
      },
      {
        kind: 'posting',
        text: "We're hiring 3 backend engineers in Berlin. Hybrid, €75k–90k. Apply: https://lnkd.in/e-acme42",
        links: ['https://lnkd.in/e-acme42'],
        sender: 'Acme',
        site: 'linkedin',
      },
      {
        kind: 'posting',
        text: 'My team is hiring a junior data analyst (Lisbon, hybrid). DM me or apply on our site!\n#hiring',
        links: ['https://www.linkedin.com/feed/hashtag/?keywords=hiring'],
        sender: 'Ann Lee',
        key: 'urn:li:activity:7300000000000000001',
        site: 'linkedin',
      },
      {
        kind: 'posting',
        text: "Poste d'assistant administratif à domicile, 25 €/heure. Nous vous envoyons un chèque de 2 800 € pour acheter votre équipement auprès de notre fournisseur agréé, puis vous nous renvoyez le surplus par virement.",
        links: [],
        sender: 'Marc Dubois',
        key: 'urn:li:activity:7300000000000000002',
        site: 'linkedin',
      },
    ]);
  });

  it('finds a lazily mounted post from its subtree and forgets unmounted ones', () => {
    const doc = loadFixture('linkedin-feed.html');
    doc.querySelector('[data-lazy-mount-id="m1"]')!.remove();
    const slot = doc.createElement('div');
    slot.setAttribute('data-lazy-mount-id', 'm4');
    slot.innerHTML =
      '<div role="listitem" componentkey="expandedQq1FeedType_MAIN_FEED_RELEVANCE"><p>Zed</p><p><span data-testid="expandable-text-box">New post</span></p></div>';
    doc.querySelector('[data-testid="mainFeed"]')!.append(slot);
    expect(findItems(slot, FEED_URL).map((i) => [i.text, i.sender])).toEqual([['New post', 'Zed']]);
    expect(findItems(doc, FEED_URL).map((i) => i.sender)).toEqual(['Acme', 'Zed', 'Ann Lee', 'Marc Dubois']);
  });
});

describe('linkedin adapter: messaging', () => {
  it('finds each message and carries the group sender forward', () => {
    const doc = loadFixture('linkedin-messaging.html');
    expect(findItems(doc, MSG_URL).map(summary)).toEqual([
      {
        kind: 'message',
        text: 'Hi! Your profile matches our Remote Payroll Assistant role at Amazon, $38/hr.\nThe interview is a text chat on Telegram with our HR manager: t.me/amazon_hr_desk',
        links: ['https://t.me/amazon_hr_desk'],
        sender: 'Sarah Johnson',
        outgoing: false,
        key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAA1,2-MTcw)',
        site: 'linkedin',
      },
      {
        kind: 'message',
        text: 'Please send a photo of your ID (front and back) and your bank login so payroll can set up direct deposit. Reply to amazon.hr.recruit@gmail.com',
        links: [],
        sender: 'Sarah Johnson',
        outgoing: false,
        key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAA1,2-MTcx)',
        site: 'linkedin',
      },
      {
        kind: 'message',
        text: 'Can we do a video call instead?',
        links: [],
        outgoing: true,
        key: 'urn:li:msg_message:(urn:li:fsd_profile:ACoAA2,2-MTcy)',
        site: 'linkedin',
      },
    ]);
  });

  it('falls back to the a11y heading when the group header scrolled out', () => {
    const doc = loadFixture('linkedin-messaging.html');
    doc.querySelector('li.msg-s-message-list__event')!.remove();
    const [first] = findItems(doc, MSG_URL);
    expect(first?.sender).toBe('Sarah Johnson');
    doc.querySelector('.msg-s-event-listitem--group-a11y-heading')!.remove();
    expect(findItems(doc, MSG_URL)[0]?.sender).toBeUndefined();
  });
});

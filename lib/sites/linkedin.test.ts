import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const JOB_URL = new URL('https://www.linkedin.com/jobs/view/4055555555/');
const COLLECTIONS_URL = new URL('https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1000000001');
const FEED_URL = new URL('https://www.linkedin.com/feed/');
const MSG_URL = new URL('https://www.linkedin.com/messaging/thread/2-abc/');

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

  it('reads the classic two-pane job view and not the result cards', () => {
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
    ]);
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

import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';
import { withoutQuotedHistory } from './outlook';

const OWA_URL = new URL('https://outlook.office.com/mail/inbox/id/AAQkADmule1');

// Reviewed by hand against tests/fixtures/sites/outlook.html: two messages of the thread (the quoted reply
// after x_divRplyFwdMsg cut off; the localized body label still found by its id), never the compose editor
// that shares the aria-label "Message body".
const EXPECTED = [
  {
    kind: 'message',
    text: 'Onboarding documents – Deloitte Remote Analyst\nFrom: Deloitte Talent Team <deloitte.talent.team@outlook.com>\nHello Jamie,\nYou have been selected for the Remote Data Analyst role ($48/hr) without an interview. To set up payroll, reply today with your Social Security Number, a photo of both sides of your ID, and your online banking username and password for direct deposit.\nComplete the onboarding form: Onboarding Portal',
    links: ['https://bit.ly/dlt-onboard'],
    sender: 'deloitte.talent.team@outlook.com',
    site: 'outlook',
  },
  {
    kind: 'message',
    text: 'Onboarding documents – Deloitte Remote Analyst\nFrom: Northwind HR <hr@northwind.example>\nHi Jamie, your interview with our engineering manager is on Thursday at 2 pm at our office, 12 Harbour St. Bring nothing but your questions.',
    links: [],
    sender: 'hr@northwind.example',
    site: 'outlook',
  },
];

describe('outlook adapter', () => {
  it('finds exactly the read messages, not the compose editor', () => {
    expect(findItems(loadFixture('outlook.html'), OWA_URL).map(summary)).toEqual(EXPECTED);
  });

  it('marks each message region, not the whole thread', () => {
    const items = findItems(loadFixture('outlook.html'), OWA_URL);
    expect(items.map((i) => i.element.getAttribute('aria-label'))).toEqual(['Email message', 'Email message']);
  });

  it('works on outlook.live.com as well', () => {
    expect(findItems(loadFixture('outlook.html'), new URL('https://outlook.live.com/mail/0/inbox')).length).toBe(2);
  });

  it('keeps the whole body when there is no reply header', () => {
    const doc = new DOMParser().parseFromString('<div id="b"><p>One</p><p>Two</p></div>', 'text/html');
    expect(withoutQuotedHistory(doc.querySelector('#b')!, '[id$="divRplyFwdMsg"]', '')).toBe('One\nTwo');
  });
});

import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const GMAIL_URL = new URL('https://mail.google.com/mail/u/0/#inbox/FMfcgzQ');

// Reviewed by hand against tests/fixtures/sites/gmail.html: the two open messages (the collapsed one has no
// body); subject and From line lead the text; the reply's quoted history is left out; the signed-in user's
// own message is outgoing; the reply composer is not read.
const EXPECTED = [
  {
    kind: 'message',
    text: "Job Offer: Remote Administrative Assistant – Next Steps\nFrom: Global Pharma HR <careers.hr.department@gmail.com>\nDear Candidate,\nCongratulations! After reviewing your interview answers on Google Hangouts, we are pleased to offer you the position of Remote Administrative Assistant at $32/hour.\nYou will receive a cashier's cheque of $4,850 by FedEx. Deposit it via mobile banking, keep $500 for your first week, and send the remaining balance to our certified equipment vendor by Zelle to purchase your laptop and software.\nPlease reply with your full name, home address, phone number and a photo of your driver's license.\nRegards,\nDr. Michael Carter\nHR Director, Global Pharma Inc.",
    links: [],
    sender: 'careers.hr.department@gmail.com',
    outgoing: false,
    key: '#msg-f:17880001',
    site: 'gmail',
  },
  {
    kind: 'message',
    text: 'Job Offer: Remote Administrative Assistant – Next Steps\nFrom: Me <me@gmail.com>\nThank you! Before I deposit anything, can you send the offer letter on company letterhead?',
    links: [],
    outgoing: true,
    key: '#msg-f:17880002',
    site: 'gmail',
  },
];

describe('gmail adapter', () => {
  it('finds exactly the open messages', () => {
    expect(findItems(loadFixture('gmail.html'), GMAIL_URL).map(summary)).toEqual(EXPECTED);
  });

  it('finds a message when the preview pane inserts it later', () => {
    const doc = loadFixture('gmail.html');
    const list = doc.querySelector('div[role="list"]')!;
    const item = doc.createElement('div');
    item.setAttribute('role', 'listitem');
    item.innerHTML =
      '<div class="adn ads" data-message-id="#msg-f:3"><span class="gD" email="a@b.example" name="A">A</span><div class="ii gt"><div class="a3s aiL">Welcome aboard</div></div></div>';
    list.append(item);
    expect(findItems(item, GMAIL_URL).map((i) => i.text)).toEqual([
      'Job Offer: Remote Administrative Assistant – Next Steps\nFrom: A <a@b.example>\nWelcome aboard',
    ]);
  });
});

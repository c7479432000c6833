import { describe, expect, it } from 'vitest';
import { senderFromAriaLabel } from './facebook';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const GROUP_URL = new URL('https://www.facebook.com/groups/123/');
const MESSAGES_URL = new URL('https://www.facebook.com/messages/t/100010/');

// Reviewed by hand against tests/fixtures/sites/facebook.html: two posts with text (the photo-only post and
// the loading placeholder have no message), comments and the comment composer are not part of the post,
// "See more" is dropped, and the l.facebook.com shim is unwrapped to the t.me target.
const POSTS = [
  {
    kind: 'posting',
    text: 'HIRING ASAP!!! Customer Service Representative (English) sa Dubai at Cambodia 🇰🇭\n✅ Sahod $1,200/month + commission\n✅ Libre ang ticket at visa, may free accommodation\n✅ No placement fee, no experience needed\nPM lang sa Telegram: t.me/hr_dubaijobs at send passport photo ✈️',
    links: ['https://t.me/hr_dubaijobs'],
    sender: 'Maricel Santos',
    site: 'facebook',
  },
  {
    kind: 'posting',
    text: "We're hiring Software Engineers in Taguig. Apply on our careers site: accenture.com/ph-en/careers",
    links: ['https://www.accenture.com/ph-en/careers'],
    sender: 'Accenture Philippines',
    site: 'facebook',
  },
];

// Reviewed by hand against tests/fixtures/sites/facebook-messenger.html, in document order: date breaks,
// "You sent" labels and delivery statuses are not text; own messages are outgoing without a sender.
const MESSAGES = [
  {
    kind: 'message',
    text: "Congratulations, you are hired as our remote personal assistant, $650 weekly! I will mail you a cheque of $2,950. Deposit it, keep your first week's pay, and buy the office equipment from our vendor with Apple gift cards. Send me the card codes.",
    links: [],
    sender: 'Daniel Brooks',
    outgoing: false,
    site: 'facebook',
  },
  {
    kind: 'message',
    text: 'Ok',
    links: [],
    outgoing: true,
    site: 'facebook',
  },
  {
    kind: 'message',
    text: 'Do not tell your bank what it is for.',
    links: [],
    sender: 'Daniel Brooks',
    outgoing: false,
    site: 'facebook',
  },
  {
    kind: 'message',
    text: 'Anyone applied to the Shopify support role? Interviews were on Zoom for me.',
    links: [],
    sender: 'Priya Nair',
    outgoing: false,
    site: 'facebook',
  },
  {
    kind: 'message',
    text: 'Yes, got an offer last week',
    links: [],
    outgoing: true,
    site: 'facebook',
  },
];

describe('facebook adapter', () => {
  it('finds exactly the group posts, read from their message only', () => {
    expect(findItems(loadFixture('facebook.html'), GROUP_URL).map(summary)).toEqual(POSTS);
  });

  it('marks the post container (aria-posinset), not the message or a comment', () => {
    const items = findItems(loadFixture('facebook.html'), GROUP_URL);
    expect(items.map((i) => i.element.getAttribute('aria-posinset'))).toEqual(['1', '2']);
  });

  it('follows the virtualised feed: posts leave and arrive', () => {
    const doc = loadFixture('facebook.html');
    const feed = doc.querySelector('[role="feed"]')!;
    feed.querySelector('[aria-posinset="1"]')!.remove();
    const post = doc.createElement('div');
    post.setAttribute('aria-posinset', '5');
    post.innerHTML =
      '<div data-pagelet="FeedUnit_4"><div data-ad-rendering-role="profile_name"><h3><strong><span>Lea</span></strong></h3></div><div data-ad-rendering-role="story_message"><div data-ad-preview="message"><div dir="auto">Part-time barista needed in Cebu</div></div></div></div>';
    feed.append(post);
    expect(findItems(post, GROUP_URL).map((i) => [i.text, i.sender])).toEqual([['Part-time barista needed in Cebu', 'Lea']]);
    expect(findItems(doc, GROUP_URL).map((i) => i.element.getAttribute('aria-posinset'))).toEqual(['2', '5']);
  });

  it('re-finds a post when "See more" expands its text', () => {
    const doc = loadFixture('facebook.html');
    const preview = doc.querySelector('[aria-posinset="2"] [data-ad-preview="message"]')!;
    preview.insertAdjacentHTML('beforeend', '<div dir="auto">Hybrid, 3 days on site.</div>');
    const items = findItems(preview.lastElementChild!, GROUP_URL);
    expect(items.map((i) => i.text)).toEqual([
      "We're hiring Software Engineers in Taguig. Apply on our careers site: accenture.com/ph-en/careers\nHybrid, 3 days on site.",
    ]);
  });

  it('finds exactly the Messenger messages of both generations', () => {
    expect(findItems(loadFixture('facebook-messenger.html'), MESSAGES_URL).map(summary)).toEqual(MESSAGES);
  });

  // Reviewed by hand against tests/fixtures/sites/facebook-messenger-es.html: the Spanish UI's "Enviaste" label
  // is the only sign of the user's own message there (no delivery status, no aria-label).
  it('reads the own-message label of a Spanish UI', () => {
    expect(findItems(loadFixture('facebook-messenger-es.html'), MESSAGES_URL).map(summary)).toEqual([
      {
        kind: 'message',
        text: 'Trabajo desde casa, solo necesitas tu celular. Ganas 300 USD al día dando likes. Escríbeme por Telegram @carla_empleos para empezar hoy.',
        links: [],
        sender: 'Carla Ríos',
        outgoing: false,
        site: 'facebook',
      },
      {
        kind: 'message',
        text: '¿Alguien sabe si la feria de empleo del sábado sigue en pie?',
        links: [],
        sender: 'Luis Paredes',
        outgoing: false,
        site: 'facebook',
      },
      { kind: 'message', text: 'Sí, en el Parque de la Exposición a las 9', links: [], outgoing: true, site: 'facebook' },
    ]);
  });

  // The labels with public evidence of their exact text (selectors.json, sources in the fixture's comment and
  // lib/sites/facebook.ts); a name in the h5 stays a sender.
  it.each([
    ['Enviaste', true],
    ['Vous avez envoyé', true],
    ['Du hast gesendet', true],
    ['Hai inviato', true],
    ['Você enviou', true],
    ['你发送了', true],
    ['Enviaste un mensaje', false],
    ['Carla Ríos', false],
  ])('h5 label %j marks an own message: %s', (label, own) => {
    const doc = loadFixture('facebook-messenger-es.html');
    const rows = doc.querySelectorAll('[role="row"]');
    rows[rows.length - 1]!.querySelector('h5 span')!.textContent = label;
    const last = findItems(doc, MESSAGES_URL).pop();
    expect(last?.outgoing).toBe(own);
    expect(last?.sender).toBe(own ? undefined : label);
  });

  it.each([
    ['At 10:02, Daniel Brooks: Hello', 'Daniel Brooks'],
    ['At 10:02 AM, You: Ok', 'You'],
    ['À 10:02, Daniel: Bonjour', undefined],
    [null, undefined],
  ])('reads the sender of aria-label %j', (label, sender) => {
    expect(senderFromAriaLabel(label, 'At ')).toBe(sender);
  });
});

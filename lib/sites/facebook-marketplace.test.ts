import { describe, expect, it } from 'vitest';
import { listingId, placeOf } from './facebook-marketplace';
import { adaptersFor, findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';
import { Selectors } from './kit/selectors';
import { DEFAULT_SELECTORS } from './registry';

const ITEM_URL = new URL('https://www.facebook.com/marketplace/item/1122334455667788/?ref=search');
const SEARCH_URL = new URL('https://www.facebook.com/marketplace/manila/search/?query=jobs');
/** The grid page after a click on the scam card: the URL names the listing the dialog shows. */
const DIALOG_URL = new URL('https://www.facebook.com/marketplace/item/1111222233334444/');
const FIXTURE_URL = new URL('http://127.0.0.1:4612/sites/facebook-marketplace.html');

const mp = (path: string): string => `https://www.facebook.com${path}`;

// Reviewed by hand against tests/fixtures/sites/facebook-marketplace-item.html: the listing is built from
// its header lines (title, price, "Listed … in …") and the seller's description, without "See more", the
// buttons, the map, the seller box or the message box; sender = the seller's name, not "Seller details".
// "Today's picks" below are cards of their own. The sidebar's "Marketplace" h1 is not the title.
const LISTING = {
  kind: 'posting',
  text: [
    'Online Data Encoder - Work From Home',
    '$500',
    'Listed 2 days ago in Cebu City, Philippines',
    'No experience needed! Earn $500 per day doing simple encoding tasks on your phone.',
    'Training provided. Small registration fee of $30, refundable after your first payout.',
    'Slots are limited, message our HR on Telegram @hr_cebu_jobs or WhatsApp +63 917 555 0134 now.',
  ].join('\n'),
  links: [],
  sender: 'Global Careers Hub PH',
  fields: { title: 'Online Data Encoder - Work From Home', location: 'Cebu City, Philippines' },
  key: '1122334455667788',
  site: 'facebook-marketplace',
};
const RELATED = [
  {
    kind: 'posting',
    text: '₱4,500\nWooden sofa, 3-seater\nCebu City, Cebu',
    links: [mp('/marketplace/item/2233445566778899/?ref=product_details&referral_code=null&referral_story_type=post')],
    key: '2233445566778899',
    site: 'facebook-marketplace',
  },
  {
    kind: 'posting',
    text: '$300\nTyping job at home, $300/day, no interview\nMandaue City, Cebu',
    links: [mp('/marketplace/item/3344556677889900/?ref=product_details&referral_code=null&referral_story_type=post')],
    key: '3344556677889900',
    site: 'facebook-marketplace',
  },
];

// Reviewed by hand against tests/fixtures/sites/facebook-marketplace.html: the dialog's listing first,
// then the four organic cards in grid order (the sponsored cell links elsewhere, the virtualized cell is
// empty); the listing shared in the docked chat stays part of the chat message, read by `facebook`.
const DIALOG = {
  kind: 'posting',
  text: [
    '$500/day NO EXPERIENCE, message HR on Telegram',
    '$500',
    'Listed 5 hours ago in Manila, Philippines',
    'Hiring now for online jobs! No experience, no interview, you only need a phone. $500 per day, paid daily. Pay the $25 activation fee first to unlock your tasks. Contact our HR on Telegram: t.me/fastcash_hr',
  ].join('\n'),
  links: [],
  sender: 'Rhea Mae Santos',
  fields: { title: '$500/day NO EXPERIENCE, message HR on Telegram', location: 'Manila, Philippines' },
  site: 'facebook-marketplace',
};
const CARDS = [
  {
    kind: 'posting',
    text: '$500\n$500/day NO EXPERIENCE, message HR on Telegram\nManila, Philippines',
    links: [
      mp('/marketplace/item/1111222233334444/?ref=search&referral_code=null&referral_story_type=post&tracking=browse_serp%3Ac5c74a4e'),
    ],
    key: '1111222233334444',
    site: 'facebook-marketplace',
  },
  {
    kind: 'posting',
    text: '₱95\nPart-time barista, Kapé Kalye café\nMakati, Philippines\nPer hour · 20 hrs/week',
    links: [mp('/marketplace/item/5555666677778888/?ref=search&referral_code=null&referral_story_type=post')],
    key: '5555666677778888',
    site: 'facebook-marketplace',
  },
  {
    kind: 'posting',
    // The struck-through old price runs into the new one, as in the page's own text (idx:65910492578 §2.3).
    text: 'Just listed\n₱8,000₱9,500\nL-shaped sofa, grey\nQuezon City, Philippines',
    links: [mp('/marketplace/item/9999000011112222/?ref=search&referral_code=null&referral_story_type=post')],
    key: '9999000011112222',
    site: 'facebook-marketplace',
  },
  {
    kind: 'posting',
    text: "Free\nKids' bicycle\nPasig, Philippines",
    links: [mp('/marketplace/np/item/4444333322221111/?ref=search')],
    key: '4444333322221111',
    site: 'facebook-marketplace',
  },
];
const CHAT_MESSAGE = {
  kind: 'message',
  text: 'Saw this, is it legit? $500/day NO EXPERIENCE',
  links: [mp('/marketplace/item/1111222233334444/')],
  sender: 'Ana Cruz',
  outgoing: false,
  site: 'facebook',
};

describe('facebook-marketplace adapter', () => {
  it('finds exactly the listing and the related cards on a listing page', () => {
    expect(findItems(loadFixture('facebook-marketplace-item.html'), ITEM_URL).map(summary)).toEqual([LISTING, ...RELATED]);
  });

  it('marks the listing column (not the page, not a related card) and the cards beside their links', () => {
    const doc = loadFixture('facebook-marketplace-item.html');
    const [listing, ...cards] = findItems(doc, ITEM_URL);
    expect(listing?.element.querySelector('h1')?.textContent).toBe('Online Data Encoder - Work From Home');
    expect(listing?.element.contains(doc.querySelector('textarea'))).toBe(true);
    expect(listing?.element.querySelector('a[href*="/marketplace/item/"]')).toBeNull();
    for (const card of cards) {
      expect(card.element.localName).toBe('div');
      expect(card.element.firstElementChild?.localName).toBe('a');
      expect(card.element.children).toHaveLength(1);
    }
  });

  it('finds exactly the dialog listing and the cards on the grid; the shared listing stays in the chat', () => {
    const items = findItems(loadFixture('facebook-marketplace.html'), SEARCH_URL);
    expect(items.map(summary)).toEqual([DIALOG, ...CARDS, CHAT_MESSAGE]);
    expect(items.slice(1, 5).map((i) => i.element.id)).toEqual(['card-scam', 'card-legit', 'card-sofa', 'card-np']);
    expect(items[0]?.element.closest('[role="dialog"]')?.id).toBe('listing-dialog');
  });

  it('keys the dialog listing by the URL the click navigated to', () => {
    const [dialog] = findItems(loadFixture('facebook-marketplace.html'), DIALOG_URL);
    expect(dialog?.key).toBe('1111222233334444');
    expect(dialog?.element.closest('[role="dialog"]')).not.toBeNull();
  });

  it('on a fixture page only this adapter runs: no generic fallback claims a card', () => {
    const items = findItems(loadFixture('facebook-marketplace.html'), FIXTURE_URL);
    expect(items.map((i) => i.site)).toEqual(Array(5).fill('facebook-marketplace'));
    expect(items.map(summary)).toEqual(
      [DIALOG, ...CARDS].map((i) => ({ ...i, links: i.links.map((l) => l.replace('https://www.facebook.com', 'http://127.0.0.1:4612')) })),
    );
  });

  it('never claims a group page, and comes before `facebook` on Marketplace', () => {
    expect(adaptersFor(new URL('https://www.facebook.com/groups/123/')).map((a) => a.id)).toEqual(['facebook', 'jsonld']);
    expect(adaptersFor(new URL('https://www.facebook.com/messages/t/1/')).map((a) => a.id)).toEqual(['facebook', 'jsonld']);
    expect(adaptersFor(SEARCH_URL).map((a) => a.id)).toEqual(['facebook-marketplace', 'facebook', 'jsonld']);
    expect(adaptersFor(new URL('https://m.facebook.com/marketplace/category/jobs/')).map((a) => a.id)[0]).toBe('facebook-marketplace');
  });

  it('leaves a listing link inside a feed post to the post', () => {
    const doc = loadFixture('facebook.html');
    const message = doc.querySelector('[aria-posinset="2"] [data-ad-preview="message"] div[dir="auto"]')!;
    message.insertAdjacentHTML('beforeend', ' Also selling: <a href="/marketplace/item/7777888899990000/">office chair</a>');
    const items = findItems(doc, SEARCH_URL);
    expect(items.map((i) => [i.site, i.element.getAttribute('aria-posinset')])).toEqual([
      ['facebook', '1'],
      ['facebook', '2'],
    ]);
  });

  it('leaves a Marketplace inbox thread to the Messenger reader, even with a title and a profile link', () => {
    const doc = new DOMParser().parseFromString(
      `<title>Marketplace – Ana Cruz · Wooden sofa | Facebook</title><div role="main">
        <div><h1><span>Ana Cruz · Wooden sofa</span></h1><a href="/marketplace/profile/100055/">Ana Cruz</a>
          <a href="/marketplace/item/2233445566778899/">View listing</a></div>
        <div role="grid" aria-label="Messages in conversation with Ana Cruz">
          <div role="row"><div role="gridcell" data-scope="messages_table"><h5><span>Ana Cruz</span></h5>
            <div dir="auto">Is the sofa still available? I can pay by cheque, my agent will collect.</div></div></div></div></div>`,
      'text/html',
    );
    expect(findItems(doc, new URL('https://www.facebook.com/marketplace/t/100055/')).map((i) => [i.site, i.kind, i.sender])).toEqual([
      ['facebook-marketplace', 'posting', undefined],
      ['facebook', 'message', 'Ana Cruz'],
    ]);
    // The first item is the thread's "View listing" link, a listing card of its own, outside the conversation.
    expect(findItems(doc, new URL('https://www.facebook.com/marketplace/t/100055/'))[0]?.key).toBe('2233445566778899');
  });

  it('needs the seller link or an item URL: a category page h1 is no listing', () => {
    const doc = loadFixture('facebook-marketplace-item.html');
    for (const a of Array.from(doc.querySelectorAll('a[href*="/marketplace/profile/"]'))) a.remove();
    expect(findItems(doc, new URL('https://www.facebook.com/marketplace/category/jobs/')).map((i) => i.key)).toEqual([
      '2233445566778899',
      '3344556677889900',
    ]);
    // Logged out, the seller may be hidden: the item URL alone is enough, the sender is then unknown.
    const [listing] = findItems(doc, ITEM_URL);
    expect(listing?.key).toBe('1122334455667788');
    expect(listing?.sender).toBeUndefined();
    expect(listing?.text).toContain('registration fee of $30');
  });

  it.each([['<h2>See more on Facebook</h2>'], ['<h1>Log in or sign up for Facebook</h1><form><input aria-label="Email"></form>']])(
    'a prompt dialog (%s) does not hide the listing page behind it, logged in or out',
    (prompt) => {
      const doc = loadFixture('facebook-marketplace-item.html');
      doc.body.insertAdjacentHTML('beforeend', `<div role="dialog"><div aria-label="Close" role="button"></div>${prompt}</div>`);
      const keys = ['1122334455667788', '2233445566778899', '3344556677889900'];
      expect(findItems(doc, ITEM_URL).map((i) => i.key)).toEqual(keys);
      for (const a of Array.from(doc.querySelectorAll('a[href*="/marketplace/profile/"]'))) a.remove();
      expect(findItems(doc, ITEM_URL).map((i) => i.key)).toEqual(keys);
      // Without the seller, the page title must name the listing: a foreign h1 is no listing.
      doc.title = 'Facebook';
      expect(findItems(doc, ITEM_URL).map((i) => i.key)).toEqual(keys.slice(1));
    },
  );

  it('finds the description without its heading (another UI language): the longest text block', () => {
    const doc = loadFixture('facebook-marketplace-item.html');
    const heading = Array.from(doc.querySelectorAll('h2 span')).find((s) => s.textContent === "Seller's description")!;
    heading.textContent = 'Descripción del vendedor';
    const [listing] = findItems(doc, ITEM_URL);
    expect(listing?.text).toBe(LISTING.text);
  });

  it('re-reads the listing when "See more" expands the description, and finds cards as they arrive', () => {
    const doc = loadFixture('facebook-marketplace.html');
    const description = doc.querySelector('#listing-dialog .xz9dl7a span[dir="auto"]')!;
    description.insertAdjacentHTML('beforeend', '<br>Send a photo of your ID to register.');
    expect(findItems(description, SEARCH_URL).map((i) => i.text.split('\n').pop())).toEqual(['Send a photo of your ID to register.']);

    const cell = doc.querySelector('[data-virtualized="true"]')!;
    cell.setAttribute('data-virtualized', 'false');
    cell.innerHTML =
      '<div><span><div><div><a href="/marketplace/item/1212121212121212/?ref=search"><div><div><img alt="" src="data:,"></div><div><div><span dir="auto">$1,000</span></div><div><span dir="auto">Cambodia call centre, visa paid</span></div><div><span dir="auto">Phnom Penh</span></div></div></div></a></div></div></span></div>';
    expect(findItems(cell, SEARCH_URL).map(summary)).toEqual([
      {
        kind: 'posting',
        text: '$1,000\nCambodia call centre, visa paid\nPhnom Penh',
        links: [mp('/marketplace/item/1212121212121212/?ref=search')],
        key: '1212121212121212',
        site: 'facebook-marketplace',
      },
    ]);
    // A mutation inside a card re-finds that card only.
    const title = doc.querySelector('#card-legit span span')!;
    expect(findItems(title, SEARCH_URL).map((i) => i.key)).toEqual(['5555666677778888']);
  });

  it('skips links that only look like listings, and a card whose cell was emptied', () => {
    const doc = loadFixture('facebook-marketplace.html');
    doc.querySelector('#card-np a')!.setAttribute('href', '/marketplace/item/not-a-number/');
    doc.querySelector('#card-sofa')!.replaceChildren();
    expect(findItems(doc.querySelector('#grid')!, SEARCH_URL).map((i) => i.key)).toEqual(['1111222233334444', '5555666677778888']);
  });

  it('takes selector overrides from the pack: a French UI', () => {
    const doc = loadFixture('facebook-marketplace-item.html');
    const listed = Array.from(doc.querySelectorAll('span')).find((s) => s.textContent?.startsWith('Listed '))!;
    listed.textContent = 'Mis en vente il y a 2 jours à Lyon';
    expect(findItems(doc, ITEM_URL)[0]?.fields?.location).toBeUndefined();
    const sites = { 'facebook-marketplace': { listedPrefixes: ['Mis en vente '], listedIn: [' à '] } };
    expect(findItems(doc, ITEM_URL, sites)[0]?.fields?.location).toBe('Lyon');
  });

  it.each([
    ['/marketplace/item/1234567890/', '1234567890'],
    ['https://www.facebook.com/marketplace/item/42/?ref=search&tracking=x', '42'],
    ['/marketplace/np/item/77/', '77'],
    ['/marketplace/item/abc/', undefined],
    ['/marketplace/profile/42/', undefined],
    [null, undefined],
  ])('reads the listing id of %j', (href, id) => {
    expect(listingId(href)).toBe(id);
  });

  it.each([
    ['Title\n$5\nListed 2 days ago in Cebu City, Philippines', 'Cebu City, Philippines'],
    ['Title\n$5\nListed over a week ago in Sign in to see', 'Sign in to see'],
    ['Title\n$5\nListed 3 hours ago', undefined],
    ['Title in Manila\n$5', undefined],
  ])('reads the place of %j', (header, place) => {
    const sel = new Selectors('facebook-marketplace', DEFAULT_SELECTORS['facebook-marketplace'] ?? {});
    expect(placeOf(header, sel)).toBe(place);
  });
});

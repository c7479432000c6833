import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const FEED_URL = new URL('https://expat-board.example/');
const AD_URL = new URL('https://lokerluar.example/cs-kamboja');

// Reviewed by hand against tests/fixtures/sites/generic-feed.html: job posts from the three feed shapes
// (article, role="feed" children, same-structure list items), without comments nested in a post, the reply
// form, the recipe/football/classified posts that don't talk about work, or the nav/footer lists.
const FEED = [
  {
    kind: 'posting',
    text: 'งานแอดมินต่างประเทศ รายได้ดี\nรับสมัครพนักงานแอดมินทำงานที่เมียวดี เงินเดือน 35,000 บาท บินฟรี ที่พักฟรี Free flight ticket, just send your passport photo to our agent on Telegram: t.me/mw_admin_jobs',
    links: ['https://t.me/mw_admin_jobs'],
    site: 'generic',
  },
  {
    kind: 'posting',
    text: '兼职刷单\n在家兼职，每天只需1小时，日结300-800元！先垫付100元做任务，完成后返还本金加佣金。加微信 abc8899',
    links: [],
    site: 'generic',
  },
  {
    kind: 'posting',
    text: 'We are hiring\nOur café in Chiang Mai is hiring a barista, full-time, 18,000 THB per month plus tips. Apply in person.',
    links: [],
    site: 'generic',
  },
  {
    kind: 'posting',
    text: 'English teacher position\nLanguage school needs a part-time English teacher, 600 THB per hour, work permit provided.',
    links: [],
    site: 'generic',
  },
];

// Reviewed by hand against tests/fixtures/sites/generic-single-ad.html: the main content, without nav,
// aside (an ad) or footer.
const AD = [
  {
    kind: 'posting',
    text: 'Lowongan Kerja Customer Service di Kamboja\nDibutuhkan segera 20 orang customer service untuk perusahaan asing di Phnom Penh. Gaji Rp 15.000.000 per bulan, tiket pesawat dan visa gratis, mess disediakan.\nSyarat: bisa mengetik, usia 18–35, siap berangkat minggu ini. Kirim foto paspor dan KTP ke HR via WhatsApp: +855 12 345 678\nApply now, limited positions! Salary paid monthly, no experience needed.',
    links: ['https://wa.me/85512345678'],
    site: 'generic',
  },
];

describe('generic adapter', () => {
  it('finds exactly the job posts of a feed page', () => {
    expect(findItems(loadFixture('generic-feed.html'), FEED_URL).map(summary)).toEqual(FEED);
  });

  it('reads a single job ad page as one item on <main>', () => {
    const doc = loadFixture('generic-single-ad.html');
    expect(findItems(doc, AD_URL).map(summary)).toEqual(AD);
    expect(findItems(doc, AD_URL)[0]?.element.localName).toBe('main');
  });

  it('finds nothing on a page that is not about work', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1>Pad thai</h1><p>Soak the noodles, fry the tofu, add tamarind and palm sugar, then toss with peanuts and lime. Serve hot with bean sprouts and chili flakes on the side for everyone.</p></main>',
      'text/html',
    );
    expect(findItems(doc, AD_URL)).toEqual([]);
  });

  it('finds a post appended to the feed, from its subtree', () => {
    const doc = loadFixture('generic-feed.html');
    const card = doc.createElement('div');
    card.innerHTML = '<h3>Urgent</h3><p>Vacancy: data entry from home, salary 500 USD per day</p>';
    doc.querySelector('[role="feed"]')!.append(card);
    expect(findItems(card, FEED_URL).map((i) => i.text)).toEqual(['Urgent\nVacancy: data entry from home, salary 500 USD per day']);
  });

  it('is not used where a site adapter matches', () => {
    const doc = loadFixture('generic-feed.html');
    expect(findItems(doc, new URL('https://web.whatsapp.com/'))).toEqual([]);
  });
});

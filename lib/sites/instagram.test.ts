import { describe, expect, it } from 'vitest';
import { allAdapters, findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const DM_URL = new URL('https://www.instagram.com/direct/t/1234567890/');

// Reviewed by hand against tests/fixtures/sites/instagram.html: four messages of the current generation
// (not the time divider, the hover menu or the composer; the l.instagram.com shim unwrapped), then the two
// rows of the older grid generation. Own messages by "You sent" / flex-end, without a sender.
const EXPECTED = [
  {
    kind: 'message',
    text: 'Hi Anna? Is this Anna from the yoga class? 😊',
    links: [],
    sender: 'crypto.mentor.emma',
    outgoing: false,
    site: 'instagram',
  },
  {
    kind: 'message',
    text: "Sorry, wrong person! But you seem nice. I'm a crypto mentor, my students earn $300-1000 a day with simple tasks. Start with a 100 USDT deposit on bit-ex-pro.example",
    links: ['https://bit-ex-pro.example/signup'],
    sender: 'crypto.mentor.emma',
    outgoing: false,
    site: 'instagram',
  },
  {
    kind: 'message',
    text: '하루 30분 부업, 일당 50만원 보장! 텔레그램으로 연락 주세요',
    links: [],
    sender: 'crypto.mentor.emma',
    outgoing: false,
    site: 'instagram',
  },
  {
    kind: 'message',
    text: 'No thanks, sounds like a scam',
    links: [],
    outgoing: true,
    site: 'instagram',
  },
  {
    kind: 'message',
    text: 'Hello! We saw your portfolio. We have a paid photography assistant job in Bangkok, 3 days.',
    links: [],
    sender: 'studio.jobs.bkk',
    outgoing: false,
    site: 'instagram',
  },
  {
    kind: 'message',
    text: 'What is the day rate?',
    links: [],
    outgoing: true,
    site: 'instagram',
  },
];

describe('instagram adapter', () => {
  it('finds exactly the direct messages of both generations', () => {
    expect(findItems(loadFixture('instagram.html'), DM_URL).map(summary)).toEqual(EXPECTED);
  });

  it('only runs in direct messages, not on the feed', () => {
    const ig = allAdapters().find((a) => a.id === 'instagram')!;
    expect(ig.matches(DM_URL)).toBe(true);
    expect(ig.matches(new URL('https://www.instagram.com/p/Cxyz/'))).toBe(false);
  });

  // Other UI languages' "You sent" labels, matched as exact texts by an Instagram unsend script (idx:77058041,
  // confidence C; see selectors.json). The grid row has no flex-end style, so the label alone decides.
  it.each([
    ['Enviaste', true],
    ['Vous avez envoyé', true],
    ['Du hast gesendet', true],
    ['Sen gönderdin', true],
    ['Вы отправили', true],
    ['あなたが送信', true],
    ['You sent you a photo', false],
  ])('the label %j marks an own message: %s', (label, own) => {
    const doc = loadFixture('instagram.html');
    const span = Array.from(doc.querySelectorAll('[role="grid"] span')).find((s) => s.textContent === 'You sent')!;
    span.textContent = label;
    expect(findItems(doc, DM_URL).pop()?.outgoing).toBe(own);
  });

  it('finds a message appended at the bottom from its own subtree', () => {
    const doc = loadFixture('instagram.html');
    const list = doc.querySelector('.x1qughib')!;
    const row = doc.createElement('div');
    row.innerHTML =
      '<div role="none"><div role="presentation"><div dir="auto"><span>Deposit now, offer ends today</span></div></div></div>';
    list.append(row);
    expect(findItems(row, DM_URL).map((i) => [i.text, i.sender])).toEqual([['Deposit now, offer ends today', 'crypto.mentor.emma']]);
  });
});

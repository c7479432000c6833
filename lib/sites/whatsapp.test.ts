import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';
import { chatOfMessageId, senderFromPrePlainText } from './whatsapp';

const URL_WA = new URL('https://web.whatsapp.com/');

const EXPECTED = [
  {
    kind: 'message',
    text: 'Yes sir, hiring 2 React devs for our Berlin office. Send CV to jobs@acme.example',
    links: [],
    sender: 'Esha T',
    outgoing: false,
    key: 'false_120363000000000001@g.us_3A5B8EA2C1D0_447900000001@c.us',
    site: 'whatsapp',
    thread: '120363000000000001@g.us',
  },
  {
    kind: 'message',
    text: 'Part-time job from home! Just like YouTube videos and earn 200-800 USDT per day. First task is free, then top up 100 USDT to unlock the VIP tasks. Contact my mentor on Telegram: https://t.me/mentor_lily88',
    links: ['https://t.me/mentor_lily88'],
    sender: 'HR Amanda',
    outgoing: false,
    key: 'false_120363000000000001@g.us_3A5B8EA2C1D1_6281200000002@c.us',
    site: 'whatsapp',
    thread: '120363000000000001@g.us',
  },
  {
    kind: 'message',
    text: 'Trabajo desde casa, 300 € al día, solo 1 hora. Escríbeme por WhatsApp 👉 wa.me/447700900123',
    links: [],
    sender: 'HR Amanda',
    outgoing: false,
    key: 'false_120363000000000001@g.us_3A5B8EA2C1D2_6281200000002@c.us',
    site: 'whatsapp',
    thread: '120363000000000001@g.us',
  },
  {
    kind: 'message',
    text: 'Send the JD please',
    links: [],
    outgoing: true,
    key: 'true_120363000000000001@g.us_AC4140A2',
    site: 'whatsapp',
    thread: '120363000000000001@g.us',
  },
];

describe('whatsapp adapter', () => {
  it('finds exactly the messages, without times, system rows, media-only bubbles or the composer', () => {
    const doc = loadFixture('whatsapp.html');
    expect(findItems(doc, URL_WA).map(summary)).toEqual(EXPECTED);
  });

  it('marks the message element (div[data-id]), not the row or the text span', () => {
    const doc = loadFixture('whatsapp.html');
    const [first] = findItems(doc, URL_WA);
    expect(first?.element.getAttribute('data-id')).toBe(EXPECTED[0]?.key);
  });

  it('follows a virtualised list: rows removed, appended and prepended', () => {
    const doc = loadFixture('whatsapp.html');
    const list = doc.querySelector('[role="application"]')!;
    const rows = list.querySelectorAll('[role="row"]');
    rows[2]?.remove(); // Esha's message scrolled out
    const fresh = rows[3]!.cloneNode(true) as Element;
    fresh.querySelector('[data-id]')!.setAttribute('data-id', 'false_120363000000000001@g.us_NEW1_6281200000002@c.us');
    fresh.querySelector('.selectable-text span')!.textContent = 'Deposit 50 USDT now to withdraw your commission';
    list.append(fresh);
    const older = rows[3]!.cloneNode(true) as Element;
    older.querySelector('[data-id]')!.setAttribute('data-id', 'false_120363000000000001@g.us_OLD1_6281200000002@c.us');
    older.querySelector('.selectable-text span')!.textContent = 'Welcome to the group';
    older.querySelector('[data-pre-plain-text]')!.setAttribute('data-pre-plain-text', '[11:58 PM, 12/9/2025] Lina: ');
    list.prepend(older);
    const items = findItems(doc, URL_WA);
    expect(items.map((i) => i.text.slice(0, 20))).toEqual([
      'Welcome to the group',
      'Part-time job from h',
      'Trabajo desde casa, ',
      'Send the JD please',
      'Deposit 50 USDT now ',
    ]);
    expect(items[0]?.sender).toBe('Lina');
    // A subtree scan of just the appended row finds just that message.
    expect(findItems(fresh, URL_WA).map((i) => i.key)).toEqual(['false_120363000000000001@g.us_NEW1_6281200000002@c.us']);
    // A change deep inside a message re-finds that message.
    expect(findItems(fresh.querySelector('.selectable-text span')!, URL_WA)).toHaveLength(1);
  });

  it('never reads our own UI inside a bubble', () => {
    const doc = loadFixture('whatsapp.html');
    const bubble = doc.querySelectorAll('.selectable-text')[0]!;
    const warn = doc.createElement('lurewatch-warning');
    warn.textContent = 'Possible recruitment scam';
    bubble.append(warn);
    const span = doc.createElement('span');
    span.setAttribute('data-lurewatch-ui', '');
    span.textContent = 'LureWatch says';
    bubble.append(span);
    expect(findItems(doc, URL_WA)[0]?.text).toBe(EXPECTED[0]?.text);
  });

  it('names the chat title as sender in a one-to-one chat', () => {
    const doc = loadFixture('whatsapp.html');
    const msg = doc.querySelector('[data-id*="MEDIA77"]')!;
    msg.setAttribute('data-id', 'false_447700900999@c.us_X1');
    msg.querySelector('._amk6')!.insertAdjacentHTML('afterbegin', '<span class="selectable-text">caption text</span>');
    const item = findItems(doc, URL_WA).find((i) => i.key === 'false_447700900999@c.us_X1');
    expect(item?.sender).toBe('Remote Jobs Worldwide 💼');
  });

  it.each([
    ['[10:54 PM, 12/9/2025] Esha T: ', 'Esha T'],
    ['[22:54, 09/12/2025] +62 812-0000-0002: ', '+62 812-0000-0002'],
    ['[10:54] Name: with colon: ', 'Name: with colon'],
    ['no brackets: ', undefined],
    [null, undefined],
  ])('parses data-pre-plain-text %j', (meta, sender) => {
    expect(senderFromPrePlainText(meta)).toBe(sender);
  });

  it.each([
    ['false_120363000000000001@g.us_3A5B8EA2C1D0_447900000001@c.us', '120363000000000001@g.us'],
    ['true_447700900999@c.us_3EB0C4F2', '447700900999@c.us'],
    ['false_447700900999@lid_ABC', '447700900999@lid'],
    ['false_SYS1', undefined],
    ['', undefined],
  ])('reads the chat of message id %j', (id, chat) => {
    expect(chatOfMessageId(id)).toBe(chat);
  });

  it('tells two chats apart by their ids, though the address is the same', () => {
    const doc = loadFixture('whatsapp.html');
    doc.querySelector('[data-id*="MEDIA77"]')!.setAttribute('data-id', 'false_447700900999@c.us_X1');
    doc
      .querySelector('[data-id*="MEDIA77"], [data-id="false_447700900999@c.us_X1"] ._amk6')!
      .insertAdjacentHTML('afterbegin', '<span class="selectable-text">hi</span>');
    const threads = new Set(findItems(doc, URL_WA).map((i) => i.thread));
    expect(threads).toEqual(new Set(['120363000000000001@g.us', '447700900999@c.us']));
  });
});

import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const K_URL = new URL('https://web.telegram.org/k/#-100123');
const A_URL = new URL('https://web.telegram.org/a/#-100456');

describe('telegram adapter, Web K', () => {
  it('finds exactly the message bubbles, without time, reactions, service bubbles or the composer', () => {
    const doc = loadFixture('telegram-k.html');
    expect(findItems(doc, K_URL).map(summary)).toEqual([
      {
        kind: 'message',
        text: '🔥 URGENT HIRING 🔥\nCustomer service job in Sihanoukville, Cambodia. Salary $1500-3000/month, no experience needed. Free flight ticket and visa, accommodation provided. Send passport photo to @jenny_hr_kh to book your ticket today!',
        links: ['https://t.me/jenny_hr_kh'],
        sender: 'Recruiter Jenny',
        outgoing: false,
        key: '4242',
        site: 'telegram',
      },
      {
        kind: 'message',
        text: 'Tuyển gấp nhân viên CSKH tại Campuchia, lương 1500 USD, bao vé máy bay. Gửi ảnh hộ chiếu ngay.',
        links: [],
        sender: 'Recruiter Jenny',
        outgoing: false,
        key: '4244',
        site: 'telegram',
      },
      {
        kind: 'message',
        text: 'We are hiring a React developer, remote, EU contract. Details: jobs.acme.example/react',
        links: ['https://jobs.acme.example/react'],
        sender: 'Ann Lee',
        outgoing: false,
        key: '4246',
        site: 'telegram',
      },
      { kind: 'message', text: 'Interested! Is the Cambodia job real?', links: [], outgoing: true, key: '4247', site: 'telegram' },
    ]);
  });

  it('handles prepended history and removed bubbles', () => {
    const doc = loadFixture('telegram-k.html');
    const inner = doc.querySelector('.bubbles-inner')!;
    doc.querySelector('[data-mid="4246"]')!.closest('.bubbles-group')!.remove();
    inner.insertAdjacentHTML(
      'afterbegin',
      `<div class="bubbles-date-group"><div class="bubble service is-date"><div class="bubble-content"><div class="service-msg">Yesterday</div></div></div>
       <div class="bubbles-group"><div class="bubble is-in is-group-first is-group-last" data-mid="4100" data-peer-id="-100123">
       <div class="bubble-content-wrapper"><div class="bubble-content"><div class="name"><span class="peer-title">Old Timer</span></div>
       <div class="message">Older post<span class="time">09:00</span></div></div></div></div></div></div>`,
    );
    const items = findItems(doc, K_URL);
    expect(items.map((i) => [i.key, i.sender])).toEqual([
      ['4100', 'Old Timer'],
      ['4242', 'Recruiter Jenny'],
      ['4244', 'Recruiter Jenny'],
      ['4247', undefined],
    ]);
    expect(items[0]?.text).toBe('Older post');
  });

  it('names a private chat peer from the header', () => {
    const doc = loadFixture('telegram-k.html');
    const b = doc.querySelector('[data-mid="4246"]')!;
    b.setAttribute('data-peer-id', '555');
    b.querySelector('.name')!.remove();
    doc.querySelector('.chat-info .peer-title')!.textContent = 'Jenny Private';
    expect(findItems(b, K_URL)[0]?.sender).toBe('Jenny Private');
  });
});

describe('telegram adapter, Web A', () => {
  it('finds exactly the messages, without MessageMeta, reply quotes, action messages or the composer', () => {
    const doc = loadFixture('telegram-a.html');
    expect(findItems(doc, A_URL).map(summary)).toEqual([
      {
        kind: 'message',
        text: 'Kerja paruh waktu dari rumah, gaji Rp 1.500.000 per hari! Cukup beri like dan rating produk. Isi ulang saldo 200 USDT untuk membuka tugas VIP.',
        links: [],
        sender: 'Mentor Sari',
        outgoing: false,
        key: '501',
        site: 'telegram',
      },
      {
        kind: 'message',
        text: 'Daily commission paid in USDT to wallet TXrk2Zs9a3Vd7aEzMnQxLm4Pq8RbGt5HcY. DM t.me/sari_task',
        links: ['https://t.me/sari_task'],
        sender: 'Mentor Sari',
        outgoing: false,
        key: '502',
        site: 'telegram',
      },
      {
        kind: 'message',
        text: 'Hati-hati, ini penipuan. Lowongan asli tidak minta deposit.',
        links: [],
        sender: 'Dewi',
        outgoing: false,
        key: '503',
        site: 'telegram',
      },
      { kind: 'message', text: 'Thanks Dewi', links: [], outgoing: true, key: '504', site: 'telegram' },
    ]);
  });

  it('uses the header for private chats (no sender groups)', () => {
    const doc = loadFixture('telegram-a.html');
    const msg = doc.querySelector('#message-501')!;
    msg.querySelector('.message-title')!.remove();
    doc.querySelector('.message-date-group')!.append(msg);
    expect(findItems(msg, A_URL)[0]?.sender).toBe('Kerja Online Indonesia');
  });
});

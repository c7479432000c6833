import { describe, expect, it } from 'vitest';
import { allAdapters, findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const CHAT_URL = new URL('https://x.com/i/chat/111-222');

// Reviewed by hand against tests/fixtures/sites/x.html: three XChat messages (times, the date row, hover
// actions and the composer left out; justify-end = own), then two legacy messageEntry items.
const EXPECTED = [
  {
    kind: 'message',
    text: 'Hallo! Wir haben Ihr Profil gesehen: Remote-Stelle als Content Moderator bei TechCorp, 35 €/Stunde. Für das Onboarding zahlen Sie bitte eine Gebühr von 120 € für das Schulungsmaterial. Weitere Infos auf Telegram: t.me/techcorp_hr_de',
    links: ['https://t.co/AbC123'],
    sender: 'TechCorp Talent',
    outgoing: false,
    key: '5f1c0a9e-2b7d-4c11-9d3a-0e8f6b2c71a1',
    site: 'x',
  },
  {
    kind: 'message',
    text: 'Is this the official TechCorp recruiting team?',
    links: [],
    outgoing: true,
    key: '77b0e3d2-91f4-4a8e-b6c5-3d2e1f0a9bc2',
    site: 'x',
  },
  {
    kind: 'message',
    text: 'Yes of course, 100% legit. The fee is refunded with the first salary.',
    links: [],
    sender: 'TechCorp Talent',
    outgoing: false,
    key: '0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d',
    site: 'x',
  },
  {
    kind: 'message',
    text: 'Earn 10% per transfer: receive funds in your bank account and forward them via Western Union. No experience needed.',
    links: [],
    sender: 'Mike Payments',
    site: 'x',
  },
  {
    kind: 'message',
    text: 'Hello',
    links: [],
    site: 'x',
  },
];

describe('x adapter', () => {
  it('finds exactly the DMs of XChat and of the legacy timeline', () => {
    expect(findItems(loadFixture('x.html'), CHAT_URL).map(summary)).toEqual(EXPECTED);
  });

  it('matches /i/chat and /messages only, on x.com and twitter.com', () => {
    const x = allAdapters().find((a) => a.id === 'x')!;
    expect(x.matches(new URL('https://twitter.com/messages/123-456'))).toBe(true);
    expect(x.matches(CHAT_URL)).toBe(true);
    expect(x.matches(new URL('https://x.com/home'))).toBe(false);
  });

  it('ignores message-text-* elements as items and rows removed by virtualisation', () => {
    const doc = loadFixture('x.html');
    doc.querySelector('[data-testid="message-77b0e3d2-91f4-4a8e-b6c5-3d2e1f0a9bc2"]')!.closest('li')!.remove();
    const items = findItems(doc, CHAT_URL);
    expect(items.filter((i) => i.key).map((i) => i.key)).toEqual([
      '5f1c0a9e-2b7d-4c11-9d3a-0e8f6b2c71a1',
      '0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d',
    ]);
    expect(items.every((i) => !i.element.getAttribute('data-testid')?.startsWith('message-text-'))).toBe(true);
  });
});

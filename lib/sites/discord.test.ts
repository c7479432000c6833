import { describe, expect, it } from 'vitest';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const CHANNEL_URL = new URL('https://discord.com/channels/100/111');

// Reviewed by hand against tests/fixtures/sites/discord.html: five messages; continuations (902, 904) take
// the author of the nearest earlier header; the reply preview's author and text are not 903's; "(edited)"
// and times are chrome; the embed link duplicates the content link; the composer is not read.
const EXPECTED = [
  {
    kind: 'message',
    text: 'Remote Rust job at Ferrous Systems, EU timezone. Posting: https://ferrous-systems.example/jobs/rust',
    links: ['https://ferrous-systems.example/jobs/rust'],
    sender: 'ann',
    key: 'chat-messages-111-901',
    site: 'discord',
  },
  {
    kind: 'message',
    text: 'pays well, fully remote',
    links: [],
    sender: 'ann',
    key: 'chat-messages-111-902',
    site: 'discord',
  },
  {
    kind: 'message',
    text: 'Оплачиваемые задания онлайн: 50–150 USDT в день за лайки и отзывы. Сначала пополните баланс на 30 USDT, потом вывод. Easy side job, DM me 💸',
    links: [],
    sender: 'crypto_tasks_admin',
    key: 'chat-messages-111-903',
    site: 'discord',
  },
  {
    kind: 'message',
    text: 'first 5 people get a bonus, link in bio',
    links: [],
    sender: 'crypto_tasks_admin',
    key: 'chat-messages-111-904',
    site: 'discord',
  },
  {
    kind: 'message',
    text: 'Reminder: never pay to get a job. Report task-scam DMs to the mods.',
    links: [],
    sender: 'mod_kate',
    key: 'chat-messages-111-905',
    site: 'discord',
  },
];

describe('discord adapter', () => {
  it('finds exactly the channel messages with carried-forward authors', () => {
    expect(findItems(loadFixture('discord.html'), CHANNEL_URL).map(summary)).toEqual(EXPECTED);
  });

  it('marks the role="article" of each message', () => {
    const items = findItems(loadFixture('discord.html'), CHANNEL_URL);
    expect(items.every((i) => i.element.getAttribute('role') === 'article')).toBe(true);
  });

  it('leaves a continuation without an author when its header row scrolled away', () => {
    const doc = loadFixture('discord.html');
    doc.querySelector('#chat-messages-111-901')!.remove();
    const items = findItems(doc, CHANNEL_URL);
    expect(items.map((i) => [i.key, i.sender])).toEqual([
      ['chat-messages-111-902', undefined],
      ['chat-messages-111-903', 'crypto_tasks_admin'],
      ['chat-messages-111-904', 'crypto_tasks_admin'],
      ['chat-messages-111-905', 'mod_kate'],
    ]);
  });

  it('finds a new message appended to the list, and its author from the rows above', () => {
    const doc = loadFixture('discord.html');
    const li = doc.createElement('li');
    li.id = 'chat-messages-111-906';
    li.innerHTML = '<div role="article"><div id="message-content-906">Please DM me for the job</div></div>';
    doc.querySelector('ol[data-list-id="chat-messages"]')!.append(li);
    expect(findItems(li, CHANNEL_URL).map((i) => [i.text, i.sender])).toEqual([['Please DM me for the job', 'mod_kate']]);
  });
});

import { describe, expect, it } from 'vitest';
import { adaptersFor, allAdapters, findItems, observeRootFor } from './index';
import { loadFixture } from './kit/load-fixture';
import type { PackSites } from './types';

const ids = (url: string, doc?: Document, sites?: PackSites) => adaptersFor(new URL(url), sites, doc).map((a) => a.id);

describe('adaptersFor', () => {
  it.each([
    ['https://web.whatsapp.com/', ['whatsapp']],
    ['https://mail.google.com/mail/u/0/', ['gmail']],
    ['https://www.linkedin.com/jobs/view/1/', ['linkedin', 'jsonld']],
    ['https://www.indeed.com/viewjob?jk=1', ['indeed', 'jsonld']],
    ['https://www.facebook.com/groups/1/', ['facebook', 'jsonld']],
    ['https://careers.example.org/job/42', ['jsonld', 'generic']],
    ['https://x.com/home', ['jsonld', 'generic']],
  ])('%s → %j', (url, expected) => {
    expect(ids(url)).toEqual(expected);
  });

  it('lets a fixture page pick its site on loopback only', () => {
    const doc = loadFixture('whatsapp.html');
    expect(ids('http://127.0.0.1:4517/sites/whatsapp.html', doc)).toEqual(['whatsapp']);
    expect(ids('http://localhost:4517/sites/whatsapp.html', doc)).toEqual(['whatsapp']);
    // The same tag on a public site is ignored: a page must not steer us away from the fallbacks.
    expect(ids('https://evil.example/jobs', doc)).toEqual(['jsonld', 'generic']);
  });

  it('finds the fixture items on the fixture URL the browser tests use', () => {
    const doc = loadFixture('telegram-a.html');
    expect(findItems(doc, new URL('http://127.0.0.1:4517/sites/telegram-a.html')).map((i) => i.key)).toEqual(['501', '502', '503', '504']);
  });
});

describe('pack overrides of selectors', () => {
  it('overrides a field by field, keeping the other defaults', () => {
    const doc = loadFixture('whatsapp.html');
    // A "new DOM": the message class moved to another attribute; the pack ships the fix.
    for (const el of Array.from(doc.querySelectorAll('.message-in, .message-out'))) {
      el.setAttribute('data-dir', el.classList.contains('message-in') ? 'in' : 'out');
      el.classList.remove('message-in', 'message-out');
    }
    const url = new URL('https://web.whatsapp.com/');
    expect(findItems(doc, url)).toEqual([]);
    const sites: PackSites = { whatsapp: { bubble: '[data-dir]', incoming: '[data-dir="in"]' } };
    const items = findItems(doc, url, sites);
    expect(items.map((i) => [i.sender, i.outgoing])).toEqual([
      ['Esha T', false],
      ['HR Amanda', false],
      ['HR Amanda', false],
      [undefined, true],
    ]);
  });

  it('falls back to the default for a selector the browser rejects, and ignores wrong types', () => {
    const doc = loadFixture('discord.html');
    const url = new URL('https://discord.com/channels/1/111');
    const bad = { discord: { item: 'li[[[', content: 42, hosts: ['discord.com'] } } as unknown as PackSites;
    expect(findItems(doc, url, bad).length).toBe(5);
  });

  it('can move a site to new hosts', () => {
    const sites: PackSites = { discord: { hosts: ['discord.example'], paths: [] } };
    expect(ids('https://discord.example/channels/1/2', undefined, sites)).toEqual(['discord']);
    expect(ids('https://discord.com/channels/1/2', undefined, sites)).toEqual(['jsonld', 'generic']);
  });

  it('binds adapters once per pack object, and once for every empty section', () => {
    const sites: PackSites = { x: { hosts: ['x.com'] } };
    expect(allAdapters(sites)).toBe(allAdapters(sites));
    expect(allAdapters({})).toBe(allAdapters({}));
    expect(allAdapters({})).toBe(allAdapters());
  });
});

describe('findItems', () => {
  it('never returns two items on nested elements, nor items inside our UI', () => {
    const doc = loadFixture('generic-feed.html');
    const ui = doc.createElement('div');
    ui.setAttribute('data-lurewatch-ui', '');
    ui.innerHTML = '<article><p>Hiring! Salary 900 USD per day, apply on Telegram</p></article>';
    doc.body.append(ui);
    const items = findItems(doc, new URL('https://expat-board.example/'));
    for (const a of items) for (const b of items) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
    expect(items.some((i) => i.text.includes('900 USD'))).toBe(false);
  });

  it('contains a part of an adapter that throws: the other parts still find their items', () => {
    const doc = loadFixture('linkedin-feed.html');
    // The SDUI job view reads document.title; a hostile page makes that throw.
    Object.defineProperty(doc, 'title', {
      get() {
        throw new Error('hostile getter');
      },
    });
    expect(findItems(doc, new URL('https://www.linkedin.com/feed/')).map((i) => i.sender)).toEqual([
      'Kelly Tan',
      'Acme',
      'Ann Lee',
      'Marc Dubois',
    ]);
  });

  it('caps text at 20 000 characters on a huge page', () => {
    const doc = document.implementation.createHTMLDocument('big');
    doc.body.innerHTML = `<main><h1>Job</h1><p>${'salary apply hiring job '.repeat(200_000)}</p></main>`;
    const started = performance.now();
    const items = findItems(doc, new URL('https://big.example/'));
    expect(items).toHaveLength(1);
    expect(items[0]!.text.length).toBeLessThanOrEqual(20_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('observeRootFor', () => {
  it('returns the chat list to observe', () => {
    const doc = loadFixture('whatsapp.html');
    expect(observeRootFor(doc, new URL('https://web.whatsapp.com/'))?.getAttribute('data-scrolltracepolicy')).toBe(
      'wa.web.conversation.messages',
    );
    expect(observeRootFor(loadFixture('discord.html'), new URL('https://discord.com/channels/1/2'))?.localName).toBe('ol');
  });
});

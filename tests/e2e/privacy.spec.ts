/**
 * Privacy (issue 4): content scripts make no network requests at all, and nothing the extension does
 * while scanning reaches the network. Every request of the session is recorded (pages, and the
 * extension's service worker) while we browse fixture pages with scams on them, mark, dismiss, say
 * "not a scam" and navigate in-app. Allowed:
 *  - the fixture documents the test itself opens;
 *  - the background's rule-feed refresh (issue 5): a plain GET of the feed's index/pack, no body, no
 *    query, to the configured feed only (PRODUCTION_FEED_URL or the build's LUREWATCH_FEED_URL).
 * Anything else fails the test, and so does any request carrying page data.
 */
import type { Request } from '@playwright/test';
import { PRODUCTION_FEED_URL } from '../../lib/feeds/build-config';
import { clickWarningButton } from './closed-shadow';
import { expect, test } from './extension';
import { FIXTURE_ORIGIN } from './ports';

const PAGES = ['scan-feed.html', 'chat-2000.html', 'long-feed.html', 'spa.html', 'hello.html'];
const FEED_ORIGINS = new Set([
  new URL(PRODUCTION_FEED_URL).origin,
  ...(process.env.LUREWATCH_FEED_URL ? [new URL(process.env.LUREWATCH_FEED_URL).origin] : []),
]);

interface Seen {
  url: string;
  method: string;
  type: string;
  fromWorker: boolean;
  body: string | null;
}

test('the extension makes no network request while scanning', async ({ context, background }) => {
  const requests: Seen[] = [];
  const record = (r: Request) => {
    requests.push({ url: r.url(), method: r.method(), type: r.resourceType(), fromWorker: r.serviceWorker() !== null, body: r.postData() });
  };
  context.on('request', record);

  const page = await context.newPage();
  for (const name of PAGES) {
    await page.goto(`${FIXTURE_ORIGIN}/pages/${name}`);
    await expect(page.locator('html')).toHaveAttribute('data-lurewatch-ready', '1', { timeout: 10_000 });
    await page.waitForTimeout(800);
  }
  // Interactions that write feedback and navigate in-app.
  await page.goto(`${FIXTURE_ORIGIN}/pages/scan-feed.html`);
  await expect(page.locator('#post-lure lurewatch-warning')).toHaveCount(1, { timeout: 10_000 });
  await clickWarningButton(page, 'post-lure', /Dismiss/);
  await clickWarningButton(page, 'post-fee', /Not a scam/);
  await page.goto(`${FIXTURE_ORIGIN}/pages/spa.html`);
  await page.click('#nav-jobs');
  await expect(page.locator('#jobs-2')).toHaveAttribute('data-lurewatch-risk', /^(medium|high)$/, { timeout: 10_000 });
  await page.waitForTimeout(1500);
  // Requests the service worker made outside Playwright's view (none expected besides the feed).
  const swResources = await background.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

  const documents = new Set(PAGES.map((n) => `${FIXTURE_ORIGIN}/pages/${n}`));
  const isFeedRefresh = (r: Seen) => {
    const u = new URL(r.url);
    return r.fromWorker && r.method === 'GET' && r.body === null && u.search === '' && FEED_ORIGINS.has(u.origin);
  };
  const unexpected = requests.filter((r) => {
    if (r.url.startsWith('chrome-extension://')) return false; // the extension's own packaged files, not network
    if (!r.fromWorker && r.type === 'document' && r.method === 'GET' && documents.has(r.url)) return false;
    return !isFeedRefresh(r);
  });
  expect(unexpected).toEqual([]);
  const swUnexpected = swResources.filter((u) => {
    if (u.startsWith('chrome-extension://')) return false;
    const url = new URL(u);
    return !(FEED_ORIGINS.has(url.origin) && url.search === '');
  });
  expect(swUnexpected).toEqual([]);
  // Nothing from the pages (their host, their words) ever appears in a request the extension made.
  const fromExtension = requests.filter((r) => r.fromWorker).map((r) => `${r.url} ${r.body ?? ''}`);
  for (const line of fromExtension) expect(line).not.toMatch(/127\.0\.0\.1|passport|Sihanoukville|telegram/i);
});

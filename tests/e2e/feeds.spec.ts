/**
 * Issue 5 end to end: a signed update served by a local feed is accepted by the background and
 * applied to an already open tab, whose verdict changes without a reload; a badly signed update is
 * refused and the open tab keeps its verdict.
 *
 * The spec builds its own copy of the extension (a test build: feed on loopback, a key generated for
 * this run, loopback http allowed), so it never touches the release build or the real network.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type BrowserContext, expect, type Page, test, type Worker } from '@playwright/test';
import { generateKeyPair, type KeyPair } from '../../lib/crypto/signature';
import type { Pack } from '../../lib/rules/schema';
import { STORAGE_KEYS } from '../../lib/store/keys';
import { launchWithExtension, serviceWorkerOf } from './extension';
import { FeedServer } from './feed-server';

const FEED_PORT = Number(process.env.LUREWATCH_FEED_PORT ?? 4622);
const FEED_ORIGIN = `http://127.0.0.1:${FEED_PORT}`;
const OUT = path.resolve(process.env.LUREWATCH_FEEDS_OUT ?? '.output-feeds-e2e');
const EXTENSION = path.join(OUT, 'chrome-mv3');

/** A job post the bundled pack does not flag; the update adds rules for its made-up scheme. */
const AD =
  'Evening job at our warehouse, pay 15 EUR per hour. Before your first shift you make a zorblax deposit and ' +
  'complete quibble orders every day from home. Apply by email with your CV, interviews next week.';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local jobs</title></head><body>
<h1>Local jobs</h1>
<div role="feed" aria-label="Posts">
  <article id="post-update"><h2>Warehouse job, evenings</h2><p>${AD}</p></article>
  <article id="post-plain"><h2>Library assistant</h2><p>The city library is hiring a part-time assistant for evenings and weekends.
  Duties: shelving, helping visitors, simple admin work. Pay follows the municipal salary scale. Apply through the city careers website.</p></article>
</div></body></html>`;

/** The bundled pack at version+1 with a combination that makes AD high risk, and an example proving it. */
function updatedPack(bundled: Pack): Pack {
  const pack = structuredClone(bundled);
  pack.version += 1;
  pack.published = new Date(Date.now() - 3_600_000).toISOString();
  const explain = pack.signals[0]!.explain;
  pack.signals.push(
    { id: 'fee.e2e-deposit', family: 'fee', weight: 60, explain, terms: { en: ['zorblax deposit'] } },
    { id: 'task.e2e-orders', family: 'task', weight: 60, explain, terms: { en: ['quibble orders'] } },
  );
  pack.combos = [...(pack.combos ?? []), { id: 'fee.e2e-scheme', all: ['fee.e2e-deposit', 'task.e2e-orders'], bonus: 60, explain }];
  pack.examples.push({ text: AD, kind: 'posting', expect: 'high', signals: ['fee.e2e-scheme'] });
  return pack;
}

/** Sends a privileged message the way the options page would (@webext-core/messaging's wire format). */
async function fromOptionsPage(page: Page, type: string, data?: unknown): Promise<{ res?: unknown; err?: { message: string } }> {
  return page.evaluate(
    ([t, d]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        id: Date.now(),
        type: t,
        data: d,
        timestamp: Date.now(),
      }),
    [type, data] as const,
  ) as Promise<{ res?: unknown; err?: { message: string } }>;
}

type Report = { url: string; scanned: number; flagged: { verdict: { risk: string } }[] };

/** The fixture tab's scan report, as the popup would get it (tab URLs are hidden without "tabs": ask each tab). */
async function tabReport(options: Page): Promise<Report | null> {
  const tabIds = await options.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: unknown): Promise<{ id?: number }[]> } } }).chrome.tabs.query(
      {},
    );
    return tabs.map((t) => t.id ?? -1);
  });
  for (const id of tabIds) {
    const report = (await fromOptionsPage(options, 'getTabReport', id)).res as Report | null | undefined;
    if (report?.url === `${FEED_ORIGIN}/page.html`) return report;
  }
  return null;
}

/** Waits for the install-time check (the feed offers the bundled version: nothing to install). */
async function installCheckDone(options: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        const statuses = (await fromOptionsPage(options, 'getPackStatus')).res as { source: string; lastOutcome?: string }[] | undefined;
        return statuses?.find((s) => s.source.startsWith(FEED_ORIGIN))?.lastOutcome;
      },
      { timeout: 15_000 },
    )
    .toBe('up-to-date');
}

async function activeVersion(sw: Worker): Promise<number | undefined> {
  return sw.evaluate(async (key) => {
    const got = await (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { version?: number }>> } } } }
    ).chrome.storage.local.get(key);
    return got[key]?.version;
  }, STORAGE_KEYS.activePack);
}

interface Feed {
  version: number;
  index: Buffer;
  pack: Buffer;
}

/** Builds and signs a feed with the real publisher tool (tools/pack.ts), as a publisher would. */
function publishWithTool(name: string, pack: Pack, keyFile: string): Feed {
  const dir = path.join(OUT, 'feeds', name);
  mkdirSync(dir, { recursive: true });
  const src = path.join(dir, 'src.json');
  writeFileSync(src, JSON.stringify(pack));
  execFileSync('npx', ['tsx', 'tools/pack.ts', 'build', src, '--out', dir, '--key', keyFile], { stdio: 'pipe' });
  return { version: pack.version, index: readFileSync(path.join(dir, 'index.json')), pack: readFileSync(path.join(dir, 'pack.json')) };
}

function serve(feed: Feed): void {
  server.put('/core/index.json', feed.index);
  server.put('/core/pack.json', feed.pack);
}

function writeKey(file: string, kp: KeyPair): string {
  writeFileSync(file, JSON.stringify(kp), { mode: 0o600 });
  return file;
}

let key: KeyPair;
let current: Feed;
let update: Feed;
let strangerUpdate: Feed;
const server = new FeedServer();

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  key = await generateKeyPair();
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['wxt', 'build'], {
    stdio: 'pipe',
    env: {
      ...process.env,
      LUREWATCH_OUT: OUT,
      LUREWATCH_FEED_URL: `${FEED_ORIGIN}/core/index.json`,
      LUREWATCH_TEST_KEY: key.publicKey,
      LUREWATCH_ALLOW_LOOPBACK_HTTP: '1',
    },
  });
  const bundled = JSON.parse(execFileSync('npx', ['tsx', 'tests/e2e/bundled-pack.ts'], { encoding: 'utf8' })) as Pack;
  const keyFile = writeKey(path.join(OUT, 'test-feed.key'), key);
  const strangerFile = writeKey(path.join(OUT, 'stranger.key'), await generateKeyPair());
  // What the feed offers at install time: the bundled version, so nothing is newer yet.
  current = publishWithTool('current', bundled, keyFile);
  update = publishWithTool('update', updatedPack(bundled), keyFile);
  strangerUpdate = publishWithTool('stranger', updatedPack(bundled), strangerFile);
  await server.start(FEED_PORT);
  server.put('/page.html', PAGE);
});

test.afterAll(async () => {
  await server.stop();
});

let context: BrowserContext;
let dir: string;
test.beforeEach(async () => {
  server.fault = 'none';
  serve(current);
  ({ context, dir } = await launchWithExtension(EXTENSION));
});
test.afterEach(async () => {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openFixture(): Promise<Page> {
  const page = await context.newPage();
  // Served by the feed server itself: the spec needs no other fixture server.
  await page.goto(`${FEED_ORIGIN}/page.html`);
  await expect(page.locator('html')).toHaveAttribute('data-lurewatch-ready', '1', { timeout: 15_000 });
  return page;
}

test('a signed update is applied to an open tab without a reload', async () => {
  const sw = await serviceWorkerOf(context);
  const extensionId = new URL(sw.url()).host;
  const page = await openFixture();
  const post = page.locator('#post-update');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // The bundled pack has judged both posts, and flagged neither.
  await expect.poll(async () => (await tabReport(options))?.scanned ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  expect((await tabReport(options))?.flagged).toEqual([]);
  await expect(post).not.toHaveAttribute('data-lurewatch-risk', /medium|high/);
  await installCheckDone(options);

  serve(update);
  const answer = await fromOptionsPage(options, 'checkPacksNow');
  expect(answer.err).toBeUndefined();
  const statuses = answer.res as { source: string; version: number; lastOutcome?: string; lastError?: string }[];
  expect(statuses.find((s) => s.source.startsWith(FEED_ORIGIN))).toMatchObject({ version: update.version, active: true });
  const log = (await fromOptionsPage(options, 'getRefreshLog', 20)).res as { outcome: string; version?: number }[];
  expect(log).toContainEqual(expect.objectContaining({ outcome: 'installed', version: update.version }));
  expect(await activeVersion(sw)).toBe(update.version);

  // Same page, no navigation: the content script picked up the new pack from storage.local.
  await expect(post).toHaveAttribute('data-lurewatch-risk', 'high', { timeout: 15_000 });
  await expect.poll(async () => (await tabReport(options))?.flagged.map((f) => f.verdict.risk), { timeout: 15_000 }).toEqual(['high']);
  await expect(page.locator('#post-plain')).not.toHaveAttribute('data-lurewatch-risk', /medium|high/);
  // The extension's requests (not the tab's own page loads) carry nothing about the user.
  const feedRequests = server.requests.filter((r) => r.url.startsWith('/core/'));
  expect(new Set(feedRequests.map((r) => r.url))).toEqual(new Set(['/core/index.json', '/core/pack.json']));
  for (const r of feedRequests) {
    expect(r.url).toMatch(/^\/core\/(index|pack)\.json$/);
    expect(r.headers.cookie).toBeUndefined();
    expect(r.headers.referer).toBeUndefined();
  }
});

test('a badly signed update is refused and the reason is reported', async () => {
  const sw = await serviceWorkerOf(context);
  const extensionId = new URL(sw.url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await installCheckDone(options);
  serve(strangerUpdate);
  const answer = await fromOptionsPage(options, 'checkPacksNow');
  const statuses = answer.res as { source: string; lastOutcome?: string; lastError?: string }[];
  expect(statuses.find((s) => s.source.startsWith(FEED_ORIGIN))).toMatchObject({
    lastOutcome: 'rejected',
    lastError: expect.stringMatching(/unknown key/),
  });
  expect(await activeVersion(sw)).toBeUndefined();
  // A tab opened now is judged with the bundled pack: nothing flagged.
  const page = await openFixture();
  await expect.poll(async () => (await tabReport(options))?.scanned ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  expect((await tabReport(options))?.flagged).toEqual([]);
  await expect(page.locator('#post-update')).not.toHaveAttribute('data-lurewatch-risk', /medium|high/);
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messaging, type TabReport } from '../messaging';
import type { SenderLike } from '../sender';
import { getDb } from '../store/db';
import { listFeedback } from '../store/feedback';
import { siteHistory } from '../store/history';
import { registerFeedHandlers } from './feed-handlers';
import { registerHandlers } from './handlers';

function deliver(type: string, data: unknown, sender: SenderLike): Promise<{ res?: unknown; err?: { message: string } }> {
  return new Promise((resolve) => {
    const message = { id: 1, type, data, timestamp: Date.now() };
    (fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown, r: (v: unknown) => void) => void)(message, sender, (v) =>
      resolve(v as { res?: unknown; err?: { message: string } }),
    );
  });
}

const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });
const tab = (url: string) => ({ id: fakeBrowser.runtime.id, tab: { id: 4 }, url });
const hostile = { id: fakeBrowser.runtime.id, tab: { id: 9 }, url: 'https://evil.example/' };

const flagged = (key: string): TabReport['flagged'][number] => ({
  key,
  kind: 'posting',
  text: 'quoted evidence',
  site: 'jobs.example',
  verdict: {
    risk: 'high',
    score: 90,
    signals: [{ id: 'trafficking.lure', family: 'trafficking', spans: [], evidence: [], explain: { found: 'a', why: 'b', todo: 'c' } }],
  },
});

describe('feed, history and feedback handlers', () => {
  beforeEach(async () => {
    registerHandlers();
    registerFeedHandlers();
    const db = await getDb();
    await db?.verdicts.clear();
    await db?.feedback.clear();
  });
  afterEach(() => messaging.removeAllListeners());

  it('refuses privileged requests from a web page', async () => {
    for (const type of ['checkPacksNow', 'getPackStatus', 'getRefreshLog', 'getSiteHistory', 'clearHistory']) {
      const res = await deliver(type, undefined, hostile);
      expect(res.err?.message, type).toMatch(/unexpected sender/);
    }
  });

  it('gives pack status to extension pages, with the bundled floor first', async () => {
    const res = await deliver('getPackStatus', undefined, page());
    expect((res.res as { source: string }[])[0]?.source).toBe('bundled');
  });

  it('records newly flagged items once per page, without their text', async () => {
    const report: TabReport = {
      url: 'https://jobs.example/1',
      site: 'jobs.example',
      scanned: 5,
      flagged: [flagged('a')],
      status: 'ok',
      updatedAt: 1,
    };
    await deliver('reportScan', report, tab(report.url));
    await deliver('reportScan', { ...report, flagged: [flagged('a'), flagged('b')] }, tab(report.url));
    const db = (await getDb())!;
    await expect.poll(async () => (await siteHistory(db, 'jobs.example')).length).toBe(2);
    const [record] = await siteHistory(db, 'jobs.example');
    expect(record).toMatchObject({ site: 'jobs.example', risk: 'high', score: 90, signals: ['trafficking.lure'] });
    expect(JSON.stringify(record)).not.toContain('quoted evidence');

    const res = await deliver('getSiteHistory', 'jobs.example', page());
    expect(res.res).toHaveLength(2);
    await deliver('clearHistory', undefined, page());
    expect(await siteHistory(db, 'jobs.example')).toHaveLength(0);
  });

  it('takes feedback from our content script with the tab’s own site, whatever the payload says', async () => {
    await deliver(
      'addFeedback',
      { kind: 'not-scam', risk: 'medium', signals: ['context.high-pay'], site: 'bank.example' },
      tab('https://jobs.example/post/9'),
    );
    const [fb] = await listFeedback((await getDb())!);
    expect(fb).toMatchObject({ site: 'jobs.example', kind: 'not-scam', signals: ['context.high-pay'] });
  });

  it('takes feedback from the popup only with a site', async () => {
    const res = await deliver('addFeedback', { kind: 'report', risk: 'high', signals: [] }, page());
    expect(res.err?.message).toMatch(/unexpected sender/);
    await deliver('addFeedback', { kind: 'report', risk: 'high', signals: [], site: 'jobs.example' }, page());
    expect(await listFeedback((await getDb())!)).toHaveLength(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messaging, type TabReport } from '../messaging';
import type { SenderLike } from '../sender';
import { registerHandlers } from './handlers';
import { loadTabReport } from './tab-reports';

const report: TabReport = { url: 'https://jobs.example/1', site: 'jobs.example', scanned: 3, flagged: [], status: 'ok', updatedAt: 1 };

/** Delivers a raw message the way @webext-core/messaging would, with a chosen sender. */
function deliver(type: string, data: unknown, sender: SenderLike): Promise<unknown> {
  return new Promise((resolve) => {
    const message = { id: 1, type, data, timestamp: Date.now() };
    (fakeBrowser.runtime.onMessage.trigger as unknown as (m: unknown, s: unknown, r: (v: unknown) => void) => void)(
      message,
      sender,
      resolve,
    );
  });
}

describe('background sender checks', () => {
  afterEach(() => messaging.removeAllListeners());

  it('stores a report from our own content script in a tab', async () => {
    registerHandlers();
    await deliver('reportScan', report, { id: fakeBrowser.runtime.id, tab: { id: 7 }, url: 'https://jobs.example/1' });
    expect(await loadTabReport(7)).toEqual(report);
  });

  it('gives a tab report to the popup', async () => {
    registerHandlers();
    await deliver('reportScan', report, { id: fakeBrowser.runtime.id, tab: { id: 7 }, url: 'https://jobs.example/1' });
    const res = (await deliver('getTabReport', 7, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') })) as {
      res?: unknown;
    };
    expect(res.res).toEqual(report);
  });

  it('refuses a privileged read from a web page', async () => {
    registerHandlers();
    await deliver('reportScan', report, { id: fakeBrowser.runtime.id, tab: { id: 7 }, url: 'https://jobs.example/1' });
    const res = (await deliver('getTabReport', 7, {
      id: fakeBrowser.runtime.id,
      tab: { id: 9 },
      url: 'https://evil.example/',
    })) as {
      err?: { message: string };
      res?: unknown;
    };
    expect(res.res).toBeUndefined();
    expect(res.err?.message).toMatch(/unexpected sender/);
  });

  it('refuses a report that does not come from a tab', async () => {
    registerHandlers();
    const res = (await deliver('reportScan', report, { id: 'some-other-extension', url: 'https://evil.example/' })) as {
      err?: { message: string };
    };
    expect(res.err?.message).toMatch(/unexpected sender/);
    expect(await loadTabReport(7)).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseFeedPolicy, readFeedPolicy, readFeedPolicyAnswer } from './policy';

describe('feed policy', () => {
  it('keeps valid feeds and string keys, skips the rest', () => {
    expect(
      parseFeedPolicy({
        feeds: [{ url: 'https://ngo.example/index.json', publicKey: 'k', name: 'NGO' }, { url: 'not a url' }, 'x'],
        trustedKeys: ['a', 3],
      }),
    ).toEqual({ feeds: [{ url: 'https://ngo.example/index.json', publicKey: 'k', name: 'NGO' }], trustedKeys: ['a'] });
    expect(parseFeedPolicy({ feeds: 'nope' })).toEqual({ feeds: [], trustedKeys: [] });
  });

  it('reads features.userFeeds: false (and only false) as "no user feeds"', () => {
    expect(parseFeedPolicy({ features: { userFeeds: false } })).toEqual({ feeds: [], trustedKeys: [], userFeeds: false });
    expect(parseFeedPolicy({ features: { userFeeds: true } })).toEqual({ feeds: [], trustedKeys: [] });
    expect(parseFeedPolicy({ features: { userFeeds: 'no' } })).toEqual({ feeds: [], trustedKeys: [] });
  });

  it('tells a browser that did not answer in time from one that has no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValueOnce(new Promise(() => {}));
    expect(await readFeedPolicyAnswer(20)).toBeNull();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readFeedPolicyAnswer(20)).toEqual({ feeds: [], trustedKeys: [] });
  });

  it('treats a missing managed schema (Chrome rejects) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readFeedPolicy()).toEqual({ feeds: [], trustedKeys: [] });
  });

  it('does not hold a refresh up while the browser loads its policies', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValueOnce(new Promise(() => {}));
    const started = Date.now();
    expect(await readFeedPolicy(50)).toEqual({ feeds: [], trustedKeys: [] });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

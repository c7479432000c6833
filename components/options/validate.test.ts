import { describe, expect, it } from 'vitest';
import { checkFeed, siteFromInput } from './validate';

const KEY = 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik=';

describe('site input', () => {
  it('accepts a host or a pasted address and keeps the host', () => {
    expect(siteFromInput(' Jobs.Example.com ')).toBe('jobs.example.com');
    expect(siteFromInput('https://www.jobs.example.com/offers?id=1')).toBe('www.jobs.example.com');
    expect(siteFromInput('bücher.example')).toBe('xn--bcher-kva.example');
  });

  it('refuses what is not a site', () => {
    for (const bad of ['', 'not a site', 'localhost', 'javascript:alert(1)', 'http://', '-bad-.com']) expect(siteFromInput(bad)).toBeNull();
  });
});

describe('feed input', () => {
  it('accepts an https feed with a 32-byte key and returns the origin to ask permission for', () => {
    const res = checkFeed('https://ngo.example/feeds/index.json', KEY, '  Helping Hands ', []);
    expect(res).toEqual({
      ok: true,
      feed: { url: 'https://ngo.example/feeds/index.json', publicKey: KEY, origin: 'user', name: 'Helping Hands' },
      origin: 'https://ngo.example/*',
    });
  });

  it('refuses http, credentials, bad keys and duplicates', () => {
    expect(checkFeed('http://ngo.example/i.json', KEY, '', [])).toEqual({ ok: false, error: 'optFeedInvalidUrl' });
    expect(checkFeed('https://u:p@ngo.example/i.json', KEY, '', [])).toEqual({ ok: false, error: 'optFeedInvalidUrl' });
    expect(checkFeed('nonsense', KEY, '', [])).toEqual({ ok: false, error: 'optFeedInvalidUrl' });
    expect(checkFeed('https://ngo.example/i.json', 'abc', '', [])).toEqual({ ok: false, error: 'optFeedInvalidKey' });
    expect(
      checkFeed('https://ngo.example/i.json', KEY, '', [{ url: 'https://ngo.example/i.json', publicKey: KEY, origin: 'user' }]),
    ).toEqual({
      ok: false,
      error: 'optFeedDuplicate',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureSiteOf, hostMatches, isLoopback, pathMatches } from './hosts';

describe('hostMatches', () => {
  it.each([
    ['web.whatsapp.com', ['web.whatsapp.com'], true],
    ['whatsapp.com', ['web.whatsapp.com'], false],
    ['evilweb.whatsapp.com.example', ['web.whatsapp.com'], false],
    ['uk.linkedin.com', ['linkedin.com'], true],
    ['notlinkedin.com', ['linkedin.com'], false],
    ['www.indeed.co.uk', ['indeed.*'], true],
    ['indeed.com', ['indeed.*'], true],
    ['indeed.jobs-now.info', ['indeed.*'], false],
    ['indeed.example.co.uk', ['indeed.*'], false],
    ['anything.example', ['*'], true],
    ['LinkedIn.COM.', ['linkedin.com'], true],
  ])('%s with %j → %s', (host, patterns, expected) => {
    expect(hostMatches(host, patterns)).toBe(expected);
  });

  it('matches path prefixes, none meaning any', () => {
    expect(pathMatches('/direct/t/1', ['/direct/'])).toBe(true);
    expect(pathMatches('/p/1', ['/direct/'])).toBe(false);
    expect(pathMatches('/p/1', [])).toBe(true);
  });
});

describe('fixture opt-in', () => {
  const doc = new DOMParser().parseFromString('<head><meta name="lurewatch-fixture-site" content="gmail"></head>', 'text/html');
  it.each([
    ['http://127.0.0.1:4517/sites/gmail.html', 'gmail'],
    ['http://localhost:9/x', 'gmail'],
    ['http://[::1]:9/x', 'gmail'],
    ['https://example.com/x', null],
    ['http://127.0.0.1.nip.io/x', null],
  ])('%s → %s', (url, expected) => {
    expect(fixtureSiteOf(doc, new URL(url))).toBe(expected);
  });
  it('needs the document', () => {
    expect(isLoopback(new URL('http://127.0.0.1/'))).toBe(true);
    expect(fixtureSiteOf(undefined, new URL('http://127.0.0.1/'))).toBeNull();
  });
});

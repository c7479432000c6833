import { describe, expect, it } from 'vitest';
import { fetchBounded } from './fetch-bounded';

/** A fetch stand-in that answers with `body` and pretends the final URL was `finalUrl`. */
function fakeFetch(body: BodyInit | null, init: ResponseInit, finalUrl?: string, seen?: RequestInit[]): typeof fetch {
  return async (_url, req) => {
    seen?.push(req ?? {});
    const res = new Response(body, init);
    if (finalUrl) Object.defineProperty(res, 'url', { value: finalUrl });
    return res;
  };
}

const base = { timeoutMs: 1000, maxBytes: 100, allowLoopbackHttp: false };

describe('fetchBounded', () => {
  it('asks for no credentials, no referrer and no cache, and sends the validators', async () => {
    const seen: RequestInit[] = [];
    const res = await fetchBounded('https://rules.example/index.json', {
      ...base,
      etag: '"abc"',
      lastModified: 'Sat, 28 Nov 2026 00:00:00 GMT',
      fetchImpl: fakeFetch('{}', { status: 200, headers: { etag: '"def"' } }, undefined, seen),
    });
    expect(res).toMatchObject({ kind: 'ok', etag: '"def"' });
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', method: 'GET' });
    expect(seen[0]?.headers).toEqual({
      accept: 'application/json',
      'if-none-match': '"abc"',
      'if-modified-since': 'Sat, 28 Nov 2026 00:00:00 GMT',
    });
  });

  it('refuses a redirect that leaves https', async () => {
    const res = await fetchBounded('https://rules.example/index.json', {
      ...base,
      fetchImpl: fakeFetch('{}', { status: 200 }, 'http://rules.example/index.json'),
    });
    expect(res).toEqual({ kind: 'error', reason: expect.stringMatching(/redirected to a refused URL/) });
  });

  it('refuses a body announced larger than the cap without reading it', async () => {
    const res = await fetchBounded('https://rules.example/pack.json', {
      ...base,
      fetchImpl: fakeFetch('x'.repeat(10), { status: 200, headers: { 'content-length': '5000' } }),
    });
    expect(res).toEqual({ kind: 'error', reason: expect.stringMatching(/Content-Length 5000/) });
  });

  it('cuts off a body that grows past the cap', async () => {
    const res = await fetchBounded('https://rules.example/pack.json', { ...base, fetchImpl: fakeFetch('x'.repeat(101), { status: 200 }) });
    expect(res).toEqual({ kind: 'error', reason: 'response exceeds 100 bytes' });
  });

  it('reports 304 as not modified', async () => {
    const res = await fetchBounded('https://rules.example/index.json', { ...base, fetchImpl: fakeFetch(null, { status: 304 }) });
    expect(res.kind).toBe('not-modified');
  });

  it('never calls fetch for a refused URL', async () => {
    const seen: RequestInit[] = [];
    const res = await fetchBounded('http://rules.example/index.json', {
      ...base,
      fetchImpl: fakeFetch('{}', { status: 200 }, undefined, seen),
    });
    expect(res.kind).toBe('error');
    expect(seen).toHaveLength(0);
  });
});

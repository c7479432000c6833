/**
 * One feed download, bounded in time and size, carrying nothing about the user: no cookies or HTTP
 * auth (credentials 'omit'), no Referer, no query added, no custom headers beyond conditional
 * validators. The HTTP cache is bypassed ('no-store') because freshness is decided here, with the
 * ETag / Last-Modified we keep per feed.
 */
import { feedUrlProblem, type UrlPolicy } from './url-policy';

export interface BoundedFetchOptions extends UrlPolicy {
  timeoutMs: number;
  maxBytes: number;
  etag?: string;
  lastModified?: string;
  /** Injected in tests; defaults to the global fetch. */
  fetchImpl?: typeof fetch;
}

export type BoundedFetchResult =
  | { kind: 'ok'; bytes: Uint8Array; etag?: string; lastModified?: string; serverDate?: number; finalUrl: string }
  | { kind: 'not-modified'; serverDate?: number }
  | { kind: 'error'; reason: string };

function serverDateOf(res: Response): number | undefined {
  const d = res.headers.get('date');
  const t = d ? Date.parse(d) : Number.NaN;
  return Number.isFinite(t) ? t : undefined;
}

async function readCapped(res: Response, maxBytes: number, abort: () => void): Promise<Uint8Array | string> {
  const body = res.body;
  if (!body) return new Uint8Array(await res.arrayBuffer());
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop the transfer now rather than buffering a hostile or misconfigured response.
      abort();
      await reader.cancel().catch(() => undefined);
      return `response exceeds ${maxBytes} bytes`;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export async function fetchBounded(url: string, options: BoundedFetchOptions): Promise<BoundedFetchResult> {
  const problem = feedUrlProblem(url, options);
  if (problem) return { kind: 'error', reason: problem };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    const res = await (options.fetchImpl ?? fetch)(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal,
    });
    const serverDate = serverDateOf(res);
    // A redirect must not take us off https (or to a non-loopback http host).
    const redirectProblem = res.url ? feedUrlProblem(res.url, options) : null;
    if (redirectProblem) return { kind: 'error', reason: `redirected to a refused URL: ${redirectProblem}` };
    if (res.status === 304) return { kind: 'not-modified', ...(serverDate ? { serverDate } : {}) };
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: `HTTP ${res.status}` };
    }
    const type = res.headers.get('content-type') ?? '';
    if (/^\s*text\/html/i.test(type)) {
      void res.body?.cancel().catch(() => undefined);
      return { kind: 'error', reason: 'got an HTML page instead of JSON (captive portal or error page?)' };
    }
    const declared = Number(res.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > options.maxBytes) {
      controller.abort();
      return { kind: 'error', reason: `response exceeds ${options.maxBytes} bytes (Content-Length ${declared})` };
    }
    const body = await readCapped(res, options.maxBytes, () => controller.abort());
    if (typeof body === 'string') return { kind: 'error', reason: body };
    const etag = res.headers.get('etag') ?? undefined;
    const lastModified = res.headers.get('last-modified') ?? undefined;
    return {
      kind: 'ok',
      bytes: body,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      ...(serverDate ? { serverDate } : {}),
      finalUrl: res.url || url,
    };
  } catch (e) {
    if (timedOut) return { kind: 'error', reason: `timed out after ${options.timeoutMs} ms` };
    return { kind: 'error', reason: `network error: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    clearTimeout(timer);
  }
}

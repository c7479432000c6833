/**
 * A local rule feed on http://127.0.0.1 with fault modes, for the feed unit tests (started in the
 * test process) and tests/e2e/feeds.spec.ts. It serves /<feed>/index.json and /<feed>/pack.json
 * with ETag support and the CORS headers a real static host needs (docs/feeds.md), and records
 * every request so tests can prove no user data is sent.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FeedFault =
  | 'none'
  /** Every request gets HTTP 500. */
  | 'http500'
  /** Requests are accepted and never answered (client timeout). */
  | 'hang'
  /** The index body stops halfway (connection closed early). */
  | 'truncated-index'
  /** The pack body is cut short. */
  | 'truncated-pack'
  /** A Wi-Fi login page answers every URL with 200 text/html. */
  | 'captive-portal'
  /** The same login page, but served as application/json. */
  | 'captive-portal-json'
  /** The pack never ends: megabytes of data, chunked, no Content-Length. */
  | 'oversized-pack';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

const CAPTIVE = '<!doctype html><html><head><title>Hotel Wi-Fi</title></head><body><form>Accept the terms to continue</form></body></html>';

function etagOf(bytes: Uint8Array): string {
  let h = 2166136261;
  for (const b of bytes) h = Math.imul(h ^ b, 16777619) >>> 0;
  return `"${h.toString(16)}-${bytes.byteLength}"`;
}

export class FeedServer {
  private server: Server | undefined;
  private files = new Map<string, Uint8Array>();
  fault: FeedFault = 'none';
  /** Shifts the HTTP Date header (ms), to play a server whose clock differs from the client's. */
  dateOffsetMs = 0;
  readonly requests: RecordedRequest[] = [];

  /** Serves `bytes` at `path` (e.g. "/core/index.json"). */
  put(path: string, bytes: Uint8Array | string): void {
    this.files.set(path, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      this.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      this.handle(req.method ?? 'GET', req.url ?? '/', req.headers, res);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const { port: bound } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${bound}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }

  private handle(method: string, url: string, headers: IncomingHttpHeaders, res: ServerResponse): void {
    const base: Record<string, string> = {
      date: new Date(Date.now() + this.dateOffsetMs).toUTCString(),
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
      'access-control-expose-headers': 'ETag, Last-Modified, Date',
    };
    if (method === 'OPTIONS') {
      // Chromium's Private Network Access asks before a loopback fetch from another origin.
      res.writeHead(204, { ...base, 'access-control-allow-private-network': 'true' }).end();
      return;
    }
    const path = new URL(url, 'http://127.0.0.1').pathname;
    if (path === '/health') {
      res.writeHead(200, { ...base, 'content-type': 'text/plain' }).end('ok');
      return;
    }
    switch (this.fault) {
      case 'http500':
        res.writeHead(500, { ...base, 'content-type': 'text/plain' }).end('Internal Server Error');
        return;
      case 'hang':
        return;
      case 'captive-portal':
        res.writeHead(200, { ...base, 'content-type': 'text/html; charset=utf-8' }).end(CAPTIVE);
        return;
      case 'captive-portal-json':
        res.writeHead(200, { ...base, 'content-type': 'application/json' }).end(CAPTIVE);
        return;
      default:
        break;
    }
    const body = this.files.get(path);
    if (!body) {
      res.writeHead(404, { ...base, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const isIndex = path.endsWith('/index.json');
    if (this.fault === 'oversized-pack' && !isIndex) {
      res.writeHead(200, { ...base, 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 64 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
    const etag = etagOf(body);
    if (headers['if-none-match'] === etag) {
      res.writeHead(304, { ...base, etag }).end();
      return;
    }
    const cut = (this.fault === 'truncated-index' && isIndex) || (this.fault === 'truncated-pack' && !isIndex);
    if (cut) {
      // Announce the full length, send half, then drop the connection: what a flaky mobile link does.
      res.writeHead(200, { ...base, 'content-type': 'application/json', 'content-length': String(body.byteLength), etag });
      res.write(body.subarray(0, Math.floor(body.byteLength / 2)));
      setTimeout(() => res.destroy(), 20);
      return;
    }
    res
      .writeHead(200, {
        ...base,
        'content-type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json',
        'content-length': String(body.byteLength),
        'cache-control': 'no-cache',
        etag,
      })
      .end(body);
  }
}

// `npx tsx tests/e2e/feed-server.ts <port> <dir>` serves a folder's index.json/pack.json at /core/ (manual testing).
if (process.argv[1]?.endsWith('feed-server.ts') && process.argv[2]) {
  const { readFileSync } = await import('node:fs');
  const dir = process.argv[3] ?? '.';
  const server = new FeedServer();
  server.put('/core/index.json', readFileSync(`${dir}/index.json`));
  server.put('/core/pack.json', readFileSync(`${dir}/pack.json`));
  console.log(`feed on ${await server.start(Number(process.argv[2]))}/core/index.json`);
}

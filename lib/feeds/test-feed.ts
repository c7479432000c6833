/**
 * Test helpers for the feed tests: a signed feed on the local FeedServer, packs derived from the
 * bundled pack (so they pass validation and the self-test as long as the bundled pack does), and
 * an isolated IndexedDB per test. Imported by *.test.ts only.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FeedServer } from '../../tests/e2e/feed-server';
import { buildSignedFeed, type FeedFiles } from '../../tools/pack/feed-files';
import { generateKeyPair, type KeyPair } from '../crypto/signature';
import { bundledPack } from '../engine/bundled';
import type { Pack } from '../rules/schema';
import { type LureWatchDb, openDb } from '../store/db';
import type { FeedSpec } from './feeds-list';
import { type TrustedKey, trustedKey } from './trusted-keys';

export const HOUR = 3_600_000;

/** A copy of the bundled pack at another version, published an hour before `now`. */
export function packAt(version: number, now: number, mutate?: (p: Pack) => void): Pack {
  const pack = structuredClone(bundledPack().pack);
  pack.version = version;
  pack.published = new Date(now - HOUR).toISOString();
  mutate?.(pack);
  return pack;
}

export interface TestFeed {
  server: FeedServer;
  origin: string;
  url: string;
  key: KeyPair;
  trusted: TrustedKey;
  spec: FeedSpec;
  publish(files: FeedFiles): void;
  sign(pack: Pack, secret?: string): Promise<FeedFiles>;
}

export async function startTestFeed(port = 0): Promise<TestFeed> {
  const server = new FeedServer();
  const origin = await server.start(port);
  const key = await generateKeyPair();
  const trusted = trustedKey(key.publicKey, 'test', 'test key')!;
  const url = `${origin}/core/index.json`;
  return {
    server,
    origin,
    url,
    key,
    trusted,
    spec: { url, origin: 'builtin', name: 'test feed', keys: [trusted] },
    publish(files) {
      server.put('/core/index.json', files.indexBytes);
      server.put('/core/pack.json', files.packBytes);
    },
    sign: (pack, secret = key.secretKey) => buildSignedFeed(pack, secret),
  };
}

let dbCount = 0;
export async function freshDb(): Promise<LureWatchDb> {
  const res = await openDb(`lw-feed-test-${++dbCount}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  if (!res.ok) throw new Error(res.error);
  return res.db;
}

/**
 * Building, signing and checking feed files (docs/feeds.md): the pack bytes, the index naming them,
 * and the Ed25519 signature over exactly those bytes. Shared by the CLI (tools/pack.ts) and the
 * tests, so the tests exercise the same files a publisher ships.
 */
import { decodePublicKey, keyIdOf, publicKeyFromSecret, sha256Hex, signBytes } from '../../lib/crypto/signature';
import { acceptPack } from '../../lib/feeds/accept';
import { FEED_INDEX_FORMAT, type FeedIndex } from '../../lib/feeds/feed-index';
import type { TrustedKey } from '../../lib/feeds/trusted-keys';
import type { Pack } from '../../lib/rules/schema';

/** The canonical bytes of a pack: what gets hashed, signed and served. */
export function serializePack(pack: Pack): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(pack, null, 2)}\n`);
}

/** An unsigned index for these pack bytes. `url` is usually relative ("pack.json"). */
export function makeIndex(pack: Pack, bytes: Uint8Array, url = 'pack.json'): FeedIndex {
  return {
    format: FEED_INDEX_FORMAT,
    packId: pack.id,
    version: pack.version,
    size: bytes.byteLength,
    sha256: sha256Hex(bytes),
    url,
    publishedAt: pack.published,
  };
}

/** Signs the pack bytes and returns the index carrying the signature and the signer's key id. */
export async function signIndex(index: FeedIndex, bytes: Uint8Array, secretKey: string): Promise<FeedIndex> {
  const publicKey = decodePublicKey(await publicKeyFromSecret(secretKey))!;
  return { ...index, keyId: keyIdOf(publicKey), signature: await signBytes(bytes, secretKey) };
}

export function serializeIndex(index: FeedIndex): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(index, null, 2)}\n`);
}

export interface FeedFiles {
  pack: Pack;
  packBytes: Uint8Array;
  index: FeedIndex;
  indexBytes: Uint8Array;
}

export async function buildSignedFeed(pack: Pack, secretKey: string, url = 'pack.json'): Promise<FeedFiles> {
  const packBytes = serializePack(pack);
  const index = await signIndex(makeIndex(pack, packBytes, url), packBytes, secretKey);
  return { pack, packBytes, index, indexBytes: serializeIndex(index) };
}

/** Everything the extension would check, except "newer than installed" (nothing is installed here). */
export async function verifyFeed(index: FeedIndex, packBytes: Uint8Array, publicKeys: readonly string[], now = Date.now()) {
  const keys: TrustedKey[] = publicKeys.flatMap((k) => {
    const key = decodePublicKey(k);
    return key ? [{ keyId: keyIdOf(key), key, origin: 'builtin' as const, name: 'cli' }] : [];
  });
  return acceptPack({ index, bytes: packBytes, keys, installedVersion: 0, coreId: '', now });
}

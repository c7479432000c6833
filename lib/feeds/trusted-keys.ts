/**
 * Publishers whose signatures the extension trusts out of the box. Only PUBLIC keys live here; the
 * matching secret keys stay with the publisher (tools/pack keygen writes them to keys/*.key, which
 * git ignores). Rotating a key = ship the new public key in a release, sign with both for a while.
 * NGO keys arrive through managed policy (lib/feeds/policy.ts) or with a feed the user adds.
 */
import { decodePublicKey, keyIdOf } from '../crypto/signature';

export interface TrustedKey {
  keyId: string;
  /** Raw 32-byte Ed25519 public key. */
  key: Uint8Array;
  /** Where the trust comes from. Only 'builtin' and 'policy' keys may sign the core pack. */
  origin: 'builtin' | 'policy' | 'user' | 'test';
  name: string;
}

/** Public keys shipped with LureWatch (base64). */
export const BUILTIN_PUBLIC_KEYS: readonly { name: string; publicKey: string }[] = [
  // LureWatch development key, generated with `npm run pack -- keygen` (key id fa1f632d3bf611fc).
  { name: 'LureWatch dev 2026', publicKey: '5uLaf9Xt7Q/bfTRB2VBD4T9RqNmRb7lFBaU54AggPt8=' },
];

/** Decodes a base64 key into a TrustedKey; null when it is not a 32-byte key. */
export function trustedKey(publicKey: string, origin: TrustedKey['origin'], name: string): TrustedKey | null {
  const key = decodePublicKey(publicKey);
  return key ? { keyId: keyIdOf(key), key, origin, name } : null;
}

export function builtinKeys(): TrustedKey[] {
  return BUILTIN_PUBLIC_KEYS.map((k) => trustedKey(k.publicKey, 'builtin', k.name)).filter((k): k is TrustedKey => k !== null);
}

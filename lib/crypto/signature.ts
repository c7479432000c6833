/**
 * Ed25519 detached signatures over exact bytes (RFC 8032), and the SHA-256 digests feeds publish.
 * @noble/ed25519's async API hashes with WebCrypto (available in the MV3 service worker, Firefox's
 * background page and Node 20), so no global configuration is needed.
 */
import * as ed from '@noble/ed25519';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64ToBytes, bytesToBase64, bytesToHex } from './encoding';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * A short, stable name for a public key: the first 8 bytes of SHA-256(raw key), hex. Indexes name
 * the key that signed them so a client can tell "unknown key" from "bad signature".
 */
export function keyIdOf(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey).subarray(0, 8));
}

export interface KeyPair {
  /** 32-byte seed, base64. Keep secret. */
  secretKey: string;
  /** 32-byte public key, base64. */
  publicKey: string;
  keyId: string;
}

export async function generateKeyPair(): Promise<KeyPair> {
  const { secretKey, publicKey } = await ed.keygenAsync();
  return { secretKey: bytesToBase64(secretKey), publicKey: bytesToBase64(publicKey), keyId: keyIdOf(publicKey) };
}

export function decodePublicKey(b64: string): Uint8Array | null {
  const key = base64ToBytes(b64);
  return key && key.length === 32 ? key : null;
}

export async function publicKeyFromSecret(secretB64: string): Promise<string> {
  const secret = base64ToBytes(secretB64);
  if (secret?.length !== 32) throw new Error('secret key must be 32 bytes, base64');
  return bytesToBase64(await ed.getPublicKeyAsync(secret));
}

export async function signBytes(message: Uint8Array, secretB64: string): Promise<string> {
  const secret = base64ToBytes(secretB64);
  if (secret?.length !== 32) throw new Error('secret key must be 32 bytes, base64');
  return bytesToBase64(await ed.signAsync(message, secret));
}

/** False for any malformed input (wrong lengths, bad base64, non-canonical points): never throws. */
export async function verifyBytes(message: Uint8Array, signatureB64: string, publicKey: Uint8Array): Promise<boolean> {
  const sig = base64ToBytes(signatureB64);
  if (sig?.length !== 64 || publicKey.length !== 32) return false;
  try {
    return await ed.verifyAsync(sig, message, publicKey);
  } catch {
    return false;
  }
}

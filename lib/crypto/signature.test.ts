import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './encoding';
import { decodePublicKey, generateKeyPair, keyIdOf, publicKeyFromSecret, sha256Hex, signBytes, verifyBytes } from './signature';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('Ed25519 detached signatures', () => {
  it('verifies what it signed, and nothing else', async () => {
    const kp = await generateKeyPair();
    const pub = decodePublicKey(kp.publicKey)!;
    const sig = await signBytes(bytes('{"version":2}'), kp.secretKey);
    expect(await verifyBytes(bytes('{"version":2}'), sig, pub)).toBe(true);
    expect(await verifyBytes(bytes('{"version":3}'), sig, pub)).toBe(false);
    const other = await generateKeyPair();
    expect(await verifyBytes(bytes('{"version":2}'), sig, decodePublicKey(other.publicKey)!)).toBe(false);
  });

  it('rejects malformed signatures without throwing', async () => {
    const kp = await generateKeyPair();
    const pub = decodePublicKey(kp.publicKey)!;
    expect(await verifyBytes(bytes('x'), 'not base64!', pub)).toBe(false);
    expect(await verifyBytes(bytes('x'), bytesToBase64(new Uint8Array(64)), pub)).toBe(false);
    expect(await verifyBytes(bytes('x'), bytesToBase64(new Uint8Array(10)), pub)).toBe(false);
  });

  it('derives the public key and key id consistently', async () => {
    const kp = await generateKeyPair();
    expect(await publicKeyFromSecret(kp.secretKey)).toBe(kp.publicKey);
    expect(keyIdOf(decodePublicKey(kp.publicKey)!)).toBe(kp.keyId);
    expect(kp.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('matches the RFC 8032 test vector 1 and a known SHA-256', async () => {
    // RFC 8032 §7.1 TEST 1: empty message.
    const pub = Uint8Array.from(Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex'));
    const sig = Buffer.from(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
      'hex',
    ).toString('base64');
    expect(await verifyBytes(new Uint8Array(), sig, pub)).toBe(true);
    expect(sha256Hex(bytes('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('decodes strict base64 only', () => {
    expect(base64ToBytes('AAEC')).toEqual(new Uint8Array([0, 1, 2]));
    expect(base64ToBytes('AAE')).toBeNull();
    expect(base64ToBytes('AA-C')).toBeNull();
  });
});

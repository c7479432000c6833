/**
 * Crypto wallet addresses, the payment rail of task and pig-butchering scams (../shared/DOMAIN.md §1(b),
 * §1(h), §2 "Crypto addresses"). Shapes from DOMAIN.md §2; each candidate must also pass its checksum
 * (Base58Check for BTC legacy and TRON, bech32/bech32m for bc1, EIP-55 for mixed-case 0x) so random
 * tokens and order numbers are not reported. Reads the ORIGINAL text: these formats are case-sensitive.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { hitFromOriginal, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX = new Map([...B58].map((c, i) => [c, i]));

/** Base58 → bytes, or undefined on a character outside the alphabet. */
export function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [0];
  for (const c of s) {
    const v = B58_INDEX.get(c);
    if (v === undefined) return undefined;
    let carry = v;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const c of s) {
    if (c !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

/** Base58Check: payload + first 4 bytes of sha256(sha256(payload)); returns the version byte or undefined. */
export function base58CheckVersion(s: string): number | undefined {
  const raw = base58Decode(s);
  if (!raw || raw.length < 5) return undefined;
  const payload = raw.subarray(0, raw.length - 4);
  const sum = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (sum[i] !== raw[raw.length - 4 + i]) return undefined;
  return payload[0];
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}

/** BIP-173 / BIP-350: a valid bech32 (1) or bech32m (0x2bc830a3) checksum for the "bc" prefix. */
export function isValidBech32(address: string): boolean {
  if (address !== address.toLowerCase() && address !== address.toUpperCase()) return false;
  const a = address.toLowerCase();
  const sep = a.lastIndexOf('1');
  if (sep < 1 || a.length - sep < 7) return false;
  const hrp = a.slice(0, sep);
  const data: number[] = [];
  for (const c of a.slice(sep + 1)) {
    const v = BECH32_CHARSET.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31)];
  const check = polymod([...expanded, ...data]);
  return check === 1 || check === 0x2bc830a3;
}

/** EIP-55: all-lower and all-upper addresses carry no checksum; a mixed-case one must match it. */
export function isValidEvmAddress(address: string): boolean {
  const hex = address.slice(2);
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return false;
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = keccak_256(new TextEncoder().encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex[i]!;
    if (c >= '0' && c <= '9') continue;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if (nibble >= 8 !== (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

// The four shapes (DOMAIN.md §2), each a whole run of ASCII letters and digits; their first characters
// (1/3, T, b/B, 0) tell them apart, so ONE search with all four finds what four searches would.
const BTC_LEGACY = '[13][a-km-zA-HJ-NP-Z1-9]{25,34}';
const TRON = 'T[1-9A-HJ-NP-Za-km-z]{33}';
const BECH32 = '(?:bc1|BC1)[qpzry9x8gf2tvdw0s3jn54khce6mua7lQPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{39,59}';
const EVM = '0x[0-9a-fA-F]{40}';
const ADDRESS = new RegExp(`(?<![A-Za-z0-9])(?:(${BTC_LEGACY})|(${TRON})|(${BECH32})|(${EVM}))(?![A-Za-z0-9])`, 'g');
/** Whether an address of a shape (0 BTC legacy P2PKH/P2SH, 1 TRON, 2 bech32, 3 EVM) has a valid checksum. */
function checksumValid(shape: number, address: string): boolean {
  if (shape === 0) {
    const v = base58CheckVersion(address);
    return v === 0x00 || v === 0x05;
  }
  if (shape === 1) return base58CheckVersion(address) === 0x41;
  if (shape === 2) return isValidBech32(address);
  return isValidEvmAddress(address);
}

/** Texts up to this length are checked with hasLongToken before the regex search. */
const PREFILTER_MAX = 1024;
/** Whether the text has a run of 25+ ASCII letters/digits (every address shape does); linear scan. */
function hasLongToken(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (++run >= 25) return true;
    } else run = 0;
  }
  return false;
}

export const wallet: EntityDetector = {
  name: 'wallet',
  kinds: ['wallet'],
  detect(input) {
    const text = input.original;
    // Every address is a run of 26+ letters and digits. On short texts (chat) a JS pass that looks for one
    // saves the regex search; on long ones (postings) the native search, which skips to the shapes' first
    // characters, is cheaper than that pass.
    if (text.length < 26 || (text.length <= PREFILTER_MAX && !hasLongToken(text))) return [];
    // Hits per shape, reported shape by shape (BTC, TRON, bech32, EVM) as four searches would, each in
    // text order.
    let byShape: EntityHit[][] | undefined;
    for (const m of matchAll(ADDRESS, text)) {
      const a = m[0];
      const shape = m[1] ? 0 : m[2] ? 1 : m[3] ? 2 : 3;
      if (!checksumValid(shape, a)) continue;
      byShape ??= [[], [], [], []];
      byShape[shape]!.push(hitFromOriginal(input, 'wallet', m.index, m.index + a.length));
    }
    return byShape ? byShape.flat() : [];
  },
};

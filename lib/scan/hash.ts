/**
 * A fast, non-cryptographic text hash used as the item key: the scan cache's second level (the same
 * message text rendered again by a virtualised list is not analysed twice), the key of a flagged item
 * in reports, and the key under which "dismissed" / "not a scam" are remembered in storage.local.
 *
 * cyrb53 (public domain, bryc): 53 bits, so collisions are negligible for the few thousand items a page
 * holds. It is not a security boundary: a collision could at worst hide or reuse one warning.
 */

/** Whitespace differences (re-wrapping, trailing spaces) must not make a new item. */
export function normalizeForKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The item key: kind-qualified so the same words as a posting and as a message stay distinct. */
export function itemKey(text: string, kind: string): string {
  return `${kind[0] ?? 'x'}${cyrb53(normalizeForKey(text)).toString(36)}`;
}

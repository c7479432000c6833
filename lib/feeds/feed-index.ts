/**
 * The feed index (index.json): a small file naming the latest pack and the signature over its
 * exact bytes. Format described in docs/feeds.md. The index itself is not trusted: every field a
 * decision rests on is checked again against the signed pack (id, version) or the bytes (size, hash).
 */
import * as v from 'valibot';

export const FEED_INDEX_FORMAT = 1;

export const FeedIndexSchema = v.object({
  format: v.literal(FEED_INDEX_FORMAT, `index format must be ${FEED_INDEX_FORMAT}`),
  packId: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{1,63}$/)),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
  size: v.pipe(v.number(), v.integer(), v.minValue(1)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lower-case hex digits')),
  /** The pack's URL, absolute or relative to the index URL. */
  url: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
  publishedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Present once signed (tools/pack sign): key id and base64 Ed25519 signature over the pack bytes. */
  keyId: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/))),
  signature: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{86}==$/, 'signature must be 64 bytes, base64'))),
});

export type FeedIndex = v.InferOutput<typeof FeedIndexSchema>;

export type FeedIndexResult = { ok: true; index: FeedIndex } | { ok: false; reason: string };

/** Decodes and checks an index download; every failure is a short reason for the refresh log. */
export function parseFeedIndex(bytes: Uint8Array): FeedIndexResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'index is not UTF-8 text' };
  }
  if (/^\s*</.test(text)) return { ok: false, reason: 'index is HTML or XML, not JSON (captive portal or error page?)' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `index is not valid JSON (truncated?): ${e instanceof Error ? e.message : String(e)}` };
  }
  const res = v.safeParse(FeedIndexSchema, json);
  if (!res.success) {
    const issue = res.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: `index invalid${path ? ` at ${path}` : ''}: ${issue.message}` };
  }
  return { ok: true, index: res.output };
}

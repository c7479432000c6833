/**
 * All-or-nothing acceptance of a downloaded pack. Cheap and trust checks come first, so untrusted
 * bytes never reach the pack parser:
 *   1. the bytes match the index's size and SHA-256 (truncated or altered download);
 *   2. a key trusted for this feed signed exactly these bytes (unknown key / bad signature);
 *      only shipped or policy keys may sign the core pack's id;
 *   3. the pack parses and is valid against the schema, in a supported format, and every pattern
 *      compiles and passes the ReDoS check (lib/rules validation);
 *   4. it is the pack the index announced (id, version) and strictly newer than the installed one
 *      (no downgrade, no replay of an old signed pack);
 *   5. it was not published in the future (clock skew, or a publisher's typo);
 *   6. it compiles and its embedded examples give their expected verdicts (self-test).
 * Any failure returns a reason; the caller then keeps the last good pack.
 */
import { sha256Hex, verifyBytes } from '../crypto/signature';
import type { Pack } from '../rules/schema';
import type { PackError } from '../rules/types';
import type { FeedIndex } from './feed-index';
import { compileAndSelfTest, parsePack } from './pack-checks';
import type { TrustedKey } from './trusted-keys';

/** How far in the future a pack's "published" may lie, against the better of the local and server clocks. */
export const PUBLISHED_TOLERANCE_MS = 2 * 3_600_000;

export interface AcceptInput {
  index: FeedIndex;
  bytes: Uint8Array;
  keys: readonly TrustedKey[];
  /** Installed version of index.packId (bundled floor included). */
  installedVersion: number;
  /** The core pack's id (the bundled pack's). */
  coreId: string;
  now: number;
  /** The HTTP Date of the pack response, a second opinion on the time. */
  serverDate?: number;
}

export type AcceptResult =
  | { ok: true; pack: Pack; keyId: string; signature: string; sha256: string; text: string }
  | { ok: false; reason: string };

function describeErrors(prefix: string, errors: readonly PackError[]): string {
  const shown = errors
    .slice(0, 3)
    .map((e) => `${e.rule ? `${e.rule}: ` : ''}${e.path ? `${e.path}: ` : ''}${e.message}${e.line ? ` (line ${e.line})` : ''}`);
  const more = errors.length > 3 ? ` (+${errors.length - 3} more)` : '';
  return `${prefix}: ${shown.join('; ')}${more}`;
}

export async function acceptPack(input: AcceptInput): Promise<AcceptResult> {
  const { index, bytes, keys } = input;
  const fail = (reason: string): AcceptResult => ({ ok: false, reason });

  if (bytes.byteLength !== index.size) return fail(`pack is ${bytes.byteLength} bytes, index says ${index.size} (truncated or altered)`);
  const sha256 = sha256Hex(bytes);
  if (sha256 !== index.sha256) return fail('pack SHA-256 does not match the index (truncated or altered)');

  if (!index.signature || !index.keyId) return fail('index carries no signature');
  const key = keys.find((k) => k.keyId === index.keyId);
  if (!key) return fail(`signed by unknown key ${index.keyId}`);
  if (!(await verifyBytes(bytes, index.signature, key.key))) return fail(`bad signature (key ${index.keyId})`);
  if (index.packId === input.coreId && key.origin !== 'builtin' && key.origin !== 'policy' && key.origin !== 'test') {
    return fail(`key ${key.keyId} (${key.origin}) may not replace the core pack`);
  }

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('pack is not UTF-8 text');
  }
  const parsed = parsePack(text);
  if (!parsed.ok) return fail(describeErrors('pack invalid', parsed.errors));
  const pack = parsed.value;

  if (pack.id !== index.packId || pack.version !== index.version) {
    return fail(`pack is ${pack.id}@${pack.version}, index announced ${index.packId}@${index.version}`);
  }
  if (pack.version <= input.installedVersion) {
    return fail(`version ${pack.version} is not newer than installed ${input.installedVersion} (downgrade or replay)`);
  }

  const published = Date.parse(pack.published);
  const reference = Math.max(input.now, input.serverDate ?? Number.NEGATIVE_INFINITY);
  if (published > reference + PUBLISHED_TOLERANCE_MS) {
    return fail(`published ${pack.published}, in the future (clock skew?)`);
  }

  const problems = compileAndSelfTest(pack);
  if (problems.length) return fail(describeErrors('self-test failed', problems));

  return { ok: true, pack, keyId: key.keyId, signature: index.signature, sha256, text };
}

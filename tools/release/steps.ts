/**
 * The checks and files of `npm run release` (tools/release.ts), as pure functions so they are tested
 * without building: which environment a release build must not have, how web-ext's JSON report is
 * judged, and the checksum file (the `sha256sum` format, so `sha256sum -c SHA256SUMS` verifies it).
 */
import { createHash } from 'node:crypto';

/**
 * Test-build settings (wxt.config.ts "define"): a release with any of them would ship a loopback feed
 * or a test signing key (docs/feeds.md "Test builds").
 */
export const TEST_ONLY_ENV = ['LUREWATCH_FEED_URL', 'LUREWATCH_TEST_KEY', 'LUREWATCH_ALLOW_LOOPBACK_HTTP'] as const;

export function testEnvSet(env: Readonly<Record<string, string | undefined>>): string[] {
  return TEST_ONLY_ENV.filter((name) => (env[name] ?? '') !== '');
}

/** A version the stores accept: 1 to 4 dot-separated integers (Chrome manifest "version"). */
export function isStoreVersion(version: string): boolean {
  return /^\d{1,9}(?:\.\d{1,9}){0,3}$/.test(version);
}

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

export interface LintSummary {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Reads `web-ext lint --output json`; anything unreadable counts as one error (never a silent pass). */
export function parseLintReport(stdout: string): LintSummary {
  const start = stdout.indexOf('{');
  try {
    const json = JSON.parse(start >= 0 ? stdout.slice(start) : stdout) as Partial<Record<keyof LintSummary, LintMessage[]>>;
    const pick = (list: unknown): LintMessage[] =>
      Array.isArray(list)
        ? list.map((m: LintMessage) => ({ code: String(m.code), message: String(m.message), ...(m.file ? { file: String(m.file) } : {}) }))
        : [];
    if (!Array.isArray(json.errors)) throw new Error('no "errors" list');
    return { errors: pick(json.errors), warnings: pick(json.warnings), notices: pick(json.notices) };
  } catch (e) {
    return {
      errors: [
        { code: 'LINT_OUTPUT_UNREADABLE', message: `web-ext lint output could not be read: ${e instanceof Error ? e.message : String(e)}` },
      ],
      warnings: [],
      notices: [],
    };
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** "<hex>  <name>" per file, sorted by name: the format of sha256sum (two spaces = binary-agnostic text mode). */
export function checksumFile(files: readonly { name: string; bytes: Uint8Array }[]): string {
  return `${[...files]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((f) => `${sha256(f.bytes)}  ${f.name}`)
    .join('\n')}\n`;
}

/** The zips a release must contain: store packages for both browsers and the Firefox sources. */
export function expectedZips(name: string, version: string): string[] {
  return [`${name}-${version}-chrome.zip`, `${name}-${version}-firefox.zip`, `${name}-${version}-sources.zip`];
}

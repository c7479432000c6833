/**
 * Build-time feed configuration. wxt.config.ts defines these from the environment at build time;
 * a normal build gets the defaults. Test builds (tests/e2e/feeds.spec.ts) set:
 *   LUREWATCH_FEED_URL             the default feed's index URL (e.g. http://127.0.0.1:4622/core/index.json)
 *   LUREWATCH_TEST_KEY             an extra trusted public key (base64), generated per test run
 *   LUREWATCH_ALLOW_LOOPBACK_HTTP  "1" to allow http:// to 127.0.0.1/localhost/[::1] (never in releases)
 */

export const PRODUCTION_FEED_URL = 'https://rules.lurewatch.org/core/index.json';

function env(name: 'LUREWATCH_FEED_URL' | 'LUREWATCH_TEST_KEY' | 'LUREWATCH_ALLOW_LOOPBACK_HTTP'): string | undefined {
  // Vite replaces each `import.meta.env.NAME` below with a literal at build time; in unit tests
  // (no define) they are undefined.
  const values: Record<string, unknown> = {
    LUREWATCH_FEED_URL: import.meta.env.LUREWATCH_FEED_URL,
    LUREWATCH_TEST_KEY: import.meta.env.LUREWATCH_TEST_KEY,
    LUREWATCH_ALLOW_LOOPBACK_HTTP: import.meta.env.LUREWATCH_ALLOW_LOOPBACK_HTTP,
  };
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export interface BuildFeedConfig {
  defaultFeedUrl: string;
  /** Extra trusted key injected into test builds only. */
  testKey?: string;
  allowLoopbackHttp: boolean;
}

export function buildFeedConfig(): BuildFeedConfig {
  const testKey = env('LUREWATCH_TEST_KEY');
  return {
    defaultFeedUrl: env('LUREWATCH_FEED_URL') ?? PRODUCTION_FEED_URL,
    ...(testKey ? { testKey } : {}),
    allowLoopbackHttp: env('LUREWATCH_ALLOW_LOOPBACK_HTTP') === '1',
  };
}

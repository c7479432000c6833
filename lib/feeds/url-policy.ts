/**
 * Which feed URLs may be fetched. HTTPS only: a pack decides what users are warned about, and even
 * a signed pack fetched over http leaks which feeds a user follows. Plain http is allowed to
 * loopback hosts only, and only when the caller passes allowLoopbackHttp (test builds).
 */

export interface UrlPolicy {
  allowLoopbackHttp: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Null when allowed, else the reason. */
export function feedUrlProblem(raw: string, policy: UrlPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `not a URL: ${raw}`;
  }
  // Credentials in a URL would be sent with every request and end up in logs.
  if (url.username || url.password) return 'feed URL must not contain credentials';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) {
    return policy.allowLoopbackHttp ? null : 'http is allowed for loopback test feeds only, and this build does not allow it';
  }
  return `feed URL must use https: ${url.protocol}//${url.host}`;
}

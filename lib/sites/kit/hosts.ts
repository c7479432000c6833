/**
 * Which adapter handles which page, as data. Host patterns come from lib/sites/selectors.json
 * (field "hosts") and can be overridden by the rule pack like any selector.
 *
 * Pattern forms:
 *  - "web.whatsapp.com": that host or any subdomain of it;
 *  - "indeed.*": the label "indeed" followed by a country-style suffix of one or two short labels
 *    (indeed.com, uk.indeed.com, indeed.co.uk, indeed.com.sg); job boards run one site per country;
 *  - "*": every host (the schema.org and generic fallbacks).
 */

export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const raw of patterns) {
    const p = raw.toLowerCase().trim();
    if (p === '*') return true;
    if (p.endsWith('.*')) {
      const labels = h.split('.');
      const name = p.slice(0, -2);
      const i = labels.lastIndexOf(name);
      const tail = labels.slice(i + 1);
      if (i >= 0 && tail.length >= 1 && tail.length <= 2 && tail.every((l) => l.length >= 2 && l.length <= 3)) return true;
    } else if (h === p || h.endsWith(`.${p}`)) return true;
  }
  return false;
}

/** Path prefixes ("/k/", "/messaging/"); an empty list means any path. */
export function pathMatches(path: string, prefixes: readonly string[]): boolean {
  return prefixes.length === 0 || prefixes.some((p) => path.startsWith(p));
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function isLoopback(url: URL): boolean {
  return LOOPBACK.has(url.hostname);
}

export const FIXTURE_META = 'lurewatch-fixture-site';

/**
 * The site a fixture page says it imitates: <meta name="lurewatch-fixture-site" content="whatsapp">.
 *
 * Honoured ONLY on loopback origins (127.0.0.1, localhost), where our browser tests and the page
 * benchmark serve tests/fixtures. On the open web any page could carry the tag, and a scam page could
 * use it to steer us to an adapter that finds nothing on it (switching off the generic and schema.org
 * fallbacks), or to make us read its markup with another site's assumptions. A real site never needs it.
 */
export function fixtureSiteOf(doc: Document | undefined, url: URL): string | null {
  if (!doc || !isLoopback(url)) return null;
  // Asked once per adapter on every search: without the cache a fixture page without the tag (the long
  // feed) was searched whole for it each time, which the page benchmark then counted as our cost. The tag
  // sits in a fixture's static <head>, so one answer per document holds.
  const cached = fixtureSites.get(doc);
  if (cached !== undefined) return cached;
  const meta = doc.querySelector(`meta[name="${FIXTURE_META}"]`);
  const id = meta?.getAttribute('content')?.trim() || null;
  fixtureSites.set(doc, id);
  return id;
}

const fixtureSites = new WeakMap<Document, string | null>();

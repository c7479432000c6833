/**
 * Links through URL shorteners hide where they lead (../shared/DOMAIN.md §2). The domain list is
 * PeterDaveHello/url-shorteners (CC BY-SA 4.0), shipped as a separate attributed data file.
 */
import data from '../data/url-shorteners.json';
import { hitFromNormalized } from './span';
import type { EntityDetector, EntityHit } from './types';

/**
 * Messaging apps' own short domains are in the upstream list (t.me, wa.me) but are not shorteners for us:
 * the messaging entity already reports them (context.contact-id), and counting a Telegram link twice
 * (contact + "hidden destination") inflated every message that names a Telegram or WhatsApp account.
 */
const MESSAGING_HOSTS: ReadonlySet<string> = new Set(['t.me', 'wa.me', 'telegram.me', 'telegram.dog', 'line.me', 'zalo.me']);
const SHORTENERS: ReadonlySet<string> = new Set(data.domains.filter((d) => !MESSAGING_HOSTS.has(d)));
const HOST_CHAR = /[a-z0-9.-]/;
const CODE_CHAR = /[\w-]/;
export function isShortenerHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  if (SHORTENERS.has(h)) return true;
  const dot = h.indexOf('.');
  return dot > 0 && SHORTENERS.has(h.slice(dot + 1)) && h.slice(dot + 1).includes('.');
}

export const shortener: EntityDetector = {
  name: 'shortener',
  kinds: ['shortener'],
  detect(input) {
    const text = input.n.text;
    if (!text.includes('/')) return [];
    const hits: EntityHit[] = [];
    // host/code: a shortened link always has a path (the code). Walk from each "/" instead of running a
    // host regex at every word (linear time on long postings).
    for (let slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      let start = slash;
      while (start > 0 && HOST_CHAR.test(text[start - 1]!)) start--;
      const host = text.slice(start, slash);
      if (!host.includes('.') || !isShortenerHost(host)) continue;
      if (start > 0 && /[\w@]/.test(text[start - 1]!)) continue;
      let end = slash + 1;
      while (end < text.length && CODE_CHAR.test(text[end]!)) end++;
      if (end - slash - 1 < 2) continue;
      if (text.slice(Math.max(0, start - 8), start).endsWith('://')) start = text.lastIndexOf('http', start);
      hits.push(hitFromNormalized(input, 'shortener', start, end));
    }
    return hits;
  },
};

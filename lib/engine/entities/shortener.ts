/**
 * Links through URL shorteners hide where they lead (../shared/DOMAIN.md §2). The domain list is
 * PeterDaveHello/url-shorteners (CC BY-SA 4.0), shipped as a separate attributed data file.
 */
import data from '../data/url-shorteners.json';
import { hitFromNormalized, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

const SHORTENERS: ReadonlySet<string> = new Set(data.domains);
/** host/path: a shortened link always has a path (the code). */
const LINK = /(?<![\w@.-])(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,24})\/[\w-]{2,}/g;

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
    for (const m of matchAll(LINK, text)) {
      if (isShortenerHost(m[1]!)) hits.push(hitFromNormalized(input, 'shortener', m.index, m.index + m[0].length));
    }
    return hits;
  },
};

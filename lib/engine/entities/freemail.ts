/**
 * Free-mail "HR" addresses (../shared/DOMAIN.md §1(g), §2; FBI and Dubai Police red flag). The domain list
 * is a curated subset of Kikobeats/free-email-domains (MIT), see lib/engine/data/free-email-domains.json.
 */
import data from '../data/free-email-domains.json';
import { hitFromNormalized, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

const FREEMAIL: ReadonlySet<string> = new Set(data.domains);
const EMAIL = /(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]{0,63}@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/g;

export function isFreemailDomain(domain: string): boolean {
  return FREEMAIL.has(domain.toLowerCase());
}

export const freemail: EntityDetector = {
  name: 'freemail',
  kinds: ['freemail'],
  detect(input) {
    const text = input.n.text;
    if (!text.includes('@')) return [];
    const hits: EntityHit[] = [];
    for (const m of matchAll(EMAIL, text)) {
      if (isFreemailDomain(m[1]!)) hits.push(hitFromNormalized(input, 'freemail', m.index, m.index + m[0].length));
    }
    return hits;
  },
};

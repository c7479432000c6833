/**
 * @handles ("DM @hr_asia_jobs"): recruiters who hand out a chat handle instead of a company address
 * (../shared/DOMAIN.md §1(g)). Not e-mail addresses (a word character before "@"), not bare numbers.
 */
import { hitFromNormalized, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

const HANDLE = /(?<![\w@.+-])@[a-z0-9_](?:[a-z0-9_.]{1,30}[a-z0-9_])(?![\w@-])/g;

export const handle: EntityDetector = {
  name: 'handle',
  kinds: ['handle'],
  detect(input) {
    const text = input.n.text;
    if (!text.includes('@')) return [];
    const hits: EntityHit[] = [];
    for (const m of matchAll(HANDLE, text)) {
      const body = m[0].slice(1);
      if (!/[a-z]/.test(body) || body.length < 3) continue;
      // "@gmail.com" after a space is a broken e-mail, not a handle.
      if (/\.[a-z]{2,}$/.test(body) && body.includes('.')) continue;
      hits.push(hitFromNormalized(input, 'handle', m.index, m.index + m[0].length));
    }
    return hits;
  },
};

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pack } from '../rules/schema';
import { STORAGE_KEYS } from '../store/keys';
import { readRegionalPacks } from './active-pack';
import { readFeedStates, writeFeedState } from './feed-state';
import type { FeedSpec } from './feeds-list';
import { dropOrphanPacks, isOrphan } from './orphans';
import type { ActivePackRecord } from './pack-record';

const rec = (packId: string, source: string, origin?: ActivePackRecord['origin']): ActivePackRecord => ({
  // The merge is exercised elsewhere; these records only need to be told apart.
  pack: { id: packId, version: 1 } as Pack,
  source,
  activatedAt: 1,
  packId,
  version: 1,
  sha256: '',
  keyId: '',
  ...(origin ? { origin } : {}),
});
const feed = (url: string, origin: FeedSpec['origin']): FeedSpec => ({ url, origin, name: url, keys: [] });

beforeEach(() => fakeBrowser.reset());

describe('packs whose feed is gone', () => {
  it('a user feed removed, or a policy feed the browser says is gone; never a policy feed during a slow start', () => {
    const urls = new Set(['https://kept.example/i.json']);
    expect(isOrphan(rec('a', 'https://kept.example/i.json', 'user'), urls, true)).toBe(false);
    expect(isOrphan(rec('a', 'https://gone.example/i.json', 'user'), urls, false)).toBe(true);
    expect(isOrphan(rec('a', 'https://gone.example/i.json', 'policy'), urls, true)).toBe(true);
    expect(isOrphan(rec('a', 'https://gone.example/i.json', 'policy'), urls, false)).toBe(false);
    expect(isOrphan(rec('a', 'https://gone.example/i.json'), urls, true)).toBe(false);
  });

  it('are dropped with their feed state, so adding the feed again downloads the pack again', async () => {
    await fakeBrowser.storage.local.set({
      [STORAGE_KEYS.regionalPacks]: {
        'ngo-gone': rec('ngo-gone', 'https://gone.example/i.json', 'user'),
        'ngo-kept': rec('ngo-kept', 'https://kept.example/i.json', 'policy'),
      },
    });
    await writeFeedState('https://gone.example/i.json', { failures: 0, etag: '"v1"' });
    await writeFeedState('https://kept.example/i.json', { failures: 0, etag: '"v2"' });
    const removed = await dropOrphanPacks([feed('https://kept.example/i.json', 'policy')], true, {
      bundled: { id: 'core', version: 1 } as Pack,
    });
    expect(removed).toEqual(['ngo-gone']);
    expect(Object.keys(await readRegionalPacks())).toEqual(['ngo-kept']);
    expect(Object.keys(await readFeedStates())).toEqual(['https://kept.example/i.json']);
    expect(await dropOrphanPacks([feed('https://kept.example/i.json', 'policy')], true)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Verdict } from '../engine/types';
import { ScanCache } from './cache';

const high: Verdict = { risk: 'high', score: 90, signals: [] };
const none: Verdict = { risk: 'none', score: 0, signals: [] };

describe('ScanCache', () => {
  it('skips an element already scanned with the same text, not with new text', () => {
    const cache = new ScanCache();
    const el = document.createElement('div');
    expect(cache.seen(el, 'k1')).toBe(false);
    cache.remember(el, 'k1', high);
    expect(cache.seen(el, 'k1')).toBe(true);
    expect(cache.seen(el, 'k2')).toBe(false);
    expect(cache.keyOf(el)).toBe('k1');
  });

  it('reuses a verdict by text key for another element', () => {
    const cache = new ScanCache();
    cache.remember(document.createElement('div'), 'k1', high);
    const other = document.createElement('div');
    expect(cache.seen(other, 'k1')).toBe(false);
    expect(cache.verdictFor('k1')).toBe(high);
  });

  it('is bounded, dropping the oldest verdicts first', () => {
    const cache = new ScanCache(2);
    cache.remember(document.createElement('p'), 'a', high);
    cache.remember(document.createElement('p'), 'b', none);
    cache.remember(document.createElement('p'), 'c', none);
    expect(cache.size).toBe(2);
    expect(cache.verdictFor('a')).toBeUndefined();
    expect(cache.verdictFor('c')).toBe(none);
  });

  it('forgets elements but keeps verdicts, or forgets everything', () => {
    const cache = new ScanCache();
    const el = document.createElement('div');
    cache.remember(el, 'k', high);
    cache.forgetElements();
    expect(cache.seen(el, 'k')).toBe(false);
    expect(cache.verdictFor('k')).toBe(high);
    cache.remember(el, 'k', high);
    cache.clear();
    expect(cache.seen(el, 'k')).toBe(false);
    expect(cache.verdictFor('k')).toBeUndefined();
  });
});

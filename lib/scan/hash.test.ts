import { describe, expect, it } from 'vitest';
import { cyrb53, itemKey, normalizeForKey } from './hash';

describe('item keys', () => {
  it('ignores whitespace differences', () => {
    expect(normalizeForKey('  pay\n\tyour   fee ')).toBe('pay your fee');
    expect(itemKey('pay  your fee', 'message')).toBe(itemKey(' pay your\nfee', 'message'));
  });

  it('separates different texts and kinds', () => {
    expect(itemKey('pay your fee', 'message')).not.toBe(itemKey('pay your fees', 'message'));
    expect(itemKey('pay your fee', 'message')).not.toBe(itemKey('pay your fee', 'posting'));
  });

  it('is stable (keys are persisted in storage.local)', () => {
    expect(cyrb53('a')).toBe(cyrb53('a'));
    expect(cyrb53('a')).not.toBe(cyrb53('b'));
    expect(Number.isSafeInteger(cyrb53('hello world'))).toBe(true);
  });
});

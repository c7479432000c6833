import { describe, expect, it } from 'vitest';
import { BUILTIN_PUBLIC_KEYS, builtinKeys, trustedKey } from './trusted-keys';

describe('trusted keys', () => {
  it('every shipped key decodes (a typo would silently distrust the publisher)', () => {
    expect(builtinKeys()).toHaveLength(BUILTIN_PUBLIC_KEYS.length);
    expect(builtinKeys()[0]?.keyId).toBe('fa1f632d3bf611fc');
  });

  it('refuses a key of the wrong length', () => {
    expect(trustedKey('AAEC', 'user', 'x')).toBeNull();
  });
});

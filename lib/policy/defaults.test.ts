import { describe, expect, it } from 'vitest';
import { automaticCountry, effectiveCountry, effectiveLanguage } from './defaults';

describe('one resolution order: user setting, then policy default, then browser', () => {
  const policy = { defaultLanguage: 'tl' as const, defaultCountry: 'PH' };

  it('for the UI language', () => {
    expect(effectiveLanguage('fr', policy, ['vi-VN'])).toBe('fr');
    expect(effectiveLanguage('auto', policy, ['vi-VN'])).toBe('tl');
    expect(effectiveLanguage('auto', {}, ['vi-VN'])).toBe('vi');
    expect(effectiveLanguage('auto', {}, ['de-DE'])).toBe('en');
  });

  it('for the help country', () => {
    expect(effectiveCountry('FR', policy, ['vi-VN'])).toBe('FR');
    expect(effectiveCountry('auto', policy, ['vi-VN'])).toBe('PH');
    expect(effectiveCountry('auto', {}, ['vi-VN'])).toBe('VN');
    expect(effectiveCountry('auto', {}, ['de'])).toBeNull();
    expect(automaticCountry(policy, ['vi-VN'])).toBe('PH');
    expect(automaticCountry({}, ['vi-VN'])).toBe('VN');
  });
});

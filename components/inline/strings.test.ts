import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '@/lib/i18n';
import { INLINE_STRINGS } from './strings';

describe('inline warning strings', () => {
  it.each(UI_LANGUAGES)('%s has every string, none empty', (lang) => {
    const strings = INLINE_STRINGS[lang];
    expect(Object.keys(strings).sort()).toEqual(Object.keys(INLINE_STRINGS.en).sort());
    for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
  });
});

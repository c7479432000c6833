import { describe, expect, it } from 'vitest';
import { languageOfLocale, resolveUiLanguage, textDirection } from './languages';
import { format, placeholdersOf, translator } from './translate';

describe('UI language choice', () => {
  it('follows the setting when it names a shipped language', () => {
    expect(resolveUiLanguage('ar', ['en-US'])).toBe('ar');
  });

  it('follows the browser with auto, skipping languages we do not ship', () => {
    expect(resolveUiLanguage('auto', ['de-DE', 'pt-BR', 'en'])).toBe('pt');
    expect(resolveUiLanguage('auto', ['fil-PH'])).toBe('tl');
    expect(resolveUiLanguage('auto', ['zh-Hant-TW'])).toBe('zh');
    expect(resolveUiLanguage('auto', ['de'])).toBe('en');
    expect(resolveUiLanguage('klingon', [])).toBe('en');
  });

  it('maps old and alternative codes', () => {
    expect(languageOfLocale('in_ID')).toBe('id');
    expect(languageOfLocale('xx')).toBeNull();
  });

  it('writes Arabic and Urdu right to left and the rest left to right', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('en')).toBe('ltr');
    expect(textDirection('my')).toBe('ltr');
  });

  it('picks the languages of the people scam centres recruit from their browser locale (DOMAIN.md §1a, §4)', () => {
    const expected: Record<string, string> = { 'my-MM': 'my', 'km-KH': 'km', 'bn-BD': 'bn', 'ur-PK': 'ur', 'ne-NP': 'ne', 'ms-MY': 'ms' };
    for (const [tag, lang] of Object.entries(expected)) {
      expect(resolveUiLanguage('auto', [tag, 'en-US']), tag).toBe(lang);
      expect(languageOfLocale(tag.replace('-', '_')), tag).toBe(lang);
    }
  });
});

describe('lookup', () => {
  it('fills named placeholders and keeps unknown ones visible', () => {
    expect(format('Help in {country}', { country: 'Kenya' })).toBe('Help in Kenya');
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });

  it('returns the language text, with placeholders filled', () => {
    expect(translator('fr')('helpForCountry', { country: 'France' })).toContain('France');
    expect(translator('fr')('checkButton')).not.toBe(translator('en')('checkButton'));
  });
});

import { describe, expect, it } from 'vitest';
import { AUTONYMS, autonym, type LanguageNames } from './autonyms';
import { UI_LANGUAGES } from './languages';

/** A browser whose ICU data lacks the asked locale: it answers in English (as Chromium does for my, km, ne). */
const englishOnly = (): LanguageNames => ({
  of: (code) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code),
  resolvedOptions: () => ({ locale: 'en-US' }),
});

describe('autonym', () => {
  it('uses the browser name when the browser has the language', () => {
    expect(autonym('ar')).toBe('العربية');
    expect(autonym('fr')).toBe('Français'); // capitalised: it starts a menu item
  });

  it('falls back to the table when the browser answers in another language', () => {
    expect(autonym('my', englishOnly)).toBe('မြန်မာ');
    expect(autonym('km', englishOnly)).toBe('ខ្មែរ');
    expect(autonym('ne', englishOnly)).toBe('नेपाली');
    expect(autonym('en', englishOnly)).toBe('English');
  });

  it('has a name for every UI language, never the bare code, and keeps unknown codes visible', () => {
    for (const lang of UI_LANGUAGES) {
      expect(AUTONYMS[lang].trim(), lang).not.toBe('');
      expect(autonym(lang, englishOnly), lang).not.toBe(lang);
    }
    expect(autonym('xx', englishOnly)).toBe('xx');
    expect(autonym('not a tag!')).toBe('not a tag!');
  });
});

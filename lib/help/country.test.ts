import { describe, expect, it } from 'vitest';
import { guessCountry, resolveCountry } from './country';

describe('country guess', () => {
  it('takes the region of the first locale that has one', () => {
    expect(guessCountry(['en-GB', 'en'])).toBe('GB');
    expect(guessCountry(['zh-Hant-TW'])).toBe('TW');
    expect(guessCountry(['pt_BR'])).toBe('BR');
    expect(guessCountry(['fr', 'fr-FR'])).toBe('FR');
  });

  it('falls back to languages spoken mostly in one country', () => {
    expect(guessCountry(['ko'])).toBe('KR');
    expect(guessCountry(['fil'])).toBe('PH');
  });

  it('does not guess from languages spoken in many countries', () => {
    expect(guessCountry(['en'])).toBeNull();
    expect(guessCountry(['ar', 'es-419'])).toBeNull();
    expect(guessCountry([])).toBeNull();
  });

  it('prefers the country chosen in the options', () => {
    expect(resolveCountry('ke', ['en-US'])).toBe('KE');
    expect(resolveCountry('auto', ['en-US'])).toBe('US');
    expect(resolveCountry('auto', ['en'])).toBeNull();
  });
});

/**
 * The quiz and onboarding words exist in every UI language (issue 7: at least the fourteen of issue 6),
 * with the same placeholders as English, and every card has its three texts. Fails on any missing key.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf, UI_LANGUAGES } from '../i18n';
import { CARDS, cardKeys } from './cards';
import { QUIZ_DICTIONARIES, QUIZ_REFERENCE, quizTranslator } from './i18n';

const referenceKeys = Object.keys(QUIZ_REFERENCE).sort();

describe('quiz strings', () => {
  it('English has the three texts of every card, and no text for a card that does not exist', () => {
    const cardTexts = referenceKeys.filter((k) => k.startsWith('card.'));
    expect(cardTexts.sort()).toEqual(CARDS.flatMap((c) => cardKeys(c.id)).sort());
  });

  describe.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s', (lang) => {
    const dict = QUIZ_DICTIONARIES[lang];
    it('has every key and no unknown key', () => {
      expect(referenceKeys.filter((k) => !(k in dict))).toEqual([]);
      expect(Object.keys(dict).filter((k) => !(k in QUIZ_REFERENCE))).toEqual([]);
    });
    it('keeps the placeholders and leaves nothing empty or untranslated', () => {
      for (const key of referenceKeys) {
        const text = dict[key] ?? '';
        expect(text.trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholdersOf(text), `${lang} ${key}`).toEqual(placeholdersOf(QUIZ_REFERENCE[key]!));
        if (QUIZ_REFERENCE[key]!.length > 30) expect(text, `${lang} ${key} is English`).not.toBe(QUIZ_REFERENCE[key]);
      }
    });
  });

  it('translates with placeholders and falls back to English, then the key', () => {
    expect(quizTranslator('fr')('ui.cardOf', { n: 2, total: 10 })).toBe('Message 2 sur 10');
    expect(quizTranslator('tl')('ui.distributedBy', { name: 'Kanlungan' })).toBe('Ipinamahagi ng Kanlungan');
    expect(quizTranslator('ko')('no.such.key')).toBe('no.such.key');
  });
});

import { describe, expect, it } from 'vitest';
import { CARDS } from './cards';
import { answerCard, currentCard, feedbackFor, isGoodResult, nextCard, result, startQuiz } from './quiz';

describe('the quiz cards', () => {
  it('are ten, with unique ids, mostly scams but with safe counter-examples', () => {
    expect(CARDS).toHaveLength(10);
    expect(new Set(CARDS.map((c) => c.id)).size).toBe(10);
    const safe = CARDS.filter((c) => c.answer === 'safe');
    expect(safe.length).toBeGreaterThanOrEqual(2);
    expect(safe.every((c) => c.family === null)).toBe(true);
    // Every scam card teaches a different family (DOMAIN.md §1 a–h).
    const families = CARDS.filter((c) => c.answer === 'scam').map((c) => c.family);
    expect(new Set(families).size).toBe(families.length);
  });
});

describe('quiz flow', () => {
  it('gives instant feedback, keeps the first answer, and only moves on once answered', () => {
    let s = startQuiz();
    const first = currentCard(s)!;
    expect(feedbackFor(s, first)).toBeNull();
    expect(nextCard(s)).toBe(s); // cannot skip
    const wrong = first.answer === 'scam' ? 'safe' : 'scam';
    s = answerCard(s, wrong);
    expect(feedbackFor(s, first)).toEqual({ answer: wrong, correct: false });
    s = answerCard(s, first.answer); // a second answer does not count
    expect(feedbackFor(s, first)).toEqual({ answer: wrong, correct: false });
    s = nextCard(s);
    expect(currentCard(s)).toBe(CARDS[1]);
  });

  it('scores a full run and lists the missed cards in order', () => {
    let s = startQuiz();
    for (const card of CARDS) {
      const miss = card.id === 'interview' || card.id === 'mule';
      s = answerCard(s, miss ? (card.answer === 'scam' ? 'safe' : 'scam') : card.answer);
      s = nextCard(s);
    }
    expect(s.done).toBe(true);
    expect(currentCard(s)).toBeUndefined();
    const r = result(s);
    expect(r).toMatchObject({ correct: 8, total: 10 });
    expect(r.missed.map((c) => c.id)).toEqual(['interview', 'mule']);
    expect(isGoodResult(r)).toBe(true);
    expect(isGoodResult({ ...r, correct: 7 })).toBe(false);
  });
});

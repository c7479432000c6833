/**
 * The quiz's state and feedback, as pure functions (the Preact component only renders them): one
 * answer per card, instant feedback, a score, and the signs of the cards the user got wrong first,
 * so the result page repeats what they still need to learn.
 */
import { type Answer, CARDS, type QuizCard } from './cards';

export interface QuizState {
  /** Index of the card shown. */
  index: number;
  /** The user's answer per card id (first answer only: no retrying a card to raise the score). */
  answers: Readonly<Record<string, Answer>>;
  done: boolean;
}

export interface Feedback {
  correct: boolean;
  answer: Answer;
}

export interface QuizResult {
  correct: number;
  total: number;
  /** Cards answered wrongly, in quiz order. */
  missed: QuizCard[];
}

export function startQuiz(): QuizState {
  return { index: 0, answers: {}, done: false };
}

export function currentCard(state: QuizState, cards: readonly QuizCard[] = CARDS): QuizCard | undefined {
  return state.done ? undefined : cards[state.index];
}

/** Records the answer for the current card (ignored if it was already answered). */
export function answerCard(state: QuizState, answer: Answer, cards: readonly QuizCard[] = CARDS): QuizState {
  const card = currentCard(state, cards);
  if (!card || card.id in state.answers) return state;
  return { ...state, answers: { ...state.answers, [card.id]: answer } };
}

/** Feedback for a card once answered, else null. */
export function feedbackFor(state: QuizState, card: QuizCard): Feedback | null {
  const answer = state.answers[card.id];
  return answer === undefined ? null : { answer, correct: answer === card.answer };
}

/** Moves to the next card, or to the result after the last one. Only once the current card is answered. */
export function nextCard(state: QuizState, cards: readonly QuizCard[] = CARDS): QuizState {
  const card = currentCard(state, cards);
  if (!card || !(card.id in state.answers)) return state;
  return state.index + 1 >= cards.length ? { ...state, done: true } : { ...state, index: state.index + 1 };
}

export function result(state: QuizState, cards: readonly QuizCard[] = CARDS): QuizResult {
  const missed = cards.filter((c) => state.answers[c.id] !== undefined && state.answers[c.id] !== c.answer);
  const correct = cards.filter((c) => state.answers[c.id] === c.answer).length;
  return { correct, total: cards.length, missed };
}

/** A result is "good" at 8 of 10: most people miss at least one safe card by being careful, which is fine. */
export function isGoodResult(r: QuizResult): boolean {
  return r.correct >= Math.ceil(r.total * 0.8);
}

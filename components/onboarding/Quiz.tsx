/**
 * "Spot the scam": ten cards, one at a time; the user answers, gets instant feedback with the sign and
 * an explanation, then moves on; the end shows the score and the signs to remember (missed ones
 * first). All state changes go through lib/quiz/quiz.ts. Feedback is announced (role="status") and
 * focus moves to the next control, so the quiz works with a keyboard and a screen reader.
 */
import '../distributed-by.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Answer, CARDS } from '@/lib/quiz/cards';
import type { QuizTranslate } from '@/lib/quiz/i18n';
import { answerCard, currentCard, feedbackFor, isGoodResult, nextCard, result, startQuiz } from '@/lib/quiz/quiz';

export function Quiz({ t }: { t: QuizTranslate }) {
  const [state, setState] = useState(startQuiz);
  const nextRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const card = currentCard(state);
  const feedback = card ? feedbackFor(state, card) : null;

  useEffect(() => {
    if (feedback) nextRef.current?.focus();
  }, [feedback]);
  useEffect(() => {
    if (state.done) resultRef.current?.focus();
  }, [state.done]);

  if (!card) {
    const r = result(state);
    const missed = new Set(r.missed.map((c) => c.id));
    // Scam signs the user missed come first; then the others, so the list is the whole lesson.
    const signs = CARDS.filter((c) => c.answer === 'scam').sort((a, b) => Number(missed.has(b.id)) - Number(missed.has(a.id)));
    return (
      <div class="lw-quiz-result" data-testid="quiz-result">
        <h3 tabIndex={-1} ref={resultRef}>
          {t('ui.result', { correct: r.correct, total: r.total })}
        </h3>
        <p>{t(isGoodResult(r) ? 'ui.resultGood' : 'ui.resultKeep')}</p>
        <h3>{t('ui.signsHeading')}</h3>
        <ul class="lw-quiz-signs">
          {signs.map((c) => (
            <li key={c.id} class={missed.has(c.id) ? 'lw-quiz-missed' : undefined}>
              {t(`card.${c.id}.sign`)}
            </li>
          ))}
        </ul>
        <button type="button" class="lw-button" onClick={() => setState(startQuiz())}>
          {t('ui.restart')}
        </button>
      </div>
    );
  }

  const choose = (answer: Answer) => setState((s) => answerCard(s, answer));
  const last = state.index + 1 >= CARDS.length;
  return (
    <div class="lw-quiz-card" data-card={card.id}>
      <p class="lw-quiz-progress">{t('ui.cardOf', { n: state.index + 1, total: CARDS.length })}</p>
      <blockquote class="lw-quiz-text">{t(`card.${card.id}.text`)}</blockquote>
      <fieldset class="lw-quiz-choices" disabled={feedback !== null}>
        <legend class="lw-visually-hidden">{t('ui.quizHeading')}</legend>
        <button type="button" class="lw-button lw-quiz-scam" aria-pressed={feedback?.answer === 'scam'} onClick={() => choose('scam')}>
          {t('ui.answerScam')}
        </button>
        <button type="button" class="lw-button lw-quiz-safe" aria-pressed={feedback?.answer === 'safe'} onClick={() => choose('safe')}>
          {t('ui.answerSafe')}
        </button>
      </fieldset>
      <div role="status" class="lw-quiz-feedback">
        {feedback ? (
          <div class={feedback.correct ? 'lw-quiz-right' : 'lw-quiz-wrong'} data-correct={String(feedback.correct)}>
            <p>
              <strong>
                <span aria-hidden="true">{feedback.correct ? '✓ ' : '✗ '}</span>
                {t(feedback.correct ? 'ui.correct' : 'ui.wrong')}
              </strong>{' '}
              {t(card.answer === 'scam' ? 'ui.wasScam' : 'ui.wasSafe')}
            </p>
            <p class="lw-quiz-sign">{t(`card.${card.id}.sign`)}</p>
            <p>{t(`card.${card.id}.explain`)}</p>
          </div>
        ) : null}
      </div>
      {feedback ? (
        <button type="button" class="lw-button lw-primary" ref={nextRef} onClick={() => setState((s) => nextCard(s))}>
          {t(last ? 'ui.finish' : 'ui.next')}
        </button>
      ) : null}
    </div>
  );
}

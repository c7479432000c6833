import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CARDS } from '@/lib/quiz/cards';
import { quizTranslator } from '@/lib/quiz/i18n';
import { renderIn } from '../test-utils';
import { Quiz } from './Quiz';

const t = quizTranslator('en');

describe('Quiz', () => {
  it('gives instant feedback with the explanation, then moves on', () => {
    renderIn('en', <Quiz t={t} />);
    expect(screen.getByText('Message 1 of 10')).toBeTruthy();
    expect(screen.getByText(t('card.travel.text'))).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Next message' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Looks safe' }));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Not quite.');
    expect(status.textContent).toContain('This is a scam.');
    expect(status.textContent).toContain(t('card.travel.explain'));
    // Answered: the choices are locked and focus goes to "Next".
    expect((screen.getByRole('button', { name: 'Scam' }) as HTMLButtonElement).closest('fieldset')?.disabled).toBe(true);
    const next = screen.getByRole('button', { name: 'Next message' });
    expect(document.activeElement).toBe(next);
    fireEvent.click(next);
    expect(screen.getByText('Message 2 of 10')).toBeTruthy();
  });

  it('scores a full run, lists the signs with the missed ones first, and restarts', () => {
    const { container } = renderIn('en', <Quiz t={t} />);
    for (const card of CARDS) {
      // Right on every card except "mule".
      const right = card.answer === 'scam' ? 'Scam' : 'Looks safe';
      const wrong = card.answer === 'scam' ? 'Looks safe' : 'Scam';
      fireEvent.click(screen.getByRole('button', { name: card.id === 'mule' ? wrong : right }));
      fireEvent.click(screen.getByRole('button', { name: /Next message|See my result/ }));
    }
    expect(screen.getByRole('heading', { name: 'You got 9 out of 10 right.' })).toBeTruthy();
    const signs = [...container.querySelectorAll('.lw-quiz-signs li')].map((li) => li.textContent);
    expect(signs[0]).toBe(t('card.mule.sign'));
    expect(signs).toHaveLength(CARDS.filter((c) => c.answer === 'scam').length);
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText('Message 1 of 10')).toBeTruthy();
  });

  it('speaks the user language', () => {
    renderIn('vi', <Quiz t={quizTranslator('vi')} />);
    expect(screen.getByRole('button', { name: 'Lừa đảo' })).toBeTruthy();
    expect(screen.getByText('Tin nhắn 1 / 10')).toBeTruthy();
  });
});

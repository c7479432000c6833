import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Verdict } from '@/lib/engine/types';
import { CheckMessage } from './CheckMessage';
import { explainFake, hit, renderIn } from './test-utils';

const scam = 'Pay the registration fee first';
const verdict: Verdict = { risk: 'high', score: 80, signals: [hit('fee.upfront', scam, 'registration fee')] };

describe('CheckMessage', () => {
  it('asks for text when the box is empty', async () => {
    const check = vi.fn();
    renderIn('en', <CheckMessage check={check} explain={explainFake} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check it' }));
    await waitFor(() => expect(screen.getByText('Paste some text first.')).toBeTruthy());
    expect(check).not.toHaveBeenCalled();
  });

  it('explains a pasted message with the same words as the page view', async () => {
    const check = vi.fn(async () => verdict);
    const { container } = renderIn('en', <CheckMessage check={check} explain={explainFake} onReport={async () => {}} />);
    fireEvent.input(screen.getByLabelText('Paste a message or job offer you got'), { target: { value: scam } });
    fireEvent.click(screen.getByRole('button', { name: 'Check it' }));
    await waitFor(() => expect(screen.getByText('High risk')).toBeTruthy());
    expect(check).toHaveBeenCalledWith(scam);
    expect(screen.getByText('They ask for a fee before you start')).toBeTruthy();
    expect(container.querySelector('mark')?.textContent).toBe('registration fee');
    expect(screen.getByRole('button', { name: 'Save a report' })).toBeTruthy();
  });

  it('checks text handed over by the context menu at once', async () => {
    const check = vi.fn(async () => ({ risk: 'none', score: 0, signals: [] }) satisfies Verdict);
    renderIn('en', <CheckMessage check={check} explain={explainFake} initialText="hi, are we still on for dinner?" />);
    await waitFor(() => expect(screen.getByText(/found no warning signs/)).toBeTruthy());
    expect((screen.getByLabelText('Paste a message or job offer you got') as HTMLTextAreaElement).value).toBe(
      'hi, are we still on for dinner?',
    );
  });

  it('reports an engine failure without crashing', async () => {
    renderIn('en', <CheckMessage check={() => Promise.reject(new Error('pack'))} explain={explainFake} initialText="x" />);
    await waitFor(() => expect(screen.getByText('Something went wrong while checking. Please try again.')).toBeTruthy());
  });
});

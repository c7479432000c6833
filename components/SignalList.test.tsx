import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { SignalList } from './SignalList';
import { explainFake, hit, renderIn } from './test-utils';

const text = 'Pay the registration fee first, then message me on Telegram.';

describe('SignalList', () => {
  it('shows each sign in plain words with why it matters and its evidence', () => {
    const { container } = renderIn(
      'en',
      <SignalList
        text={text}
        explain={explainFake}
        signals={[hit('fee.upfront', text, 'registration fee'), hit('context.off-platform', text, 'Telegram')]}
      />,
    );
    expect(screen.getByText('They ask for a fee before you start')).toBeTruthy();
    expect(screen.getByText('Real employers pay you, not the other way round')).toBeTruthy();
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['registration fee', 'Telegram']);
  });

  it('falls back to a generic sentence when the pack has no explanation', () => {
    renderIn('fr', <SignalList text={text} explain={() => null} signals={[hit('x.unknown', text, 'Telegram')]} />);
    expect(screen.getByText('Quelque chose ici ressemble à une arnaque connue.')).toBeTruthy();
  });
});

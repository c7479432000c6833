import { describe, expect, it } from 'vitest';
import { Evidence } from './Evidence';
import { renderIn } from './test-utils';

describe('Evidence', () => {
  it('quotes the text with the evidence inside <mark>', () => {
    const text = 'Great job! Pay a registration fee of $50 to start today.';
    const start = text.indexOf('registration fee');
    const { container } = renderIn('en', <Evidence text={text} spans={[{ start, end: start + 16 }]} evidence={['registration fee']} />);
    expect(container.querySelector('mark')?.textContent).toBe('registration fee');
    expect(container.querySelector('blockquote')?.textContent).toContain('Pay a registration fee of $50');
    expect(container.querySelector('blockquote')?.getAttribute('dir')).toBe('auto');
  });

  it('renders nothing when there is no evidence', () => {
    const { container } = renderIn('en', <Evidence text="hello" spans={[]} evidence={[]} />);
    expect(container.innerHTML).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_SPECIFIC_TODOS, TodoList } from './TodoList';
import { explainFake, hit, renderIn } from './test-utils';

describe('TodoList', () => {
  it('puts advice specific to the signs first, once, then the five general steps', () => {
    const text = 'fee fee Telegram';
    const { container } = renderIn(
      'en',
      <TodoList
        general
        explain={explainFake}
        signals={[hit('fee.upfront', text, 'fee'), hit('fee.upfront', text, 'fee'), hit('context.off-platform', text, 'Telegram')]}
      />,
    );
    const items = [...container.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).toBe('Never pay to get a job.');
    expect(items).toHaveLength(6);
    expect(items.join(' ')).toMatch(/passport/);
    expect(items.join(' ')).toMatch(/someone you trust/);
  });

  it('shows only the specific advice inside an item, and nothing when there is none', () => {
    const text = 'fee';
    const { container, rerender } = renderIn(
      'en',
      <TodoList general={false} explain={explainFake} signals={[hit('fee.upfront', text, 'fee')]} />,
    );
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Never pay to get a job.']);
    rerender(<TodoList general={false} explain={() => null} signals={[hit('fee.upfront', text, 'fee')]} />);
    expect(container.innerHTML).toBe('');
  });

  it('keeps the sign-specific advice short', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      ...hit(`x.${i}`, 'abc', 'a'),
      explain: { found: `${i}`, why: '', todo: `step ${i}` },
    }));
    const { container } = renderIn(
      'en',
      <TodoList general={false} explain={(h) => ({ found: '', why: '', todo: h.explain.todo })} signals={many} />,
    );
    expect(container.querySelectorAll('li')).toHaveLength(MAX_SPECIFIC_TODOS);
  });
});

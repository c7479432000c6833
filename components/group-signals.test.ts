import { describe, expect, it } from 'vitest';
import { groupByExplanation } from './group-signals';
import { hit } from './test-utils';

describe('groupByExplanation', () => {
  it('merges hits explained by the same text and keeps the others in order', () => {
    const text = 'pay the fee, a deposit, on Telegram';
    const a = { ...hit('fee.upfront', text, 'fee'), explain: { found: 'fee.found', why: 'fee.why', todo: 'fee.todo' } };
    const b = { ...hit('fee.deposit', text, 'deposit'), explain: { found: 'fee.found', why: 'fee.why', todo: 'fee.todo' } };
    const c = hit('context.off-platform', text, 'Telegram');
    const grouped = groupByExplanation([a, c, b]);
    expect(grouped.map((g) => g.id)).toEqual(['fee.upfront', 'context.off-platform']);
    expect(grouped[0]?.evidence).toEqual(['fee', 'deposit']);
    expect(grouped[0]?.spans).toHaveLength(2);
    // The input is not changed.
    expect(a.evidence).toEqual(['fee']);
  });
});

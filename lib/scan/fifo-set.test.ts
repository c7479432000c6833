import { describe, expect, it } from 'vitest';
import { FifoSet } from './fifo-set';

describe('FifoSet', () => {
  it('is first in, first out, without duplicates, and skips deleted entries', () => {
    const set = new FifoSet<string>();
    for (const s of ['a', 'b', 'a', 'c', 'd']) set.add(s);
    set.delete('b');
    expect(set.size).toBe(3);
    expect([set.shift(), set.shift()]).toEqual(['a', 'c']);
    set.add('b');
    expect([set.shift(), set.shift(), set.shift()]).toEqual(['d', 'b', undefined]);
  });

  it('lets go of every entry once emptied, deleted ones too, so jobs are not kept alive', () => {
    const set = new FifoSet<object>();
    const jobs = Array.from({ length: 3000 }, () => ({}));
    for (const j of jobs) set.add(j);
    for (const j of jobs.slice(1000, 2000)) set.delete(j);
    expect(set.held).toBe(3000);
    while (set.size > 0) set.shift();
    expect(set.held).toBe(0);
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AMOUNT, amounts } from './money';

/** [start, text] of every match of a plain global search with AMOUNT. */
const globalSearch = (text: string) => [...text.matchAll(new RegExp(AMOUNT.source, 'g'))].map((m) => [m.index, m[0]]);

describe('amounts', () => {
  it('finds exactly what a global search for AMOUNT finds, trying it only before runs of digits', () => {
    const parts = [
      '$',
      'us$',
      'usd',
      'rs.',
      'rp. ',
      '€',
      '₱',
      ' ',
      '300',
      '1,500',
      '2.000.000',
      '15 000',
      ' a day',
      '/day',
      'k',
      ' million',
    ];
    const noise = ['x', '.', ',', '-', ' to ', '5', 'a', 'b1', '9', 'luong ', '月薪', '60万', '元', 'trieu'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts, ...noise), { maxLength: 20 }), (ps) => {
        const text = ps.join('');
        expect([...amounts(text)].map((m) => [m.index, m[0]])).toEqual(globalSearch(text));
      }),
      { numRuns: 3000 },
    );
  });
});

// @vitest-environment node
/**
 * The phone detector hands libphonenumber only the text from a little before the first "+": this proves
 * that it finds exactly the numbers a search of the whole text finds.
 */
import fc from 'fast-check';
import { findPhoneNumbersInText } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { normalize } from '../normalize';
import { phone } from './phone';

/** The numbers of the whole text, as [start, end) in the normalised text. */
function wholeText(text: string): Array<[number, number]> {
  return findPhoneNumbersInText(text)
    .filter((f) => f.number.isValid())
    .map((f) => [f.startsAt, f.endsAt]);
}

describe('phone search window', () => {
  it('finds the same international numbers as a search of the whole text', () => {
    const parts = [
      '+44 20 3637 0415',
      '+855 96 222 3344',
      '(+44) 20 7946 0958',
      '+1 415 555 2671 ext 12',
      '555-1234',
      'ext 5',
      ' x ',
      'call ',
      'me ',
      'for ',
      'abc',
      '12/03/2020',
      '5 years',
      ' ',
      '.',
      '-',
      '(',
      ')',
      '+',
      '2',
      'tel: ',
      'my number is 0415 ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 14 }), (ps) => {
        const text = ps.join('');
        const n = normalize(text);
        const got = phone.detect({ original: text, n, isLink: false }).map((h) => [h.start, h.end]);
        const spans = wholeText(n.text).map(([s, e]) => {
          const start = n.start[s]!;
          return [start, n.end[e - 1]!];
        });
        expect(got).toEqual(spans);
      }),
      { numRuns: 2000 },
    );
  });
});

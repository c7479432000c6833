/**
 * Phone numbers written with their country code ("+855 96 222 3344", "wa.me/855962223344"): a foreign
 * number for a local job is a red flag (../shared/DOMAIN.md §2: "extract the country code from wa.me
 * links"). libphonenumber-js with its small 'min' metadata validates the number and its country.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { hitFromNormalized, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

const INTERNATIONAL = /\+\s?\d/;

/**
 * Where to start looking for numbers. Without a default country only a number written with "+" is valid,
 * so the text before the first "+" cannot hold one; libphonenumber's finder still parses every digit group
 * there (a 5 KB posting has dozens). Its candidates are digits and punctuation (plus "x" and extension
 * words), never these letters, so no candidate spans a boundary placed right after one; one at least a
 * dozen units before the "+" also leaves the finder the context it reads before a number.
 */
const SAFE_LETTER = /[cfghjkmpqruvwyz]/;
const CONTEXT = 12;

function searchFrom(text: string, plus: number): number {
  for (let k = plus - CONTEXT - 1; k >= 0; k--) if (SAFE_LETTER.test(text[k]!)) return k + 1;
  return 0;
}
const WA_DIGITS = /(?:wa\.me\/|phone=)\+?(\d{8,15})/g;

export const phone: EntityDetector = {
  name: 'phone',
  kinds: ['phone'],
  detect(input) {
    const text = input.n.text;
    const hits: EntityHit[] = [];
    const plus = INTERNATIONAL.exec(text);
    if (plus) {
      const from = searchFrom(text, plus.index);
      for (const found of findPhoneNumbersInText(from ? text.slice(from) : text)) {
        if (found.number.isValid()) hits.push(hitFromNormalized(input, 'phone', from + found.startsAt, from + found.endsAt));
      }
    }
    if (text.includes('wa.me/') || text.includes('phone=')) {
      for (const m of matchAll(WA_DIGITS, text)) {
        const digits = m[1]!;
        const parsed = parsePhoneNumberFromString(`+${digits}`);
        if (!parsed?.isValid()) continue;
        const start = m.index + m[0].length - digits.length;
        hits.push(hitFromNormalized(input, 'phone', start, start + digits.length));
      }
    }
    return hits;
  },
};

/** The calling country of an international number, e.g. "KH" for +855…; undefined when unknown. */
export function phoneCountry(number: string): string | undefined {
  return parsePhoneNumberFromString(number.startsWith('+') ? number : `+${number}`)?.country;
}

/**
 * Phone numbers written with their country code ("+855 96 222 3344", "wa.me/855962223344"): a foreign
 * number for a local job is a red flag (../shared/DOMAIN.md §2: "extract the country code from wa.me
 * links"). libphonenumber-js with its small 'min' metadata validates the number and its country.
 */
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { hitFromNormalized, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

const INTERNATIONAL = /\+\s?\d/;
const WA_DIGITS = /(?:wa\.me\/|phone=)\+?(\d{8,15})/g;

export const phone: EntityDetector = {
  name: 'phone',
  kinds: ['phone'],
  detect(input) {
    const text = input.n.text;
    const hits: EntityHit[] = [];
    if (INTERNATIONAL.test(text)) {
      for (const found of findPhoneNumbersInText(text)) {
        if (found.number.isValid()) hits.push(hitFromNormalized(input, 'phone', found.startsAt, found.endsAt));
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

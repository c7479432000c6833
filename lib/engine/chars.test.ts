// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charClass, isMark } from './chars';

const L = /^[\p{L}\p{M}]$/u;
const N = /^\p{N}$/u;
const S = /^\s$/u;
const UNSPACED = (c: number) => (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff);

describe('charClass', () => {
  it('agrees with the Unicode properties, including the fast-path blocks', () => {
    const mismatches: string[] = [];
    for (let c = 0; c < 0xd800; c++) {
      const ch = String.fromCharCode(c);
      const want = S.test(ch)
        ? 5
        : N.test(ch)
          ? 4
          : L.test(ch)
            ? UNSPACED(c) || (c >= 0x0f00 && c <= 0x0fff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff)
              ? 3
              : 2
            : 1;
      if (charClass(c) !== want) mismatches.push(c.toString(16));
    }
    expect(mismatches).toEqual([]);
  });
  it('knows combining marks', () => {
    expect(isMark(0x0301)).toBe(true);
    expect(isMark(0x0e31)).toBe(true);
    expect(isMark(0x0061)).toBe(false);
  });
});

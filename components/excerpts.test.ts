import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpts, normalizeSpans, spansFromEvidence } from './excerpts';

const text = 'Hello! We offer a great job in Cambodia. Free air ticket and visa. Contact HR on Telegram today please.';

describe('excerpts', () => {
  it('marks the span and keeps context around it', () => {
    const start = text.indexOf('Free air ticket');
    const [ex] = excerpts(text, [{ start, end: start + 'Free air ticket'.length }], ['Free air ticket'], { context: 12 });
    expect(ex?.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Free air ticket']);
    expect(ex?.cutBefore).toBe(true);
    expect(ex?.cutAfter).toBe(true);
    // Cuts fall on spaces, not in the middle of a word.
    expect(ex?.parts[0]?.text.startsWith(' ')).toBe(false);
  });

  it('joins nearby marks into one excerpt and keeps far ones apart', () => {
    const a = text.indexOf('Cambodia');
    const b = text.indexOf('Telegram');
    expect(
      excerpts(
        text,
        [
          { start: a, end: a + 8 },
          { start: b, end: b + 8 },
        ],
        [],
        { context: 80 },
      ),
    ).toHaveLength(1);
    expect(
      excerpts(
        text,
        [
          { start: a, end: a + 8 },
          { start: b, end: b + 8 },
        ],
        [],
        { context: 5 },
      ),
    ).toHaveLength(2);
  });

  it('skips spans outside the text and falls back to finding the evidence', () => {
    const [ex] = excerpts(text, [{ start: 500, end: 510 }], ['TELEGRAM']);
    expect(ex?.parts.find((p) => p.mark)?.text).toBe('Telegram');
  });

  it('quotes evidence alone when it is not in the text (a link or a field)', () => {
    expect(excerpts(text, [], ['t.me/+abc'])).toEqual([{ parts: [{ text: 't.me/+abc', mark: true }], cutBefore: false, cutAfter: false }]);
  });

  it('caps the number of excerpts', () => {
    const spans = [0, 20, 40, 60, 80].map((s) => ({ start: s, end: s + 3 }));
    expect(excerpts(text, spans, [], { context: 1, max: 2 })).toHaveLength(2);
  });

  it('never loses or invents text inside an excerpt (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.tuple(fc.nat(220), fc.nat(40)), { maxLength: 6 }), (s, raw) => {
        const spans = raw.map(([start, len]) => ({ start, end: start + len }));
        for (const ex of excerpts(s, spans, [], { context: 10, max: 10 })) {
          const joined = ex.parts.map((p) => p.text).join('');
          expect(s.includes(joined)).toBe(true);
          for (const p of ex.parts) if (p.mark) expect(p.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('merges overlapping spans and drops empty ones', () => {
    expect(
      normalizeSpans(
        [
          { start: 5, end: 9 },
          { start: 0, end: 6 },
          { start: 3, end: 3 },
        ],
        10,
      ),
    ).toEqual([{ start: 0, end: 9 }]);
    expect(spansFromEvidence('abc ABC', ['  ', 'bc'])).toEqual([{ start: 1, end: 3 }]);
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parseJsonWithLines } from './json-lines';

describe('parseJsonWithLines', () => {
  it('maps paths to the line where their value starts', () => {
    const r = parseJsonWithLines('{\n  "a": [\n    1,\n    {"b c": true}\n  ],\n  "d": "x"\n}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.lines.get('a')).toBe(2);
    expect(r.lines.get('a[0]')).toBe(3);
    expect(r.lines.get('a[1]["b c"]')).toBe(4);
    expect(r.lines.get('d')).toBe(6);
  });

  it('parses exactly what JSON.parse parses', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        const r = parseJsonWithLines(text);
        expect(r.ok && r.value).toEqual(JSON.parse(text));
      }),
    );
  });

  it('rejects what JSON.parse rejects, with a line', () => {
    for (const bad of ['{"a":1,}', '[1 2]', '{"a" 1}', "{'a':1}", '"\\x"', '01', '{"a":1}{', '"a\nb"', '{"a":1,"a":2}']) {
      const r = parseJsonWithLines(bad);
      expect(r.ok, bad).toBe(false);
    }
  });

  it('keeps a "__proto__" key as data', () => {
    const r = parseJsonWithLines('{"__proto__": {"polluted": true}}');
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('formats paths the way errors print them', () => {
    expect(formatPath(['signals', 3, 'patterns', 0, 're'])).toBe('signals[3].patterns[0].re');
    expect(formatPath(['explanations', 'paid-travel', 'pt-BR'])).toBe('explanations.paid-travel.pt-BR');
    expect(formatPath(['terms', 'a b'])).toBe('terms["a b"]');
  });
});

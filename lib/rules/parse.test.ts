// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePackText } from './parse';

const MINI = readFileSync(fileURLToPath(new URL('./testdata/mini.json', import.meta.url)), 'utf8');

/** The mini pack with one edit, as text (so line numbers are real). */
function edited(edit: (pack: Record<string, unknown> & { signals: Array<Record<string, unknown>> }) => void): string {
  const pack = JSON.parse(MINI);
  edit(pack);
  return JSON.stringify(pack, null, 2);
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`needle not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

describe('parsePackText', () => {
  it('accepts the test pack', () => {
    const r = parsePackText(MINI);
    expect(r.ok).toBe(true);
  });

  it('reports JSON syntax errors with their line', () => {
    const r = parsePackText('{\n  "format": 1,\n  "id": "x",,\n}');
    expect(r).toEqual({ ok: false, errors: [expect.objectContaining({ line: 3, message: expect.stringContaining('invalid JSON') })] });
  });

  it('names the rule, the problem, the path and the line of a schema error', () => {
    const text = edited((p) => {
      p.signals[2]!.weight = 'heavy';
    });
    const r = parsePackText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const err = r.errors.find((e) => e.path === 'signals[2].weight');
    expect(err).toMatchObject({ rule: 'context.no-experience', line: lineOf(text, '"heavy"') });
    expect(err?.message).toMatch(/wrong type/);
  });

  it('rejects unknown fields (typos would silently disable a rule)', () => {
    const text = edited((p) => {
      p.signals[0]!.pattern = [];
    });
    const r = parsePackText(text);
    expect(r.ok ? [] : r.errors).toContainEqual(
      expect.objectContaining({ rule: 'trafficking.paid-travel', message: expect.stringContaining('unknown field') }),
    );
  });

  it('rejects a combo that refers to an unknown signal', () => {
    const text = edited((p) => {
      (p.combos as Array<{ any: string[] }>)[0]!.any.push('trafficking.nope');
    });
    const r = parsePackText(text);
    expect(r.ok ? [] : r.errors).toContainEqual(
      expect.objectContaining({
        rule: 'trafficking.lure',
        path: 'combos[0].any[3]',
        message: 'refers to unknown signal "trafficking.nope"',
        line: lineOf(text, '"trafficking.nope"'),
      }),
    );
  });

  it('rejects a missing explanation key, duplicate ids and a family/id mismatch', () => {
    const text = edited((p) => {
      p.signals[1]!.explain = 'nowhere';
      p.signals[2]!.id = 'trafficking.paid-travel';
      p.signals[3]!.family = 'fee';
    });
    const r = parsePackText(text);
    const messages = r.ok ? [] : r.errors.map((e) => `${e.rule}: ${e.message}`);
    expect(messages).toContain('trafficking.destination: explain key "nowhere" has no entry in "explanations"');
    expect(messages).toContain('trafficking.paid-travel: duplicate id "trafficking.paid-travel" (already used by signals[0])');
    expect(messages).toContain('task.like-for-pay: id must start with its family: "fee.…"');
  });

  it('requires examples on both sides', () => {
    const text = edited((p) => {
      p.examples = (p.examples as Array<{ expect: string }>).filter((e) => e.expect === 'high');
    });
    const r = parsePackText(text);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toContain('examples');
  });

  it('rejects thresholds out of order', () => {
    const text = edited((p) => {
      p.thresholds = { low: 50, medium: 40, high: 70 };
    });
    const r = parsePackText(text);
    expect(r.ok ? [] : r.errors).toContainEqual(
      expect.objectContaining({ path: 'thresholds', message: 'must satisfy low < medium < high' }),
    );
  });

  it.each([
    ['(a+)+$', /unsafe/],
    ['(\\w|\\d)*x', /unsafe/],
    ['(a)\\1', /backreference/],
    ['(?<=a)b', /lookbehind/],
    ['a[', /not a valid regular expression/],
    // \b beside a non-ASCII letter is no word boundary in JavaScript: such a pattern silently never fires.
    ['паспорт\\b', /no word boundary/],
    ['\\bвиза', /no word boundary/],
  ])('rejects the unsafe or invalid regex %s', (re, why) => {
    const text = edited((p) => {
      p.signals[0]!.patterns = [{ lang: 'en', re, anchors: ['a'.repeat(2)] }];
    });
    const r = parsePackText(text);
    const err = r.ok ? undefined : r.errors.find((e) => e.path === 'signals[0].patterns[0].re');
    expect(err?.message).toMatch(why);
    expect(err?.rule).toBe('trafficking.paid-travel');
    expect(err?.line).toBe(lineOf(text, `"re": ${JSON.stringify(re)}`));
  });

  it('rejects an anchor that does not occur in its regex', () => {
    const text = edited((p) => {
      p.signals[0]!.patterns = [{ lang: 'en', re: 'free (?:flight|ticket)', anchors: ['fre', 'visa'] }];
    });
    const r = parsePackText(text);
    expect(r.ok ? [] : r.errors).toEqual([
      expect.objectContaining({ path: 'signals[0].patterns[0].anchors[1]', message: 'anchor "visa" does not occur in the regex' }),
    ]);
  });

  it('refuses a pack of another format', () => {
    const r = parsePackText(MINI.replace('"format": 1', '"format": 2'));
    expect(r.ok ? [] : r.errors).toContainEqual(expect.objectContaining({ path: 'format', line: 2 }));
  });

  it('never throws on garbage', () => {
    for (const t of ['', 'null', '[]', '"x"', '{"format":1}', '\u0000\u0001', '{"a":'.repeat(200), '{"__proto__": {"x": 1}}']) {
      const r = parsePackText(t);
      expect(r.ok).toBe(false);
    }
  });
});

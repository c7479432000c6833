// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parsePackSource, readSource, stripJsonComments } from './source';

const MINI = JSON.parse(readFileSync(fileURLToPath(new URL('../../lib/rules/testdata/mini.json', import.meta.url)), 'utf8')) as Record<
  string,
  unknown
> & {
  signals: Record<string, unknown>[];
};

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`needle not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

describe('stripJsonComments', () => {
  it('blanks comments and trailing commas but keeps strings and line breaks', () => {
    const src = '{\n  // a comment\n  "a": "x // not a comment", /* block\n over lines */ "b": [1, 2,],\n}';
    const r = stripJsonComments(src);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text.split('\n')).toHaveLength(src.split('\n').length);
    expect(JSON.parse(r.text)).toEqual({ a: 'x // not a comment', b: [1, 2] });
  });

  it('reports an unterminated block comment with its line', () => {
    expect(stripJsonComments('{\n\n /* open')).toEqual({ ok: false, line: 3, message: 'unterminated /* comment' });
  });
});

describe('parsePackSource', () => {
  it('accepts the same pack as JSON, JSON with comments, and YAML', () => {
    const json = JSON.stringify(MINI, null, 2);
    const jsonc = `// NGO draft\n${json.replace('"format": 1,', '"format": 1, // pack format\n')}`;
    expect(parsePackSource(json, 'p.json').ok).toBe(true);
    expect(parsePackSource(jsonc, 'p.jsonc').ok).toBe(true);
    const yaml = `# comments are welcome\n${stringify(MINI)}`;
    const r = parsePackSource(yaml, 'p.yaml');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.signals.map((s) => s.id)).toEqual(MINI.signals.map((s) => s.id));
  });

  it('puts the YAML line of a schema error on the field', () => {
    const pack = structuredClone(MINI);
    pack.signals[2]!.weight = 'heavy';
    const yaml = stringify(pack);
    const r = parsePackSource(yaml, 'p.yml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: 'signals[2].weight', rule: 'context.no-experience', line: lineOf(yaml, 'weight: heavy') });
  });

  it('puts the YAML line of a cross-check error on the list entry', () => {
    const pack = structuredClone(MINI);
    (pack.signals[0]!.terms as Record<string, string[]>).en!.push('free flight');
    const yaml = stringify(pack);
    const r = parsePackSource(yaml, 'p.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // The duplicate is the last "- free flight" of the first signal's English terms.
    const second = yaml.indexOf('- free flight', yaml.indexOf('- free flight') + 1);
    expect(r.errors[0]).toMatchObject({ message: expect.stringContaining('listed twice'), line: yaml.slice(0, second).split('\n').length });
  });

  it('keeps JSONC line numbers through comments', () => {
    const json = JSON.stringify({ ...MINI, expiresHours: 0 }, null, 2);
    const jsonc = `/* header\n   two lines */\n${json}`;
    const r = parsePackSource(jsonc, 'p.jsonc');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: 'expiresHours', line: lineOf(jsonc, '"expiresHours"') });
  });

  it('returns YAML syntax errors and duplicate keys as data with their line', () => {
    const bad = readSource('id: a\nname: [unclosed\nformat: 1\n', 'yaml');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.line).toBeGreaterThanOrEqual(2);
    const dup = readSource('id: a\nid: b\n', 'yaml');
    expect(dup).toMatchObject({ ok: false, errors: [{ line: 2, message: expect.stringContaining('invalid YAML') }] });
  });

  it('refuses YAML alias bombs instead of expanding them', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const r = readSource(bomb, 'yaml');
    expect(r.ok).toBe(false);
  });

  it('never throws on junk', () => {
    for (const junk of ['', '\u0000', '{', '- - -\n  :', '{"a":', '/*', ']']) {
      expect(() => parsePackSource(junk, 'x.yaml')).not.toThrow();
      expect(() => parsePackSource(junk, 'x.jsonc')).not.toThrow();
    }
  });
});

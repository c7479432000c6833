// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../lib/engine/compile';
import { validatePack } from '../../lib/rules/validate';
import { parseCases, runCases } from './cases';

function mini() {
  const r = validatePack(JSON.parse(readFileSync(fileURLToPath(new URL('../../lib/rules/testdata/mini.json', import.meta.url)), 'utf8')));
  if (!r.ok) throw new Error('mini pack invalid');
  return compilePack(r.value);
}

describe('parseCases', () => {
  it('reads JSON Lines with comments and blank lines, keeping each line number', () => {
    const text =
      '// cases\n{"id":"a","text":"free flight to sihanoukville, no experience needed","label":"scam"}\n\n{"text":"hi","expect":"none"}\n';
    const r = parseCases(text, 'c.jsonl');
    expect(r).toMatchObject({
      ok: true,
      cases: [
        { id: 'a', line: 2 },
        { id: 'case #2', line: 4 },
      ],
    });
  });

  it('reads a YAML list or a "cases:" map', () => {
    const list = parseCases('- text: hello\n  label: legit\n- text: bye\n  expect: low\n', 'c.yaml');
    expect(list).toMatchObject({ ok: true, cases: [{ line: 1 }, { line: 3 }] });
    const map = parseCases('note: sources\ncases:\n  - text: hello\n    label: legit\n', 'c.yml');
    expect(map).toMatchObject({ ok: true, cases: [{ text: 'hello', line: 3 }] });
  });

  it('returns bad cases as errors with their line', () => {
    const r = parseCases('{"text":"x","label":"maybe"}\n{"text":"y"}\nnot json\n', 'c.jsonl');
    expect(r).toMatchObject({ ok: false, errors: [{ line: 3, message: expect.stringContaining('invalid JSON') }] });
    const r2 = parseCases('{"text":"x","label":"maybe"}\n{"text":"y"}\n', 'c.jsonl');
    expect(r2).toMatchObject({
      ok: false,
      errors: [
        { line: 1, message: expect.stringContaining('label') },
        { line: 2, message: expect.stringContaining('needs "label"') },
      ],
    });
  });
});

describe('runCases', () => {
  it('passes cases that get their verdict and names the ones that do not', () => {
    const parsed = parseCases(
      [
        '{"id":"lure","text":"Customer service job in Sihanoukville, free flight, no experience needed. DM t.me/hr_asia","kind":"posting","label":"scam","signals":["trafficking.lure"]}',
        '{"id":"calm","text":"See you at the study group","label":"legit"}',
        '{"id":"wrong","text":"See you at the study group","label":"scam"}',
        '{"id":"exact","text":"See you at the study group","expect":"high"}',
      ].join('\n'),
      'c.jsonl',
    );
    if (!parsed.ok) throw new Error('cases invalid');
    const failures = runCases(parsed.cases, mini());
    expect(failures.map((f) => [f.rule, f.line])).toEqual([
      ['wrong', 3],
      ['exact', 4],
    ]);
    expect(failures[0]!.message).toContain('should warn');
  });
});

// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Automaton } from './automaton';

function naive(keys: string[], text: string): string[] {
  const out: string[] = [];
  keys.forEach((k, id) => {
    for (let i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) out.push(`${id}@${i + k.length}`);
  });
  return out.sort();
}

function run(keys: string[], text: string): string[] {
  const a = new Automaton();
  for (const [id, k] of keys.entries()) a.add(k, id);
  a.build();
  const out: string[] = [];
  a.scan(text, (id, end) => out.push(`${id}@${end}`));
  return out.sort();
}

describe('Automaton', () => {
  it('finds overlapping and nested keys', () => {
    expect(run(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(naive(['he', 'she', 'his', 'hers'], 'ushers'));
    expect(run(['刷单', '单'], '兼职刷单')).toEqual(['0@4', '1@4']);
  });
  it('reports exactly what a naive search reports', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'c', 'é', '刷') }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.string({ maxLength: 40, unit: fc.constantFrom('a', 'b', 'c', 'é', '刷', ' ') }),
        (keys, text) => {
          expect(run(keys, text)).toEqual(naive(keys, text));
        },
      ),
    );
  });
});

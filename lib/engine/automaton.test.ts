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

describe('Automaton layouts', () => {
  it('matches a naive search with wide nodes (binary-searched children) and absent characters', () => {
    // "a" followed by each of 80 letters: a node with more children than the linear-scan limit.
    const alphabet = Array.from({ length: 80 }, (_, i) => String.fromCharCode(0x100 + i));
    const wide = alphabet.map((c) => `a${c}`);
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'b', ...alphabet) }), { maxLength: 40 }),
        fc.string({ maxLength: 80, unit: fc.constantFrom('a', 'b', ' ', '!', ...alphabet) }),
        (keys, text) => {
          expect(run([...wide, ...keys], text)).toEqual(naive([...wide, ...keys], text));
        },
      ),
    );
  });
  it('sorts keys that contain NUL (the fallback sort) as well as the others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 3, unit: fc.constantFrom('a', 'b', '\0') }), { minLength: 1, maxLength: 12 }),
        fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'b', '\0') }),
        (keys, text) => {
          expect(run(keys, text)).toEqual(naive(keys, text));
        },
      ),
    );
  });
  it('keeps matching right across texts (links computed by one scan are reused by the next)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 4, unit: fc.constantFrom('a', 'b', 'c') }), { minLength: 1, maxLength: 10 }),
        fc.array(fc.string({ maxLength: 30, unit: fc.constantFrom('a', 'b', 'c', ' ') }), { minLength: 2, maxLength: 5 }),
        (keys, texts) => {
          const a = new Automaton();
          for (const [id, k] of keys.entries()) a.add(k, id);
          a.build();
          for (const text of texts) {
            const out: string[] = [];
            a.scan(text, (id, end) => out.push(`${id}@${end}`));
            expect(out.sort()).toEqual(naive(keys, text));
          }
        },
      ),
    );
  });
  it('reports duplicate keys once per id, and ignores empty keys', () => {
    expect(run(['ab', 'ab', ''], 'xab')).toEqual(['0@3', '1@3']);
  });
  it('refuses keys after build', () => {
    const a = new Automaton();
    a.add('x', 0);
    a.build();
    expect(() => a.add('y', 1)).toThrow(/after build/);
  });
});

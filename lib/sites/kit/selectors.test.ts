import { describe, expect, it } from 'vitest';
import { cleanSelectors, Selectors } from './selectors';

describe('Selectors', () => {
  const doc = new DOMParser().parseFromString('<div class="a"><span class="b">x</span></div><p class="c">y</p>', 'text/html');

  it('merges pack overrides field by field', () => {
    const s = new Selectors('t', { item: '.a', text: '.b', hosts: ['a.example'] }, { text: '.c' });
    expect(s.css('item', doc)).toBe('.a');
    expect(s.all(doc, 'text').map((e) => e.textContent)).toEqual(['y']);
    expect(s.list('hosts')).toEqual(['a.example']);
  });

  it('joins a list into a selector group and tries fields one by one', () => {
    const s = new Selectors('t', { item: ['.c', '.a'] });
    expect(s.css('item', doc)).toBe('.c, .a');
    expect(s.all(doc, 'item').map((e) => e.localName)).toEqual(['div', 'p']);
    expect(s.cssEach('item', doc)).toEqual(['.c', '.a']);
  });

  it('falls back to the default when an override is not valid CSS', () => {
    const s = new Selectors('t', { item: '.a' }, { item: 'div[[' });
    expect(s.first(doc, 'item')?.className).toBe('a');
    expect(new Selectors('t', { item: ['.a'] }, { item: ['..bad', '.c'] }).cssEach('item', doc)).toEqual(['.c']);
  });

  it('matches nothing for a missing or empty field', () => {
    const s = new Selectors('t', { empty: '' });
    expect(s.all(doc, 'missing')).toEqual([]);
    expect(s.first(doc, 'empty')).toBeNull();
    expect(s.matches(doc.body, 'missing')).toBe(false);
  });

  it('keeps only string and string[] values from a pack', () => {
    expect(cleanSelectors({ a: 'x', b: ['y'], c: 1, d: [1], e: null, f: { g: 'h' } })).toEqual({ a: 'x', b: ['y'] });
    expect(cleanSelectors('nope')).toEqual({});
    expect(cleanSelectors(['x'])).toEqual({});
  });
});

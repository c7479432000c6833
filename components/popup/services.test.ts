import { describe, expect, it } from 'vitest';
import { readHandoff, tabFromQuery } from './services';

describe('popup inputs', () => {
  it('reads an explicit tab id from the query, and nothing else', () => {
    expect(tabFromQuery('?tab=42')).toBe(42);
    expect(tabFromQuery('?tab=-1')).toBeNull();
    expect(tabFromQuery('?tab=4x')).toBeNull();
    expect(tabFromQuery('')).toBeNull();
  });

  it('accepts a context-menu handoff only when it carries text', () => {
    expect(readHandoff({ text: 'hello', tabId: 3, at: 1 })).toEqual({ text: 'hello', tabId: 3 });
    expect(readHandoff({ text: 'hello', tabId: 'x' })).toEqual({ text: 'hello' });
    expect(readHandoff({ text: '   ' })).toBeNull();
    expect(readHandoff('hello')).toBeNull();
    expect(readHandoff(undefined)).toBeNull();
  });
});

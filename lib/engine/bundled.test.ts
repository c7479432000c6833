// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePackText } from '../rules/parse';
import { checkTrustedPack } from '../rules/trusted';
import { bundledPack } from './bundled';
import { selfTest } from './self-test';

describe('bundled pack (public/rules/core.json)', () => {
  const text = readFileSync(path.join(process.cwd(), 'public/rules/core.json'), 'utf8');

  it('passes full validation, including the ReDoS analysis the page-side load skips', () => {
    const r = parsePackText(text);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('gets from the page-side shape check exactly what full validation gives', () => {
    // What lets bundledPack() skip valibot and redos-detector: both paths yield the same pack.
    const full = parsePackText(text);
    const trusted = checkTrustedPack(JSON.parse(text));
    expect(full.ok && trusted.ok).toBe(true);
    if (full.ok && trusted.ok) expect(trusted.value).toEqual(full.value);
  });

  it('compiles and passes its own examples', () => {
    const compiled = bundledPack();
    expect(compiled.pack.id).toBeTruthy();
    expect(selfTest(compiled)).toEqual([]);
  });

  it('is compiled once per context', () => {
    expect(bundledPack()).toBe(bundledPack());
  });
});

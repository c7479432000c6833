// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledPack } from './bundled';
import { explanationFor } from './explain';
import { fixtureCases } from './fixture-cases';
import { analyze } from './index';
import { forPage } from './page-pack';

describe('the compiled pack as pages keep it', () => {
  const full = bundledPack();
  const page = forPage(full);

  it('drops the term lists, pattern sources and examples, and keeps what pages read', () => {
    expect(page.pack.signals.some((s) => s.terms !== undefined || s.patterns !== undefined)).toBe(false);
    expect(full.pack.signals.some((s) => s.terms !== undefined)).toBe(true);
    expect(page.pack.examples).toEqual([]);
    expect(page.pack.thresholds).toBe(full.pack.thresholds);
    expect(page.pack.sites).toBe(full.pack.sites);
    expect(page.pack.postingModel).toBe(full.pack.postingModel);
    const key = full.signals[0]!.explain;
    expect(explanationFor(page, key, 'fr')).toEqual(explanationFor(full, key, 'fr'));
  });

  it('gives every fixture case the verdict the full pack gives', () => {
    for (const c of fixtureCases())
      expect(analyze({ text: c.text, kind: c.kind }, page), c.id).toEqual(analyze({ text: c.text, kind: c.kind }, full));
  });
});

/**
 * Meta-test (after refined-github's features meta-test): every adapter file in lib/sites is registered
 * once, has selector data, a test beside it, and at least one fixture page that declares it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixtureFiles, fixtureText } from './kit/load-fixture';
import { DEFAULT_SELECTORS, SITES } from './registry';

const NOT_ADAPTERS = new Set(['index.ts', 'registry.ts', 'types.ts']);
const adapterFiles = readdirSync(__dirname)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_ADAPTERS.has(f))
  .sort();
// Sorted as ids, not as file names: "facebook-marketplace.ts" sorts before "facebook.ts" ('-' < '.').
const ids = adapterFiles.map((f) => f.replace(/\.ts$/, '')).sort();

function declaredSite(file: string): string | undefined {
  return fixtureText(file).match(/<meta name="lurewatch-fixture-site" content="([^"]+)"/)?.[1];
}

describe('site registry', () => {
  it('has the adapters the issue asks for', () => {
    expect(ids).toEqual(
      [
        'discord',
        'facebook',
        'facebook-marketplace',
        'generic',
        'glassdoor',
        'gmail',
        'indeed',
        'instagram',
        'jobstreet',
        'jsonld',
        'linkedin',
        'naukri',
        'outlook',
        'telegram',
        'whatsapp',
        'x',
      ].sort(),
    );
  });

  it.each(ids)('%s: its file exports the adapter with the same id', async (id) => {
    const mod = (await import(`./${id}.ts`)) as { default?: { id?: string } };
    expect(mod.default?.id).toBe(id);
  });

  it.each(ids)('%s: is registered exactly once', (id) => {
    expect(SITES.filter((s) => s.id === id)).toHaveLength(1);
  });

  it('registers nothing that has no file, fallbacks last', () => {
    expect(SITES.map((s) => s.id).sort()).toEqual(ids);
    expect(SITES.slice(-2).map((s) => s.id)).toEqual(['jsonld', 'generic']);
  });

  it.each(ids)('%s: has selector data with host patterns', (id) => {
    expect(DEFAULT_SELECTORS[id]?.hosts?.length ?? 0).toBeGreaterThan(0);
  });

  it('has no selector data for unknown sites', () => {
    expect(Object.keys(DEFAULT_SELECTORS).sort()).toEqual(ids);
  });

  it.each(ids)('%s: has a test file beside it', (id) => {
    expect(readdirSync(__dirname)).toContain(`${id}.test.ts`);
  });

  it.each(ids)('%s: has at least one fixture page declaring it', (id) => {
    expect(fixtureFiles().filter((f) => declaredSite(f) === id).length).toBeGreaterThan(0);
  });

  it.each(fixtureFiles())('fixture %s: declares a registered site and says what it is based on', (file) => {
    expect(ids).toContain(declaredSite(file));
    const comment = fixtureText(file).match(/<!--([\s\S]*?)-->/)?.[1] ?? '';
    expect(comment).toMatch(/SITES\.md|schema\.org|Not\s+a\s+specific\s+site/);
    expect(comment).toMatch(/Expected item/);
  });

  it.each(ids)('%s: selectors never key on hashed class names', (id) => {
    const selectors = Object.values(DEFAULT_SELECTORS[id] ?? {}).flat();
    for (const sel of selectors) {
      // Atomic/stylex (x1n2onr6, _amjv) and emotion (css-1abc, eu4oa1w0) class names.
      expect(sel).not.toMatch(/\.(?:x[0-9a-z]{5,8}|_[a-z0-9]{4}|css-[0-9a-z]+|eu4oa1w0)\b/);
      // A CSS-module class with its hash (JobDetails_jobDescription__uW_fK) as a class selector…
      expect(sel).not.toMatch(/\.[A-Za-z]+_[A-Za-z-]+__[A-Za-z0-9_-]+/);
      // …or inside an attribute match: only the stable prefix may be matched.
      for (const [, value] of sel.matchAll(/\[class[*^]="([^"]+)"\]/g))
        if (value !== undefined && !value.endsWith('_')) expect(value).not.toMatch(/__[A-Za-z0-9_-]{5}$/);
    }
  });

  it('keeps lib/sites free of extension APIs', () => {
    for (const f of readdirSync(__dirname).concat(readdirSync(path.join(__dirname, 'kit')).map((k) => `kit/${k}`))) {
      if (!f.endsWith('.ts') || f.endsWith('.test.ts')) continue;
      const src = readFileSync(path.join(__dirname, f), 'utf8');
      expect(src, f).not.toMatch(/\b(?:browser|chrome)\.(?:runtime|storage|tabs)\b|webextension-polyfill|wxt\//);
    }
    expect(FIXTURE_DIR.endsWith(path.join('tests', 'fixtures', 'sites'))).toBe(true);
  });
});

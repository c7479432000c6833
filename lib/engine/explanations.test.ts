// @vitest-environment node
/**
 * The core pack must explain every signal and combo in every supported language (issue 3: "Every signal has
 * explanation keys"; the UI shows found/why/todo to a 17-year-old in their own language). A missing or empty
 * text in any language fails here, naming the key and the language.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../i18n/languages';
import { validatePack } from '../rules';

/** Every UI language (lib/i18n/languages.ts): a language added there must bring its explanations. */
const LANGS = UI_LANGUAGES;
/** "found" is shown as a short badge: keep it a phrase, not a paragraph. */
const MAX_BADGE = 60;

const raw: unknown = JSON.parse(readFileSync(new URL('../../public/rules/core.json', import.meta.url), 'utf8'));
const result = validatePack(raw, { checkRedos: false });
if (!result.ok) throw new Error(`core pack invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
const pack = result.value;
const usedKeys = [...new Set([...pack.signals.map((s) => s.explain), ...(pack.combos ?? []).map((c) => c.explain)])].sort();

describe('core pack explanations', () => {
  it('has no explanation that no rule uses', () => {
    expect(Object.keys(pack.explanations).sort()).toEqual(usedKeys);
  });

  it.each(usedKeys.flatMap((key) => LANGS.map((lang) => [key, lang] as const)))('%s in %s', (key, lang) => {
    const text = pack.explanations[key]?.[lang];
    expect(text, `explanation "${key}" has no "${lang}" text`).toBeDefined();
    for (const field of ['found', 'why', 'todo'] as const) expect(text?.[field].trim(), `${key}.${lang}.${field}`).not.toBe('');
    expect(text?.found.length, `${key}.${lang}.found is too long for a badge`).toBeLessThanOrEqual(MAX_BADGE);
  });

  it('tells the reader something different in each field', () => {
    for (const key of usedKeys) {
      for (const lang of LANGS) {
        const t = pack.explanations[key]?.[lang];
        if (t) expect(new Set([t.found, t.why, t.todo]).size, `${key}.${lang}`).toBe(3);
      }
    }
  });
});

// @vitest-environment node
/**
 * The core pack's awareness dampener, context.warning-frame (docs/pack-format.md "Dampeners"). Police, NGOs
 * and friends share alerts that name every part of a lure ("Police warning: … free flights … never send a
 * passport photo …"); those must stay quiet in all 14 languages. A scammer who writes "beware of scams"
 * above a real lure still has to give a way to reach them, and then the dampener does not apply.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../rules';
import type { Pack } from '../rules/schema';
import { compilePack } from './compile';
import { analyze } from './index';
import { type ItemKind, isFlagged } from './types';

const FRAME = 'context.warning-frame';
const CASES_DIR = new URL('../../tests/fixtures/cases/', import.meta.url);
const validated = validatePack(JSON.parse(readFileSync(new URL('../../public/rules/core.json', import.meta.url), 'utf8')), {
  checkRedos: false,
});
if (!validated.ok) throw new Error(`core pack invalid: ${JSON.stringify(validated.errors.slice(0, 3))}`);
const core: Pack = validated.value;
const pack = compilePack(core);
const frame = core.signals.find((s) => s.id === FRAME);
if (!frame?.dampen) throw new Error(`${FRAME} is missing or does not dampen`);
/** The same pack with the frame as a plain, visible signal: shows what the dampener changes. */
const undampened = compilePack({ ...core, signals: core.signals.map((s) => (s.id === FRAME ? { ...s, dampen: undefined } : s)) });
const contacts = new Set(frame.dampen.unless ?? []);

interface Case {
  id: string;
  lang: string;
  kind: ItemKind;
  label: 'scam' | 'legit';
  text: string;
}
const cases: Case[] = readdirSync(CASES_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) =>
    readFileSync(new URL(f, CASES_DIR), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Case),
  );
const awareness = cases.filter((c) => c.id.includes('-legit-warning-'));
const LANGS = ['en', 'fr', 'es', 'pt', 'id', 'vi', 'th', 'tl', 'zh', 'ko', 'ar', 'hi', 'sw', 'ru'] as const;

const POLICE =
  'Police warning: fake customer service jobs in Cambodia promise free flights. Never send a passport photo to a recruiter who only talks on Telegram.';
const LURE =
  'Customer service jobs in Cambodia, free flights, visa and housing, $1,500/month, no experience needed. Send your passport photo today';

describe('context.warning-frame', () => {
  it('has terms in all 14 languages and an awareness case in each', () => {
    for (const lang of LANGS) {
      expect(frame.terms?.[lang]?.length, lang).toBeGreaterThan(0);
      expect(
        awareness.some((c) => c.lang === lang),
        lang,
      ).toBe(true);
    }
  });

  it('keeps the police warning of the issue below medium, where it used to warn', () => {
    expect(isFlagged(analyze({ text: POLICE, kind: 'message' }, undampened).risk)).toBe(true);
    const v = analyze({ text: POLICE, kind: 'message' }, pack);
    expect(isFlagged(v.risk), `${v.risk} ${v.score}`).toBe(false);
    expect(v.signals.map((s) => s.id)).not.toContain(FRAME);
  });

  it.each(awareness.map((c) => [c.id, c] as const))('%s: the frame fires and the verdict stays below medium', (_id, c) => {
    const seen = analyze({ text: c.text, kind: c.kind }, undampened);
    expect(
      seen.signals.map((s) => s.id),
      'the frame must fire in this language',
    ).toContain(FRAME);
    const v = analyze({ text: c.text, kind: c.kind }, pack);
    expect(isFlagged(v.risk), `${v.risk} ${v.score}`).toBe(false);
    expect(v.signals.map((s) => s.id)).not.toContain(FRAME);
  });

  it.each([
    ['a Telegram link', `${LURE} to t.me/hr_asia_jobs`],
    ['an @handle', `${LURE} to @hr_asia_jobs`],
    ['a WhatsApp link', `${LURE} on WhatsApp wa.me/855962223344`],
  ])('does not rescue a lure with %s behind "beware of scams"', (_what, text) => {
    const v = analyze({ text: `Beware of scams! ${text}`, kind: 'message' }, pack);
    expect(isFlagged(v.risk), `${v.risk} ${v.score}`).toBe(true);
    expect(v.score).toBe(analyze({ text, kind: 'message' }, pack).score);
  });

  it('does not rescue any fixture scam with a concrete contact, prefixed with its own language’s frame', () => {
    let checked = 0;
    for (const c of cases.filter((x) => x.label === 'scam')) {
      const plain = analyze({ text: c.text, kind: c.kind }, pack);
      if (!plain.signals.some((s) => contacts.has(s.id))) continue;
      const prefix = frame.terms?.[c.lang]?.[0] ?? 'beware of';
      const v = analyze({ text: `${prefix}! ${c.text}`, kind: c.kind }, pack);
      expect(isFlagged(v.risk), `${c.id}: ${v.risk} ${v.score}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});

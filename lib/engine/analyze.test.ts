// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import mini from '../rules/testdata/mini.json';
import { validatePack } from '../rules/validate';
import { analyze, analyzeUnsafe } from './analyze';
import { compilePack } from './compile';
import type { Item, Verdict } from './types';

const result = validatePack(mini);
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const pack = compilePack(result.value);

const ids = (v: Verdict) => v.signals.map((s) => s.id);

function spansHold(item: Item, v: Verdict): void {
  for (const s of v.signals) {
    expect(s.evidence.length).toBeGreaterThanOrEqual(s.spans.length);
    s.spans.forEach((span, i) => {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.start).toBeLessThan(span.end);
      expect(span.end).toBeLessThanOrEqual(item.text.length);
      expect(s.evidence[i]).toBe(item.text.slice(span.start, span.end));
    });
  }
}

describe('analyze', () => {
  it('warns on a combination and explains every signal', () => {
    const item = {
      text: 'Customer service job in Sihanoukville, free flight, no experience needed. DM t.me/hr_asia',
      kind: 'posting' as const,
    };
    const v = analyze(item, pack);
    expect(v.risk).toBe('high');
    expect(ids(v)).toEqual(
      expect.arrayContaining(['trafficking.lure', 'trafficking.paid-travel', 'trafficking.destination', 'context.telegram-contact']),
    );
    expect(v.signals[0]!.explain).toEqual({ found: 'trafficking-lure.found', why: 'trafficking-lure.why', todo: 'trafficking-lure.todo' });
    spansHold(item, v);
  });

  it('keeps one signal alone below medium, however heavy', () => {
    const v = analyze({ text: 'We pay a refundable deposit for the hall' }, pack);
    expect(ids(v)).toEqual(['fee.upfront']);
    expect(v.risk).toBe('low');
  });

  it('keeps everyday chat calm', () => {
    for (const text of ['send me the Telegram link for the study group', 'I lost money on crypto again', 'congrats on the Dubai job!']) {
      expect(analyze({ text }, pack).risk).toBe('none');
    }
  });

  it('sees through evasions, with spans on the original text', () => {
    const item = { text: 'FR33 FL1GHT to S i h a n o u k v i l l e, c0ntact t.me/hr_asia' };
    const v = analyze(item, pack);
    expect(ids(v)).toEqual(expect.arrayContaining(['trafficking.paid-travel', 'trafficking.destination']));
    expect(v.signals.find((s) => s.id === 'trafficking.destination')!.evidence).toEqual(['S i h a n o u k v i l l e']);
    spansHold(item, v);
  });

  it('matches Thai and Chinese without spaces, Russian with a prefix term', () => {
    expect(ids(analyze({ text: 'งานดีฟรีตั๋วเครื่องบินไปเมียวดี' }, pack))).toEqual(
      expect.arrayContaining(['trafficking.paid-travel', 'trafficking.destination']),
    );
    expect(ids(analyze({ text: '西港客服包机票包吃住' }, pack))).toEqual(
      expect.arrayContaining(['trafficking.paid-travel', 'trafficking.destination']),
    );
    expect(ids(analyze({ text: 'Опыта не нужен' }, pack))).toEqual([]);
    expect(ids(analyze({ text: 'Опыт не нужен' }, pack))).toEqual(['context.no-experience']);
    expect(ids(analyze({ text: 'Бесплатный перелёт' }, pack))).toEqual(['trafficking.paid-travel']);
    expect(ids(analyze({ text: 'Бесплатный перелетом' }, pack))).toEqual(['trafficking.paid-travel']);
  });

  it('respects word boundaries in spaced scripts', () => {
    expect(ids(analyze({ text: 'the kk parking lot' }, pack))).toEqual([]);
    expect(ids(analyze({ text: 'KK Park.' }, pack))).toEqual(['trafficking.destination']);
  });

  it('runs an anchored regex pattern', () => {
    const v = analyze({ text: 'you can earn $450 per day at home' }, pack);
    expect(v.signals.find((s) => s.id === 'task.like-for-pay')?.evidence).toEqual(['earn $450 per day']);
  });

  it('reads entities from links, and structural checks from posting fields only', () => {
    const item: Item = {
      text: 'Rate products from home',
      kind: 'posting',
      links: ['https://t.me/+AbCdEf123456'],
      fields: { title: 'Online job' },
    };
    const v = analyze(item, pack);
    expect(ids(v)).toEqual(expect.arrayContaining(['task.paid-likes-chat', 'context.telegram-contact', 'impersonation.no-employer']));
    expect(v.signals.find((s) => s.id === 'context.telegram-contact')).toMatchObject({
      spans: [],
      evidence: ['https://t.me/+AbCdEf123456'],
    });
    expect(ids(analyze({ ...item, kind: 'message' }, pack))).not.toContain('impersonation.no-employer');
  });

  it('shifts thresholds with sensitivity', () => {
    const item = { text: 'free flight and no experience needed' };
    const scores = (['relaxed', 'balanced', 'cautious'] as const).map((sensitivity) => analyze(item, pack, { sensitivity }));
    expect(new Set(scores.map((v) => v.score)).size).toBe(1);
    expect(scores.map((v) => v.risk)).toEqual(['medium', 'high', 'high'].map((_, i) => scores[i]!.risk));
    expect(['none', 'low', 'medium', 'high'].indexOf(scores[0]!.risk)).toBeLessThanOrEqual(
      ['none', 'low', 'medium', 'high'].indexOf(scores[2]!.risk),
    );
  });

  it('never throws on bad input', () => {
    const bad: unknown[] = [
      { text: '' },
      { text: 'x'.repeat(10 * 1024 * 1024) },
      { text: '\ud800\udc00\ud800 lone \udfff surrogates' },
      { text: String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)) },
      { text: 42 },
      { text: 'ok', links: [null, 5, 'x'.repeat(5000)], fields: { salary: { max: 'a' } } },
      null,
    ];
    for (const item of bad) {
      const v = analyzeUnsafe(item as Item, pack);
      expect(['none', 'low', 'medium', 'high']).toContain(v.risk);
    }
  });

  it('property: never throws, and every span points at its evidence in the original text', () => {
    const words = fc.constantFrom(
      'free flight',
      'Sihanoukville',
      't.me/hr_asia',
      'rate products',
      '$300 a day',
      '刷单',
      'T e l e g r a m',
      '\u200b',
      '🔥',
      'fr33',
      'Опыт не нужен',
      'wa.me/855962223344',
    );
    const text = fc
      .array(fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
        maxLength: 12,
      })
      .map((p) => p.join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom<Item['kind']>('posting', 'message', undefined), (t, kind) => {
        const item: Item = { text: t, ...(kind ? { kind } : {}) };
        const v = analyzeUnsafe(item, pack);
        expect(v.score).toBeGreaterThanOrEqual(0);
        expect(v.score).toBeLessThanOrEqual(100);
        spansHold(item, v);
      }),
      { numRuns: 300 },
    );
  });
});

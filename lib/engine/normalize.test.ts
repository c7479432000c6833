// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeEmoji, mayBeInvisible, normalize, normalizeTerm, toOriginal } from './normalize';

const n = (s: string) => normalize(s).text;
const m = (s: string) => normalize(s).match;

describe('normalize: one test per evasion', () => {
  it('NFKC and case folding (fullwidth, mathematical letters)', () => {
    expect(n('ＴＥＬＥＧＲＡＭ')).toBe('telegram');
    expect(n('𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦')).toBe('telegram');
    expect(n('Ｗｈａｔｓａｐｐ　１２３')).toBe('whatsapp 123');
  });
  it('removes diacritics from Latin, Greek and Cyrillic but keeps other scripts intact', () => {
    expect(n('Tuyển gấp nhân viên')).toBe('tuyen gap nhan vien');
    expect(n('Experiência não necessária')).toBe('experiencia nao necessaria');
    expect(n('ещё')).toBe('еще');
    expect(n('รายได้ดี')).toBe('รายได้ดี');
    expect(n('पासपोर्ट')).toBe('पासपोर्ट');
    expect(n('여권을')).toBe('여권을');
  });
  it('unifies Arabic letter variants and drops harakat and tatweel', () => {
    expect(n('أَهْلاً إلى العمـــل')).toBe('اهلا الي العمل');
  });
  it('removes zero-width characters, soft hyphens and bidi controls', () => {
    expect(n('Tele\u200bgr\u00adam\u200d \u202epass\u2060port')).toBe('telegram passport');
  });
  it('folds homoglyphs into the majority script of a mixed word', () => {
    expect(n('Теlеgram')).toBe('telegram'); // Cyrillic Т and е
    expect(n('pаsspοrt')).toBe('passport'); // Cyrillic а, Greek ο
    expect(n('паспoрт')).toBe('паспорт'); // Latin o in a Russian word
    expect(n('привет мир')).toBe('привет мир'); // pure Cyrillic stays
  });
  it('folds leetspeak in the matching view only, keeping numbers and amounts', () => {
    expect(m('fr33 t3legram c0ntact cl@im ca$h')).toBe('free teiegram contact ciaim cash');
    expect(m('earn $300 a day, 500usdt, at 3pm')).toBe('earn $300 a day, 500usdt, at 3pm'.replace(/l/g, 'i'));
    expect(n('fr33')).toBe('fr33');
    expect(m('@hr_jobs')).toBe('@hr_jobs');
  });
  it('joins spaced and dotted words', () => {
    expect(n('DM on T e l e g r a m now')).toBe('dm on telegram now');
    expect(n('c.u.s.t.o.m.e.r s.e.r.v.i.c.e')).toBe('customer service');
    expect(n('W-h-a-t-s-A-p-p')).toBe('whatsapp');
    expect(n('兼 职 刷 单')).toBe('兼职刷单');
  });
  it('does not join ordinary abbreviations', () => {
    expect(n('U.S.A. e.g. a b c')).toBe('u.s.a. e.g. a b c');
    expect(n('192.168.1.1')).toBe('192.168.1.1');
  });
  it('treats emoji as separators', () => {
    expect(n('Tele🔥gram')).toBe('telegram');
    expect(n('T🔥e🔥l🔥e🔥g🔥r🔥a🔥m')).toBe('telegram');
    expect(n('job 💰💰 offer')).toBe('job offer');
    expect(n('👉👉 apply now')).toBe('apply now');
    expect(n('great👍see you')).toBe('greatsee you');
  });
  it('makes typographic quotes and dashes ASCII and collapses white space', () => {
    expect(n('don’t   tell\n\t“anyone” — ok')).toBe('don\'t tell "anyone" - ok');
    // Uzbek Latin writes oʻ/gʻ with U+02BB, U+2018 or an ASCII apostrophe: all one spelling.
    expect(n('Oʻzbekiston, o‘z, g`oya')).toBe("o'zbekiston, o'z, g'oya");
  });
  it('handles lone surrogates and control characters', () => {
    expect(n('a\ud800b\u0000c')).toBe('a\ufffdb c');
  });
});

describe('normalize: offsets point into the original text', () => {
  it('maps a folded match back to the exact original characters', () => {
    const src = 'Contact me on T e l e g r a m!';
    const out = normalize(src);
    const at = out.text.indexOf('telegram');
    const span = toOriginal(out, at, at + 'telegram'.length);
    expect(src.slice(span.start, span.end)).toBe('T e l e g r a m');
  });
  it('keeps text and matching view the same length, with monotone offsets inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 50 }), (a, b) => {
        const src = a + b;
        const out = normalize(src);
        expect(out.match.length).toBe(out.text.length);
        expect(out.start.length).toBe(out.text.length);
        for (let i = 0; i < out.text.length; i++) {
          expect(out.start[i]).toBeGreaterThanOrEqual(0);
          expect(out.end[i]).toBeGreaterThan(out.start[i]!);
          expect(out.end[i]).toBeLessThanOrEqual(src.length);
          if (i) expect(out.start[i]).toBeGreaterThanOrEqual(out.start[i - 1]!);
        }
      }),
    );
  });
});

describe('normalizeTerm', () => {
  it('gives terms the same shape as text', () => {
    expect(normalizeTerm('  Free Flight ').match).toBe('free fiight');
    expect(normalizeTerm('Tuyển gấp').text).toBe('tuyen gap');
  });
});

describe('normalize: the shortcuts of foldCluster', () => {
  // foldCluster skips its emoji and invisible regexes by first code point; these prove the skips exact.
  const emoji = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1f3fb}-\u{1f3ff}]|\u20e3)/u;
  // Built from a string as normalize.ts does: a literal class with combining marks is refused by lint.
  const invisibleClass =
    '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180b-\\u180f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufe00-\\ufe0f\\ufeff';
  const invisible = new RegExp(`^[${invisibleClass}]$`, 'u');
  it('no code unit outside mayBeEmoji starts an emoji, and none outside mayBeInvisible is invisible', () => {
    const missed: string[] = [];
    for (let cp = 0x80; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCharCode(cp);
      if (!mayBeEmoji(cp) && emoji.test(c)) missed.push(`emoji ${cp.toString(16)}`);
      if (!mayBeInvisible(cp) && invisible.test(c)) missed.push(`invisible ${cp.toString(16)}`);
    }
    expect(missed).toEqual([]);
  });
  it('folds the matching view natively without digits, and unit by unit with them', () => {
    expect(m('hello')).toBe('heiio');
    expect(m('he11o fr33')).toBe('heiio free');
    expect(m('日本 l')).toBe('日本 i');
  });
});

describe('normalize: long texts', () => {
  // A long word after a text must not change how the text itself is normalised (the passes that are
  // skipped when they cannot change anything must not be skipped wrongly on long texts).
  const long = 'x'.repeat(300);
  const unit = fc.constantFrom(
    'a',
    'B',
    ' ',
    '.',
    '-',
    '*',
    '·',
    'é',
    'Т',
    'е',
    'α',
    '刷',
    'ก',
    '🔥',
    '\u200b',
    '1',
    '3',
    'l',
    '@',
    '$',
    'e\u0301',
  );
  it('joins spaced words and folds homoglyphs exactly as in a short text', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 50 }), (text) => {
        const short = normalize(text);
        const expected = `${short.text} ${long}`.replace(/ +/g, ' ').replace(/^ /, '');
        const expectedMatch = `${short.match} ${long}`.replace(/ +/g, ' ').replace(/^ /, '');
        const n = normalize(`${text}\n${long}`);
        expect(n.text).toBe(expected);
        // The matching view too: long texts fold leetspeak by patches, short ones unit by unit.
        expect(n.match).toBe(expectedMatch);
      }),
      { numRuns: 2000 },
    );
    expect(normalize(`T e l e g r a m and c.u.s.t.o.m.e.r, not U.S.A. ${long}`).text).toContain('telegram and customer, not u.s.a.');
  });
  it('gives every fixture case text the same matching view long as short', () => {
    // Long texts take matchString's long path (one upper-case test, then patches); short ones the unit-by-unit
    // view. Real texts (tests/fixtures/cases) pin that the two agree beyond the generated ones above.
    const dir = path.resolve(__dirname, '../../tests/fixtures/cases');
    const texts = readdirSync(dir).flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text?: unknown }).text)
        .filter((t): t is string => typeof t === 'string' && t.length < 256),
    );
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) {
      const expectedMatch = `${normalize(text).match} ${long}`.replace(/ +/g, ' ').replace(/^ /, '');
      expect(normalize(`${text}\n${long}`).match).toBe(expectedMatch);
    }
  });
});

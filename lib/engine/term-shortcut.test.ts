// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm } from './normalize';
import { foldWord, plainTermText, SHORTCUT_CLASSES } from './term-shortcut';

/** The full path's answer for a term: normalize() has no shortcut. */
const full = (term: string) => {
  const n = normalize(term);
  return { text: n.text.trim(), match: n.match.trim() };
};

/** Every code unit of a class written as "a-z\u00c0-\u00d6…". */
function unitsOf(cls: string): string[] {
  const src = new RegExp(`^[${cls}]$`);
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (!(c >= 0xd800 && c <= 0xdfff) && src.test(String.fromCharCode(c))) out.push(String.fromCharCode(c));
  return out;
}

describe('term shortcut', () => {
  it('folds every Latin and Cyrillic letter it accepts as the full path does', () => {
    const wrong = [...unitsOf(SHORTCUT_CLASSES.LATIN), ...unitsOf(SHORTCUT_CLASSES.CYRILLIC)]
      .filter((c) => c.normalize('NFKC') === c)
      .filter((c) => foldWord(c) !== normalize(c).text);
    expect(wrong).toEqual([]);
  });

  it('folds every Arabic letter, alone and with each haraka, as the full path does', () => {
    const letters = unitsOf(SHORTCUT_CLASSES.ARABIC_LETTER);
    const marks = ['', ...unitsOf(SHORTCUT_CLASSES.ARABIC_MARK)];
    const wrong: string[] = [];
    for (const l of letters)
      for (const m of marks) {
        const w = `${l}${m}${l}`;
        if (w.normalize('NFKC') === w && foldWord(w) !== normalize(w).text) wrong.push(w);
      }
    expect(wrong).toEqual([]);
  });

  it('passes every letter and mark of the uncased scripts (Kana, Bengali, Myanmar, Khmer, Ethiopic, Lao, Sinhala, Tamil) through unchanged, as the full path does', () => {
    const c = SHORTCUT_CLASSES;
    const wrong: string[] = [];
    for (const [letters, marks] of [
      [c.KANA, ''],
      [c.BENGALI_LETTER, c.BENGALI_MARK],
      [c.MYANMAR_LETTER, c.MYANMAR_MARK],
      [c.KHMER_LETTER, c.KHMER_MARK],
      [c.ETHIOPIC_LETTER, c.ETHIOPIC_MARK],
      [c.LAO_LETTER, c.LAO_MARK],
      [c.SINHALA_LETTER, c.SINHALA_MARK],
      [c.TAMIL_LETTER, c.TAMIL_MARK],
    ] as const) {
      const base = unitsOf(letters)[0]!;
      for (const u of [...unitsOf(letters), ...(marks ? unitsOf(marks) : [])]) {
        // Alone, and inside a word after a letter of its script (marks attach to a base).
        const w = `${base}${u}${base}`;
        for (const term of [u, w])
          if (term.normalize('NFKC') === term && plainTermText(term) !== undefined && plainTermText(term) !== normalize(term).text)
            wrong.push(term);
      }
    }
    expect(wrong).toEqual([]);
    expect(plainTermText('カスタマーサポート')).toBe('カスタマーサポート');
    expect(plainTermText('渡航費無料')).toBe('渡航費無料');
    expect(plainTermText('パスポートの写真')).toBe('パスポートの写真');
    expect(plainTermText('পাসপোর্টের কপি')).toBe('পাসপোর্টের কপি');
    expect(plainTermText('ပတ်စပို့ ဓာတ်ပုံ')).toBe('ပတ်စပို့ ဓာတ်ပုံ');
    expect(plainTermText('លិខិតឆ្លងដែន')).toBe('លិខិតឆ្លងដែន');
    expect(plainTermText('የፓስፖርት ፎቶ')).toBe('የፓስፖርት ፎቶ');
    expect(plainTermText('ສົ່ງພາສປອດ')).toBe('ສົ່ງພາສປອດ');
    expect(plainTermText('පාස්පෝට් කොපි')).toBe('පාස්පෝට් කොපි');
    expect(plainTermText('பாஸ்போர்ட் நகல்')).toBe('பாஸ்போர்ட் நகல்');
    // Lao ຳ changes under NFKC and the Sinhala ZWJ is removed: both stay on the full path.
    expect(plainTermText('ສຳພາດ')).toBeUndefined();
    expect(plainTermText('අවශ්\u200dය')).toBeUndefined();
    // The Khmer invisibles and the katakana middle dot stay on the full path.
    expect(plainTermText('ក\u17b4ខ')).toBeUndefined();
    expect(plainTermText('タイ・ドバイ')).toBeUndefined();
  });

  it('gives random terms of every accepted script what the full path gives', () => {
    const scripts = [
      ['a', 'B', 'l', 'é', 'Ấ', 'ư', 'ı', 'đ', 'ø', '1'],
      ['р', 'Й', 'ё', 'а', 'a'],
      ['ا', 'أ', 'ة', 'ى', 'ی', 'ک', 'َ', 'ّ', 'ـ'],
      ['क', 'ि', '़', '्', 'ष', 'ं', 'ड', '\u200d'],
      ['ก', 'ข', 'ำ', 'ู', '่', 'ๆ'],
      ['中', '工', '⼯'],
      ['한', '국'],
      ['パ', 'ス', 'ー', 'ぽ', '・', '円', 'ｶ'],
      ['প', 'া', '়', '্', 'য', 'ড়', '০'],
      ['က', 'ို', '့', '်', 'ဗ', '၀'],
      ['ក', '្', 'ល', 'ិ', '\u17b4', '៛'],
      ['ፓ', 'ስ', 'ፖ', 'ር', '፣', '፩'],
      ['ສ', 'ົ', '່', 'ງ', 'ຳ', 'ໜ', '໑'],
      ['ප', 'ා', 'ස', '්', '\u200d', 'ය', 'ෝ'],
      ['ப', 'ா', 'ஸ', '்', 'ொ', 'ஔ', '௧'],
      ['қ', 'Ә', 'ү', 'ң', 'ґ', 'ҳ', 'ӧ', '\u0483'],
    ];
    const word = fc.oneof(...scripts.map((u) => fc.string({ minLength: 1, maxLength: 5, unit: fc.constantFrom(...u) })));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '-', '  '), (words, sep) => {
        const term = words.join(sep);
        expect(normalizeTerm(term)).toEqual(full(term));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the common pack terms and leaves the rest to the full path', () => {
    expect(plainTermText('tuyển dụng gấp')).toBe('tuyen dung gap');
    expect(plainTermText('Работа')).toBe('работа');
    expect(plainTermText('Жұмыс ҚАЖЕТ')).toBe('жұмыс қажет');
    expect(plainTermText('وظيفة')).toBe('وظيفه');
    expect(plainTermText('नौकरी')).toBe('नौकरी');
    expect(plainTermText('no le cuentes a nadie')).toBe('no le cuentes a nadie');
    // Runs of single letters, digits, table folds and odd spacing take the full path.
    expect(plainTermText('t e l e')).toBeUndefined();
    expect(plainTermText('500 usdt')).toBeUndefined();
    expect(plainTermText('đi làm')).toBeUndefined();
    expect(plainTermText('two  spaces')).toBeUndefined();
    expect(normalizeTerm('t e l e g r a m')).toEqual(full('t e l e g r a m'));
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../lib/engine';
import { formatReport, report, type Scored } from './eval-lib';

const v = (score: number, family?: 'fee' | 'task'): Verdict => ({
  risk: score >= 40 ? 'medium' : 'none',
  score,
  signals: family ? [{ id: `${family}.x`, family, spans: [], evidence: [], explain: { found: '', why: '', todo: '' } }] : [],
});
const s = (id: string, positive: boolean, score: number, lang: string, family?: 'fee' | 'task'): Scored => ({
  row: { id, text: `text ${id}`, positive, lang, ...(family ? { family } : {}) },
  verdict: v(score, family),
  flagged: score >= 40,
});

describe('eval report', () => {
  const r = report('demo', [
    s('a', true, 80, 'en', 'fee'),
    s('b', true, 10, 'fr', 'task'),
    s('c', false, 50, 'en', 'fee'),
    s('d', false, 0, 'fr'),
    s('e', true, 45, 'en', 'task'),
  ]);
  it('computes recall and false alarms overall, by language and by family', () => {
    expect(r.recall).toEqual({ hits: 2, total: 3 });
    expect(r.falseAlarms).toEqual({ hits: 1, total: 2 });
    expect(r.byLang.get('fr')).toEqual({ recall: { hits: 0, total: 1 }, falseAlarms: { hits: 0, total: 1 } });
    expect(r.recallByFamily.get('task')).toEqual({ hits: 1, total: 2 });
    expect(r.falseAlarmsByFamily.get('fee')).toBe(1);
  });
  it('lists the worst false alarms (highest score) and misses (lowest score)', () => {
    expect(r.worstFalseAlarms.map((x) => x.row.id)).toEqual(['c']);
    expect(r.worstMisses.map((x) => x.row.id)).toEqual(['b']);
  });
  it('can leave the texts out (emscad/test)', () => {
    expect(formatReport(r, { showTexts: false })).not.toContain('text c');
    expect(formatReport(r, { showTexts: true })).toContain('text c');
  });
});

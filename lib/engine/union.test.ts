// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bundledPack } from './bundled';
import { fixtureCases } from './fixture-cases';
import { analyze, isFlagged } from './index';
import { couldWarnTogether } from './union';

const pack = bundledPack();

describe('whether signals could warn together', () => {
  it('is never below a text’s own verdict: every flagged fixture text could warn with its own signals', () => {
    const missed: string[] = [];
    for (const c of fixtureCases()) {
      const v = analyze({ text: c.text, kind: c.kind }, pack);
      if (
        isFlagged(v.risk) &&
        !couldWarnTogether(
          pack,
          v.signals.map((s) => s.id),
          c.kind,
        )
      )
        missed.push(c.id);
    }
    expect(missed).toEqual([]);
  });

  it('says yes for the pieces of a split lure, and no for job talk alone', () => {
    const ids = (text: string) => analyze({ text, kind: 'message' }, pack).signals.map((s) => s.id);
    const lure = [
      'Company in Thailand, salary 1500 USD, free flight and visa',
      'No experience needed',
      'Contact my manager on Telegram @xyz',
    ].flatMap(ids);
    expect(couldWarnTogether(pack, lure, 'message')).toBe(true);
    const chat = ['the bakery on 5th street is hiring weekend staff', 'I got the call centre job in town'].flatMap(ids);
    expect(chat.length).toBeGreaterThan(0);
    expect(couldWarnTogether(pack, chat, 'message')).toBe(false);
    expect(couldWarnTogether(pack, [], 'message')).toBe(false);
    expect(couldWarnTogether(pack, ['no.such-signal'], 'message')).toBe(false);
  });
});

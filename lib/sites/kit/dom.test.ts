import { describe, expect, it } from 'vitest';
import { liftToOutermost } from './dom';

describe('liftToOutermost', () => {
  const doc = new DOMParser().parseFromString(
    '<ul><li id="a" data-id="1"><div id="a-in" class="card" data-id="1"><p id="a-p">x</p></div></li><li id="b"><div id="b-in" class="card">y</div></li></ul>',
    'text/html',
  );
  const sel = '[data-id], .card';
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('lands a scan from inside a card on the card a whole-page scan keeps', () => {
    expect(liftToOutermost([byId('a-in')], sel).map((e) => e.id)).toEqual(['a']);
    expect(liftToOutermost([byId('a'), byId('a-in'), byId('b-in')], sel).map((e) => e.id)).toEqual(['a', 'b-in']);
  });

  it('leaves elements alone without a selector', () => {
    expect(liftToOutermost([byId('a-p')], '').map((e) => e.id)).toEqual(['a-p']);
  });
});

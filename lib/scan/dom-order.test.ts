import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { follows } from './dom-order';

const FOLLOWING = 4;
const browserSays = (node: Element, ref: Element) =>
  (ref.compareDocumentPosition(node) & FOLLOWING) !== 0 && !node.contains(ref) && !ref.contains(node);

describe('document order', () => {
  it('orders near and far siblings, cousins and nested elements as the browser does', () => {
    document.body.innerHTML = `<div id="list">${Array.from({ length: 200 }, (_, i) => `<div class="row" id="r${i}"><span id="s${i}">m${i}</span></div>`).join('')}</div><p id="after"><b id="deep">x</b></p>`;
    const $ = (id: string) => document.getElementById(id)!;
    const cases: Array<[string, string, boolean]> = [
      ['r1', 'r0', true],
      ['r0', 'r1', false],
      ['s7', 's3', true],
      ['s3', 's7', false],
      ['s150', 's2', true], // far apart: the browser decides
      ['s2', 's150', false],
      ['deep', 's199', true],
      ['s199', 'deep', false],
      ['s5', 'r5', false], // nested: neither follows
      ['r5', 's5', false],
      ['r5', 'r5', false],
    ];
    for (const [node, ref, expected] of cases) expect(follows($(node), $(ref)), `${node} after ${ref}`).toBe(expected);
  });

  it('agrees with compareDocumentPosition on random trees', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 120 }), fc.nat(), fc.nat(), (parents, x, y) => {
        // Element k (k ≥ 1) is appended to element parents[k] % k: a random tree of parents.length elements.
        const els: Element[] = [document.createElement('div')];
        for (let k = 1; k < parents.length; k++) {
          const el = document.createElement('div');
          els[parents[k]! % k]!.append(el);
          els.push(el);
        }
        document.body.replaceChildren(els[0]!);
        const a = els[x % els.length]!;
        const b = els[y % els.length]!;
        expect(follows(a, b)).toBe(browserSays(a, b));
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import mini from '../rules/testdata/mini.json';
import { validatePack } from '../rules/validate';
import { analyze } from './analyze';
import { bundledPack } from './bundled';
import { compilePack, compilePackInSlices } from './compile';

const result = validatePack(mini);
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const pack = result.value;

describe('compilePackInSlices', () => {
  it('pauses between slices and builds the same matcher as compilePack', async () => {
    let pauses = 0;
    // A zero budget pauses after every step: the most slices the compile can be cut into.
    const sliced = await compilePackInSlices(
      bundledPack().pack,
      async () => {
        pauses++;
      },
      0,
    );
    const once = bundledPack();
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.entries).toEqual(once.entries);
    expect(sliced.signals).toEqual(once.signals);
    expect(sliced.combos).toEqual(once.combos);
    expect(sliced.automaton.size).toBe(once.automaton.size);
    const text = 'Office job in Sihanoukville, flight and visa paid, send your passport on Telegram t.me/hr_kh';
    expect(analyze({ text }, sliced)).toEqual(analyze({ text }, once));
  });

  it('reports main-thread time without the pauses', async () => {
    const sliced = await compilePackInSlices(pack, () => new Promise((resolve) => setTimeout(resolve, 30)), 0);
    const once = compilePack(pack);
    expect(sliced.compileMs).toBeLessThan(30);
    expect(sliced.entries).toEqual(once.entries);
  });
});

// @vitest-environment node
/**
 * A restored snapshot must be the compiled pack itself: same verdicts as a fresh compile on every fixture
 * case and on random texts built from pack terms, after the JSON round trip storage.local puts it through;
 * and anything that is not a sound snapshot of this pack gives null (the caller then compiles), never a
 * throw or a different matcher.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../rules';
import type { Pack } from '../rules/schema';
import { type CompiledPack, compilePack } from './compile';
import { fixtureCases } from './fixture-cases';
import { analyze } from './index';
import {
  engineFingerprint,
  packHash,
  restoreCompiled,
  restoreCompiledInSlices,
  SNAPSHOT_FORMAT,
  type Snapshot,
  snapshotOf,
} from './snapshot';
import type { ItemKind } from './types';

function loadPack(url: URL): Pack {
  const v = validatePack(JSON.parse(readFileSync(url, 'utf8')), { checkRedos: false });
  if (!v.ok) throw new Error(`${url}: ${JSON.stringify(v.errors.slice(0, 3))}`);
  return v.value;
}

const PACKS: Array<[string, Pack]> = [
  ['bundled', loadPack(new URL('../../public/rules/core.json', import.meta.url))],
  ['mini', loadPack(new URL('../rules/testdata/mini.json', import.meta.url))],
];

const cases = fixtureCases();

/** What storage.local does to a value: JSON in, JSON out. */
const throughStorage = (s: Snapshot): unknown => JSON.parse(JSON.stringify(s));

/** A verdict (risk, score, signals with spans): compared whole. */
function verdictOf(pack: CompiledPack, text: string, kind: ItemKind, lang?: string): unknown {
  return analyze(lang === undefined ? { text, kind } : { text, kind, lang }, pack);
}

describe.each(PACKS)('snapshot of the %s pack', (_name, pack) => {
  const fresh = compilePack(pack);
  const snapshot = snapshotOf(fresh);
  const restored = restoreCompiled(pack, throughStorage(snapshot));

  it('restores after a JSON round trip, with the same automaton and entries', () => {
    expect(restored).not.toBeNull();
    expect(restored!.automaton.size).toBe(fresh.automaton.size);
    expect(restored!.entries).toEqual(fresh.entries);
    expect(restored!.signals).toEqual(fresh.signals);
    expect(restored!.combos).toEqual(fresh.combos);
    expect(restored!.patterns.map((p) => [p.signal, p.window, p.re.source, p.re.flags])).toEqual(
      fresh.patterns.map((p) => [p.signal, p.window, p.re.source, p.re.flags]),
    );
    expect(restored!.byEntity).toEqual(fresh.byEntity);
    expect(restored!.byCheck).toEqual(fresh.byCheck);
    expect(restored!.pack).toBe(pack);
  });

  it('restores in slices, pausing between steps, to the same matcher', async () => {
    let pauses = 0;
    const sliced = await restoreCompiledInSlices(pack, throughStorage(snapshot), async () => void pauses++, 0);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect(sliced!.entries).toEqual(fresh.entries);
    expect(sliced!.automaton.toArrays()).toEqual(fresh.automaton.toArrays());
    expect(await restoreCompiledInSlices(pack, { ...snapshot, checksum: '0' }, async () => {}, 0)).toBeNull();
  });

  it('gives the same verdict as a fresh compile on every fixture case', () => {
    expect(cases.length).toBeGreaterThan(500);
    for (const c of cases) {
      expect(verdictOf(restored!, c.text, c.kind, c.lang), c.id).toEqual(verdictOf(fresh, c.text, c.kind, c.lang));
    }
  });

  it('gives the same verdict as a fresh compile on random texts made of pack terms', () => {
    const terms = pack.signals.flatMap((s) => [...Object.values(s.terms ?? {}).flat(), ...(s.patterns ?? []).flatMap((p) => p.anchors)]);
    const piece = fc.oneof(
      fc.constantFrom(...terms),
      fc.constantFrom(' ', '. ', '\n', '5000 USDT ', '@', 'https://t.me/x '),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), fc.constantFrom<ItemKind>('message', 'posting'), (parts, kind) => {
        const text = parts.join('');
        expect(verdictOf(restored!, text, kind)).toEqual(verdictOf(fresh, text, kind));
      }),
      { numRuns: 300 },
    );
  });
});

describe('snapshots that must not be used', () => {
  const pack = PACKS[1]![1];
  const good = throughStorage(snapshotOf(compilePack(pack))) as Snapshot;
  const edit = (change: (s: Snapshot) => void): unknown => {
    const s = structuredClone(good);
    change(s);
    return s;
  };

  it('accepts the untouched copy (so every rejection below is the edit)', () => {
    expect(restoreCompiled(pack, good)).not.toBeNull();
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'snapshot'],
    ['an empty object', {}],
    ['another format', edit((s) => (s.format = SNAPSHOT_FORMAT + 1))],
    ['another engine', edit((s) => (s.engine = `${SNAPSHOT_FORMAT}:00000000`))],
    ['another pack version', edit((s) => (s.pack.version += 1))],
    ['another pack id', edit((s) => (s.pack.id = 'other'))],
    ['another pack hash', edit((s) => (s.pack.hash = '00000000'))],
    ['a truncated label array', edit((s) => (s.label = s.label.slice(0, -8)))],
    ['truncated int arrays', edit((s) => (s.ints = s.ints.slice(0, -8)))],
    ['a node count that disagrees', edit((s) => (s.counts.nodes -= 1))],
    ['an output count that disagrees', edit((s) => (s.counts.outputs += 1))],
    ['an entry count that disagrees', edit((s) => (s.counts.entries += 1))],
    ['keys cut short', edit((s) => (s.keys = s.keys.slice(1)))],
    ['not base64', edit((s) => (s.ints = '!!!not base64!!!'))],
    ['an array of numbers instead of base64', edit((s) => ((s as unknown as { label: number[] }).label = [1, 2, 3]))],
    ['a changed checksum', edit((s) => (s.checksum = '00000000'))],
    ['a pattern missing', edit((s) => s.patterns.pop())],
    ['a pattern that is not a regex', edit((s) => (s.patterns[0] = '(unclosed'))],
    ['missing arrays', edit((s) => delete (s as Partial<Snapshot>).ints)],
  ])('%s gives null', (_what, value) => {
    expect(restoreCompiled(pack, value)).toBeNull();
  });

  it('a snapshot of another pack gives null', () => {
    const bundled = PACKS[0]![1];
    expect(restoreCompiled(bundled, good)).toBeNull();
    // Same id and version, one term different: the pack hash tells them apart.
    const changed: Pack = structuredClone(pack);
    const s = changed.signals.find((x) => x.terms?.en?.length)!;
    s.terms!.en![0] = `${s.terms!.en![0]} extra`;
    expect(packHash(changed)).not.toBe(packHash(pack));
    expect(restoreCompiled(changed, good)).toBeNull();
  });

  it('any single changed character in an array gives null or the same matcher, never a throw', () => {
    const fresh = compilePack(pack);
    const fields = ['ints', 'label', 'keys'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.nat(),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
        (field, at, ch) => {
          const s = structuredClone(good);
          const str = s[field];
          const i = at % str.length;
          s[field] = str.slice(0, i) + ch + str.slice(i + 1);
          const r = restoreCompiled(pack, s);
          if (r)
            expect(verdictOf(r, 'free flight visa and accommodation provided, pay 500 USDT', 'posting')).toEqual(
              verdictOf(fresh, 'free flight visa and accommodation provided, pay 500 USDT', 'posting'),
            );
          return true;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the engine fingerprint carries the format number', () => {
    expect(engineFingerprint().startsWith(`${SNAPSHOT_FORMAT}:`)).toBe(true);
  });
});

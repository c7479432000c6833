// @vitest-environment node
/**
 * The worked regional pack (packs/sea-migrants, issue 7): it validates from its YAML source, merges
 * with the core pack without conflicts, its cases get their verdicts on the merged pack, and the whole
 * NGO workflow (keygen → build with --core and --cases → sign → verify) works from the CLI.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { compilePack } from '../../../lib/engine/compile';
import { mergeVerified } from '../../../lib/engine/merge-verified';
import { selfTest } from '../../../lib/engine/self-test';
import { isFlagged } from '../../../lib/engine/types';
import type { Pack } from '../../../lib/rules/schema';
import { parseCases, runCases } from '../../../tools/pack/cases';
import { main } from '../../../tools/pack/cli';
import { parsePackSource } from '../../../tools/pack/source';

const root = path.resolve(__dirname, '../../..');
const PACK = path.join(root, 'packs/sea-migrants/pack.yaml');
const CASES = path.join(root, 'packs/sea-migrants/cases.jsonl');
const CORE = path.join(root, 'public/rules/core.json');

async function load(file: string): Promise<Pack> {
  const r = parsePackSource(await readFile(file, 'utf8'), file);
  if (!r.ok) throw new Error(`${file}: ${r.errors.map((e) => `${e.line}: ${e.path}: ${e.message}`).join('; ')}`);
  return r.value;
}

describe('packs/sea-migrants', () => {
  let regional: Pack;
  let core: Pack;
  beforeAll(async () => {
    [regional, core] = await Promise.all([load(PACK), load(CORE)]);
  });

  it('validates and passes its own self-test', () => {
    expect(regional.id).toBe('ngo-sea-migrants');
    expect(selfTest(compilePack(regional))).toEqual([]);
  });

  it('has explanations in Indonesian, Vietnamese and Tagalog for every key it uses', () => {
    const keys = new Set([...regional.signals.map((s) => s.explain), ...regional.combos.map((c) => c.explain)]);
    for (const key of keys) expect(Object.keys(regional.explanations[key] ?? {}).sort(), key).toEqual(['en', 'id', 'tl', 'vi']);
  });

  it('merges with the core pack without being skipped and without conflicts', () => {
    const merged = mergeVerified(core, [regional]);
    expect(merged.merged).toEqual([{ id: regional.id, version: regional.version }]);
    // A core release may re-weight a signal this pack extends; that is reported, and nothing else may be.
    expect(merged.conflicts.filter((c) => !(c.action === 'kept-existing' && c.path.endsWith('.weight')))).toEqual([]);
    // It extends the core's tourist-visa signal instead of redefining it.
    const visa = merged.pack.signals.find((s) => s.id === 'trafficking.tourist-visa')!;
    expect(visa.explain).toBe(core.signals.find((s) => s.id === 'trafficking.tourist-visa')!.explain);
    expect(visa.terms?.id).toEqual(expect.arrayContaining(['visa ziarah']));
  });

  it('gives every case its verdict on the merged pack, and catches what the core alone misses', async () => {
    const parsed = parseCases(await readFile(CASES, 'utf8'), CASES);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const merged = mergeVerified(core, [regional]).compiled;
    expect(runCases(parsed.cases, merged)).toEqual([]);
    const langs = new Set(parsed.cases.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['id', 'tl', 'vi']);
    // The pack is worth shipping: most of its scam cases are not flagged by the core pack alone.
    const coreOnly = compilePack(core);
    const scams = parsed.cases.filter((c) => c.label === 'scam');
    const newlyCaught = scams.filter((c) => !isFlagged(analyze({ text: c.text, ...(c.kind ? { kind: c.kind } : {}) }, coreOnly).risk));
    expect(scams.length).toBeGreaterThanOrEqual(12);
    expect(newlyCaught.length).toBeGreaterThanOrEqual(scams.length / 2);
  });

  describe('through the pack CLI', () => {
    let dir: string;
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
    beforeAll(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'lw-sea-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('builds with --core and --cases, signs and verifies', async () => {
      const key = path.join(dir, 'ngo.key');
      expect(await main(['keygen', '--out', key], io)).toBe(0);
      const pub = out.find((l) => l.startsWith('public key: '))!.slice('public key: '.length);
      const feed = path.join(dir, 'feed');
      const code = await main(['build', PACK, '--out', feed, '--core', CORE, '--cases', CASES, '--key', key], io);
      expect(err).toEqual([]);
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(/cases\.jsonl: (\d+)\/\1 cases pass/);
      expect(await main(['verify', '--dir', feed, '--pubkey', pub], io)).toBe(0);
      const served = JSON.parse(await readFile(path.join(feed, 'pack.json'), 'utf8')) as Pack;
      expect(served).toEqual(regional);
    });

    it('refuses to build when a case fails, naming the case line, and writes nothing', async () => {
      const badCases = path.join(dir, 'bad.jsonl');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(
        badCases,
        '{"id":"calm","text":"Ang pinsan ko OFW sa Saudi.","label":"legit"}\n{"id":"missed","text":"Magandang umaga po!","label":"scam"}\n',
      );
      err.length = 0;
      const feed = path.join(dir, 'not-written');
      expect(await main(['build', PACK, '--out', feed, '--core', CORE, '--cases', badCases], io)).toBe(2);
      expect(err.join('\n')).toContain(`${badCases}:2: missed: should warn`);
      await expect(readFile(path.join(feed, 'pack.json'))).rejects.toThrow();
    });
  });
});

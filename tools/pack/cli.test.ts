// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledPack } from '../../lib/engine/bundled';
import { main } from './cli';

let dir: string;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
const run = (...args: string[]) => main(args, io);

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lw-pack-'));
  out = [];
  err = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The bundled pack: a real, valid pack whose examples pass. */
function bundledCopy() {
  return structuredClone(bundledPack().pack);
}

async function writeSource(mutate?: (p: Record<string, unknown>) => void): Promise<string> {
  const pack = bundledCopy() as unknown as Record<string, unknown>;
  mutate?.(pack);
  const file = path.join(dir, 'src.json');
  await writeFile(file, JSON.stringify(pack, null, 2));
  return file;
}

describe('tools/pack', () => {
  it('keygen → build → sign → verify, and verify catches tampering', async () => {
    const key = path.join(dir, 'k.key');
    expect(await run('keygen', '--out', key)).toBe(0);
    const pub = out.find((l) => l.startsWith('public key: '))!.slice('public key: '.length);
    expect(await run('keygen', '--out', key)).toBe(2); // never overwrites a secret key
    const feed = path.join(dir, 'feed');
    expect(await run('build', await writeSource(), '--out', feed)).toBe(0);
    expect(await run('verify', '--dir', feed, '--pubkey', pub)).toBe(1);
    expect(err.pop()).toMatch(/no signature/);
    expect(await run('sign', '--dir', feed, '--key', key)).toBe(0);
    expect(await run('verify', '--dir', feed, '--pubkey', pub)).toBe(0);
    expect(out.pop()).toMatch(/^OK: /);
    expect((await readFile(path.join(feed, 'pack.json.sig'), 'utf8')).trim()).toMatch(/^[A-Za-z0-9+/]{86}==$/);

    // Shipped keys do not know this key.
    expect(await run('verify', '--dir', feed)).toBe(1);
    expect(err.pop()).toMatch(/unknown key/);

    const packFile = path.join(feed, 'pack.json');
    const bytes = await readFile(packFile, 'utf8');
    await writeFile(packFile, bytes.replace('"version": ', '"version": 1'));
    expect(await run('verify', '--dir', feed, '--pubkey', pub)).toBe(1);
    expect(err.pop()).toMatch(/truncated or altered/);
    expect(await run('sign', '--dir', feed, '--key', key)).toBe(2);
    expect(err.pop()).toMatch(/run build again/);
  });

  it('build refuses an invalid pack with the line of the problem, and writes nothing', async () => {
    const src = await writeSource((p) => {
      (p.signals as { weight: unknown }[])[0]!.weight = 'heavy';
    });
    expect(await run('build', src, '--out', path.join(dir, 'feed'))).toBe(2);
    expect(err[0]).toMatch(/src\.json:\d+: .*signals\[0\]\.weight/);
    await expect(readFile(path.join(dir, 'feed', 'pack.json'))).rejects.toThrow();
  });

  it('build refuses a pack whose examples fail', async () => {
    const src = await writeSource((p) => {
      (p.examples as unknown[]).push({ text: 'Lunch at noon?', kind: 'message', expect: 'high' });
    });
    expect(await run('build', src, '--out', path.join(dir, 'feed'))).toBe(2);
    expect(err.join('\n')).toMatch(/self-test failed/);
  });

  it('build reads YAML sources', async () => {
    const { stringify } = await import('yaml');
    const file = path.join(dir, 'src.yaml');
    await writeFile(file, stringify(bundledCopy()));
    expect(await run('build', file, '--out', path.join(dir, 'feed'))).toBe(0);
  });

  it('prints usage for unknown commands', async () => {
    expect(await run('frobnicate')).toBe(2);
    expect(err[0]).toMatch(/usage/);
  });
});

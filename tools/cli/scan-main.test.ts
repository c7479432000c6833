// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan } from './scan-main';

async function scan(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScan(argv, { out: (t) => out.push(t), err: (t) => err.push(t), readStdin: async () => stdin });
  return { code, out, err };
}

const MINI = path.join(process.cwd(), 'lib/rules/testdata/mini.json');

describe('scan CLI', () => {
  it('turns plain text into a human-readable verdict', async () => {
    const r = await scan(['--pack', MINI], 'Customer service job in Sihanoukville, free flight, no experience needed. DM t.me/hr_asia\n');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/^Risk: HIGH \(score \d+\/100\)/);
    expect(r.out.join('\n')).toContain('"Sihanoukville"');
  });

  it('answers JSONL line by line, in order, and goes on after unreadable lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'free flight to Sihanoukville, no experience needed', extra: 1 }),
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', text: 'see you at 5', kind: 'message' }),
      JSON.stringify({ id: 'd', text: 'x', kind: 'tweet' }),
    ].join('\n');
    const r = await scan(['--jsonl', '--pack', MINI], `${input}\n`);
    expect(r.code).toBe(0);
    const lines = r.out.map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({
      id: 'a',
      risk: 'medium',
      signals: expect.arrayContaining([{ id: 'trafficking.paid-travel', family: 'trafficking', evidence: ['free flight'] }]),
    });
    expect(Object.keys(lines[0]).sort()).toEqual(['id', 'risk', 'score', 'signals']);
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('not JSON') });
    expect(lines[2]).toEqual({ id: 'b', error: 'missing "text" (a string)' });
    expect(lines[3]).toEqual({ id: 'c', risk: 'none', score: 0, signals: [] });
    expect(lines[4]).toMatchObject({ id: 'd', error: expect.stringContaining('kind') });
  });

  it('reads a file argument', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lw-scan-'));
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 1, text: 'hello' })}\n`);
    const r = await scan(['--jsonl', '--pack', MINI, file]);
    expect(r.out).toEqual(['{"id":1,"risk":"none","score":0,"signals":[]}']);
  });

  it('refuses an invalid pack with the rule and the problem, exit 2', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lw-scan-'));
    const file = path.join(dir, 'pack.json');
    writeFileSync(file, readFileSync(MINI, 'utf8').replace('"explain": "destination"', '"explain": "nowhere"'));
    const r = await scan(['--pack', file], 'x');
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/pack\.json:\d+: trafficking\.destination: signals\[1\]\.explain: explain key "nowhere" has no entry/);
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await scan(['--kind', 'tweet'])).code).toBe(2);
    expect((await scan(['--nope'])).code).toBe(2);
  });
});

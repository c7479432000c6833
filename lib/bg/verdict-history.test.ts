import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabReport } from '../messaging';
import { noPolicyMirror, writePolicyMirror } from '../policy/mirror';
import { getDb } from '../store/db';
import { recordNewFlags } from './verdict-history';

const report = (keys: string[]): TabReport => ({
  url: 'https://jobs.example/feed',
  site: 'jobs.example',
  scanned: 5,
  status: 'ok',
  updatedAt: 1,
  flagged: keys.map((key) => ({
    key,
    kind: 'posting',
    text: 'Pay the fee',
    site: 'jobs.example',
    verdict: { risk: 'high', score: 80, signals: [] },
  })),
});

beforeEach(async () => {
  fakeBrowser.reset();
  await (await getDb())?.verdicts.clear();
});

describe('recordNewFlags', () => {
  it('records only items not flagged in the previous report', async () => {
    expect(await recordNewFlags(null, report(['a', 'b']), 10)).toBe(2);
    expect(await recordNewFlags(report(['a', 'b']), report(['a', 'b', 'c']), 11)).toBe(1);
    expect(await (await getDb())?.verdicts.count()).toBe(3);
  });

  it('keeps nothing when managed policy switches history off', async () => {
    await writePolicyMirror({ ...noPolicyMirror(), features: { ...noPolicyMirror().features, history: false } });
    expect(await recordNewFlags(null, report(['a', 'b']), 10)).toBe(0);
    expect(await (await getDb())?.verdicts.count()).toBe(0);
  });
});

import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../crypto/signature';
import { type InstalledPack, openDb, tryWrite, type VerdictRecord } from './db';
import { addFeedback, listFeedback } from './feedback';
import { clearHistory, pruneHistory, recordVerdicts, siteHistory } from './history';
import { KEEP_VERSIONS, latestInstalledPack, saveInstalledPack } from './installed-packs';
import { appendRefreshLog, REFRESH_LOG_CAP, readRefreshLog } from './refresh-log';

let n = 0;
const fresh = () => ({ name: `lw-test-${++n}`, options: { indexedDB: new IDBFactory(), IDBKeyRange } });
const DAY = 86_400_000;

const pack = (version: number): InstalledPack => ({
  packId: 'lurewatch-core',
  version,
  source: 'https://rules.example/core/index.json',
  keyId: '0011223344556677',
  signature: 'sig',
  sha256: 'x',
  fetchedAt: version,
  raw: `{"version":${version}}`,
});

const verdict = (site: string, at: number): VerdictRecord => ({
  site,
  at,
  kind: 'message',
  risk: 'high',
  score: 80,
  signals: ['task.vip'],
});

async function open() {
  const { name, options } = fresh();
  const res = await openDb(name, options);
  if (!res.ok) throw new Error(res.error);
  return res.db;
}

describe('LureWatch database', () => {
  const opened: Dexie[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });

  it('upgrades a version-1 database: packs get their sha256, history is kept', async () => {
    const { name, options } = fresh();
    const v1 = new Dexie(name, options);
    v1.version(1).stores({
      packs: '++id, packId, [packId+version]',
      refreshLog: '++id, at, source',
      verdicts: '++id, at, site',
      feedback: '++id, at, site',
    });
    const { sha256: _drop, ...legacy } = pack(5);
    await v1.table('packs').add(legacy);
    await v1.table('verdicts').add(verdict('jobs.example', 10));
    v1.close();

    const res = await openDb(name, options);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    opened.push(res.db);
    const upgraded = await latestInstalledPack(res.db, 'lurewatch-core');
    expect(upgraded?.sha256).toBe(sha256Hex(new TextEncoder().encode(legacy.raw)));
    expect(await siteHistory(res.db, 'jobs.example')).toHaveLength(1);
  });

  it('reports an IndexedDB that will not open as data (corrupted profile)', async () => {
    const broken = {
      open() {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      },
    };
    const res = await openDb('lw-broken', { indexedDB: broken, IDBKeyRange });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatch(/backing store|UnknownError|Internal/);
  });

  it('turns a quota-full write into a failed result instead of a throw', async () => {
    const db = await open();
    opened.push(db);
    vi.spyOn(db.packs, 'add').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const res = await tryWrite(() => saveInstalledPack(db, pack(1)));
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/QuotaExceededError/) });
  });

  it('keeps the newest pack versions only', async () => {
    const db = await open();
    opened.push(db);
    for (const v of [3, 1, 4, 2, 5]) await saveInstalledPack(db, pack(v));
    expect((await latestInstalledPack(db, 'lurewatch-core'))?.version).toBe(5);
    expect(await db.packs.count()).toBe(KEEP_VERSIONS);
  });

  it('prunes history older than the retention window and clears on request', async () => {
    const db = await open();
    opened.push(db);
    const now = 100 * DAY;
    await recordVerdicts(db, [verdict('a.example', now - 31 * DAY), verdict('a.example', now - 29 * DAY), verdict('b.example', now)], 30);
    expect(await pruneHistory(db, 30, now)).toBe(1);
    expect((await siteHistory(db, 'a.example')).map((r) => r.at)).toEqual([now - 29 * DAY]);
    await addFeedback(db, { at: now, site: 'b.example', kind: 'not-scam', risk: 'medium', signals: [] });
    expect(await listFeedback(db)).toHaveLength(1);
    await clearHistory(db);
    expect(await db.verdicts.count()).toBe(0);
    expect(await listFeedback(db)).toHaveLength(0);
  });

  it('keeps no history when retention is 0', async () => {
    const db = await open();
    opened.push(db);
    await recordVerdicts(db, [verdict('a.example', 1)], 0);
    expect(await db.verdicts.count()).toBe(0);
  });

  it('caps the refresh log', async () => {
    const db = await open();
    opened.push(db);
    for (let i = 0; i < REFRESH_LOG_CAP + 5; i++) await appendRefreshLog(db, { at: i, source: 's', outcome: 'up-to-date' });
    expect(await db.refreshLog.count()).toBe(REFRESH_LOG_CAP);
    expect((await readRefreshLog(db, 1))[0]?.at).toBe(REFRESH_LOG_CAP + 4);
  });
});

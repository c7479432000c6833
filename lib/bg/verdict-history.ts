/**
 * Records newly flagged items of a tab into the per-site verdict history (IndexedDB). A content
 * script re-reports the whole tab each time; only keys not flagged in the previous report are new.
 * Best effort: history is a convenience, protection never waits on it.
 */
import type { TabReport } from '../messaging';
import { loadPolicyMirror } from '../policy/mirror';
import { getDb, tryWrite } from '../store/db';
import { recordVerdicts } from '../store/history';
import { loadSettings } from '../store/settings-store';

export async function recordNewFlags(prev: TabReport | null, next: TabReport, now = Date.now()): Promise<number> {
  const seen = new Set(prev && prev.url === next.url ? prev.flagged.map((f) => f.key) : []);
  const fresh = next.flagged.filter((f) => !seen.has(f.key));
  if (!fresh.length) return 0;
  // Managed policy can switch history off (issue 7: shared computers at a job centre): nothing is kept.
  if (!(await loadPolicyMirror()).features.history) return 0;
  const db = await getDb();
  if (!db) return 0;
  const { historyRetentionDays } = await loadSettings();
  const records = fresh.map((f) => ({
    at: now,
    site: f.site || next.site,
    kind: f.kind,
    risk: f.verdict.risk,
    score: f.verdict.score,
    signals: f.verdict.signals.map((s) => s.id),
  }));
  const res = await tryWrite(() => recordVerdicts(db, records, historyRetentionDays));
  return res.ok ? records.length : 0;
}

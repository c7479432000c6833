import { describe, expect, it } from 'vitest';
import type { FeedbackRecord } from '../store/db';
import { buildExport, exportCsv, exportJson } from './reports';

const records: FeedbackRecord[] = [
  {
    at: Date.UTC(2026, 10, 2),
    site: 'jobs.example',
    kind: 'not-scam',
    risk: 'medium',
    signals: ['context.off-platform'],
    sender: '=cmd|calc',
  },
  { at: Date.UTC(2026, 10, 1), site: 'chat.example', kind: 'report', risk: 'high', signals: ['fee.upfront', 'trafficking.paid-travel'] },
];

describe('NGO export', () => {
  it('splits reports from feedback, oldest first, with ISO dates', () => {
    const doc = buildExport(records, Date.UTC(2026, 10, 3), '0.1.0');
    expect(doc.reports).toEqual([
      { at: '2026-11-01T00:00:00.000Z', site: 'chat.example', risk: 'high', signals: ['fee.upfront', 'trafficking.paid-travel'] },
    ]);
    expect(doc.feedback[0]?.sender).toBe('=cmd|calc');
    expect(JSON.parse(exportJson(doc))).toEqual(doc);
  });

  it('writes a CSV row per record with formulas neutralised', () => {
    const csv = exportCsv(buildExport(records, 0, '0.1.0'));
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('type,at,site,risk,signals,sender');
    expect(lines[1]).toBe('report,2026-11-01T00:00:00.000Z,chat.example,high,fee.upfront trafficking.paid-travel,');
    expect(lines[2]).toBe("not-scam,2026-11-02T00:00:00.000Z,jobs.example,medium,context.off-platform,'=cmd|calc");
  });
});

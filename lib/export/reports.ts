/**
 * What "export my reports" produces for an NGO: the user's local reports and "not a scam" feedback,
 * as JSON (for tools) and CSV (for spreadsheets). Records hold no page text by design
 * (lib/store/db.ts FeedbackRecord): the site, the verdict, the signal ids and a sender name at most.
 */
import type { FeedbackRecord } from '../store/db';
import { toCsv } from './csv';

export const EXPORT_FORMAT = 1;

export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  generator: string;
  exportedAt: string;
  reports: ExportRow[];
  feedback: ExportRow[];
}

export interface ExportRow {
  at: string;
  site: string;
  risk: FeedbackRecord['risk'];
  signals: string[];
  sender?: string;
}

function row(r: FeedbackRecord): ExportRow {
  return {
    at: new Date(r.at).toISOString(),
    site: r.site,
    risk: r.risk,
    signals: [...r.signals],
    ...(r.sender ? { sender: r.sender } : {}),
  };
}

/** Oldest first, split into reports and "not a scam" feedback. */
export function buildExport(records: readonly FeedbackRecord[], now: number, version: string): ExportDocument {
  const sorted = [...records].sort((a, b) => a.at - b.at);
  return {
    format: EXPORT_FORMAT,
    generator: `LureWatch ${version}`,
    exportedAt: new Date(now).toISOString(),
    reports: sorted.filter((r) => r.kind === 'report').map(row),
    feedback: sorted.filter((r) => r.kind === 'not-scam').map(row),
  };
}

export function exportJson(doc: ExportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export const CSV_COLUMNS = ['type', 'at', 'site', 'risk', 'signals', 'sender'] as const;

export function exportCsv(doc: ExportDocument): string {
  const rows = [
    ...doc.reports.map((r) => ['report', r.at, r.site, r.risk, r.signals.join(' '), r.sender]),
    ...doc.feedback.map((r) => ['not-scam', r.at, r.site, r.risk, r.signals.join(' '), r.sender]),
  ];
  return toCsv(CSV_COLUMNS, rows);
}

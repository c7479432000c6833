/**
 * One report per tab to the background (issue 4: "Results go to the background as typed messages, one
 * report per tab"), debounced: a chat loading 2,000 messages sends a handful of reports, not 2,000.
 * Item texts are trimmed to what the popup quotes; they go to our own background only, never off-device.
 */
import type { FlaggedItem, TabReport } from '../messaging';
import type { FlaggedEntry, ScanSnapshot } from './scanner';

export const MAX_REPORTED_ITEMS = 50;
export const MAX_REPORTED_TEXT = 500;

const RISK_ORDER = { none: 0, low: 1, medium: 2, high: 3 } as const;

export function toFlaggedItem(entry: FlaggedEntry, site: string): FlaggedItem {
  const text = entry.found.text.length > MAX_REPORTED_TEXT ? `${entry.found.text.slice(0, MAX_REPORTED_TEXT - 1)}…` : entry.found.text;
  // The adapter id ("whatsapp", "generic") tells the popup where the item came from; the host is the fallback.
  const item: FlaggedItem = { key: entry.key, kind: entry.found.kind, text, site: entry.found.site ?? site, verdict: entry.verdict };
  if (entry.found.sender) item.sender = entry.found.sender;
  return item;
}

export function buildReport(snapshot: ScanSnapshot, url: string, site: string, status: TabReport['status'], now: number): TabReport {
  const flagged = [...snapshot.flagged]
    .sort((a, b) => RISK_ORDER[b.verdict.risk] - RISK_ORDER[a.verdict.risk] || b.verdict.score - a.verdict.score)
    .slice(0, MAX_REPORTED_ITEMS)
    .map((entry) => toFlaggedItem(entry, site));
  return { url, site, scanned: snapshot.scanned, flagged, status, updatedAt: now };
}

export interface Debouncer {
  /** Asks for a report; it is sent delayMs after the last request, or maxWaitMs after the first. */
  request(): void;
  /** Sends now if a report is pending. */
  flush(): void;
  cancel(): void;
}

export function debounce(
  send: () => void,
  timers: { setTimeout: (cb: () => void, ms: number) => number; clearTimeout: (id: number) => void; now: () => number },
  delayMs = 250,
  maxWaitMs = 1500,
): Debouncer {
  let timer: number | null = null;
  let firstAt = 0;
  const fire = () => {
    timer = null;
    send();
  };
  return {
    request() {
      const now = timers.now();
      if (timer === null) firstAt = now;
      else timers.clearTimeout(timer);
      const wait = Math.max(0, Math.min(delayMs, firstAt + maxWaitMs - now));
      timer = timers.setTimeout(fire, wait);
    },
    flush() {
      if (timer === null) return;
      timers.clearTimeout(timer);
      fire();
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
  };
}

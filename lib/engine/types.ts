/**
 * The engine's public vocabulary. Everything here is plain JSON-serialisable data: verdicts cross
 * extension contexts as messages and leave the CLI as JSONL (contract: ../shared/ARCHITECTURE.md).
 */

export type Risk = 'none' | 'low' | 'medium' | 'high';

/** Ordered from least to most risky; index comparisons rely on this order. */
export const RISK_LEVELS: readonly Risk[] = ['none', 'low', 'medium', 'high'];

/** Flagged means shown to the user as a warning by default (contract: medium or high). */
export function isFlagged(risk: Risk): boolean {
  return risk === 'medium' || risk === 'high';
}

export type ItemKind = 'posting' | 'message';

/** Scam families (../shared/DOMAIN.md §1 a–h, plus the structural checks of §2). */
export type Family =
  | 'trafficking' // (a) scam-centre lures: overseas office jobs, paid travel, passports
  | 'task' // (b) task / "optimization" / order-brushing scams
  | 'fee' // (c) upfront fees
  | 'cheque' // (d) fake cheque / equipment purchase
  | 'mule' // (e) money mule, payment agent, reshipping
  | 'identity' // (f) ID, SSN, bank-login harvesting
  | 'impersonation' // (g) fake recruiters, free-mail HR, chat-only interviews
  | 'romance' // (h) "wrong number" openers, crypto mentors
  | 'context'; // generic context: job talk, pay anomalies, urgency, off-platform contact

/** Structured fields a site adapter may know (schema.org JobPosting and similar). */
export interface PostingFields {
  title?: string;
  hiringOrganization?: string;
  hiringOrganizationUrl?: string;
  location?: string;
  remote?: boolean;
  salary?: { min?: number; max?: number; currency?: string; unit?: 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' };
  datePosted?: string;
  applyUrls?: string[];
}

/** One thing to judge: a posting or a message. The engine never learns where it came from. */
export interface Item {
  text: string;
  kind?: ItemKind;
  /** BCP-47 language hint; the engine also detects script on its own. */
  lang?: string;
  url?: string;
  /** Link targets found next to the text (hrefs), which may not appear in the text itself. */
  links?: string[];
  fields?: PostingFields;
}

/** A half-open [start, end) range of UTF-16 code units in the ORIGINAL item text. */
export interface Span {
  start: number;
  end: number;
}

export interface SignalHit {
  /** Stable rule id from the pack, e.g. "trafficking.paid-travel". */
  id: string;
  family: Family;
  /** Where in Item.text the evidence sits; may be empty for structural signals (fields, links). */
  spans: Span[];
  /** Evidence quoted from the original text (or a link/field) for display and the CLI. */
  evidence: string[];
  /** i18n keys: what was found, why it matters, what to do. Resolved by the UI, never by the engine. */
  explain: { found: string; why: string; todo: string };
}

export interface Verdict {
  risk: Risk;
  /** 0–100. */
  score: number;
  signals: SignalHit[];
}

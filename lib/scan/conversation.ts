/**
 * Conversation context: judges a sender's recent incoming messages together.
 *
 * Recruiters in scam-centre and fake-recruiter chats split the lure over several short messages
 * (DOMAIN.md §1a: overseas office job, paid flight and visa, "no experience", then the passport; §1g:
 * chat-only recruiters who move you to Telegram): "Hi dear, looking for a job?" / "Company in Thailand,
 * 1500 USD, free flight and visa" / "No experience needed" / "Send your passport photo to my manager on
 * Telegram". Each alone stays below medium; read together they are the classic lure. The engine judges
 * one item at a time and stays DOM-free, so this unit keeps, per conversation and sender, the last few
 * incoming message texts in page order and hands the engine their joined text as one more item.
 *
 * Rules, each with its reason:
 * - Only incoming messages (kind "message") with a known sender join; the user's own messages neither
 *   join nor break the sender's run (a reply between two lure messages is how these chats go), and every
 *   sender of a group chat has a window of its own. Without a sender there is no telling whose thread a
 *   message continues, so nothing is joined.
 * - A message flagged alone keeps its own verdict: the window is read only for messages below medium.
 * - The engine scores a text by the SET of signals fired in it (lib/engine/analyze.ts: combos check
 *   which signals fired, not where; lib/engine/score.ts), so the window's verdict is, but for rare
 *   phrases across a line break, that of the union of its messages' own signals. Hence the window is
 *   judged only when it can say more than was already known:
 *   - the new message fires a signal no earlier message of the window fired (else the window says what
 *     the window before it said, and a message adding nothing is not where a lure "becomes clear");
 *   - an earlier message fired a signal too (else the window is the new message alone);
 *   - it can reach medium at all: score.ts canWarn needs a signal of a scam family (not generic
 *     context) or a combo, and the pack's combos of context signals alone need three signals
 *     (conversation.test.ts checks that on the bundled pack);
 *   - nothing in it is shown at high already (a window cannot be riskier than that).
 *   This is also what keeps the cost down: an everyday group chat full of job talk fires the same
 *   "job" signal again and again, and never gets past the first rule.
 * - The window's verdict flags the message only when the message contributes evidence to it and it is
 *   riskier than any warning already shown within the window: one warning where the lure becomes clear
 *   (and one more if it turns from medium to high), not one on every later "hello?".
 * - Cost per message: at most one extra analyze, cached by the joined text's hash (a rescan or a
 *   re-rendered bubble costs a lookup). Windows, conversations and cached verdicts are bounded.
 */
import { type Item, isFlagged, RISK_LEVELS, type Risk, type Verdict } from '../engine/types';
import type { FoundItem } from '../sites/types';
import { follows } from './dom-order';
import { cyrb53, normalizeForKey } from './hash';

export interface ConversationOptions {
  /** Most messages of one sender read together (the new one included). */
  maxMessages?: number;
  /** Most characters read together: older messages drop out first; the new one always stays. */
  maxChars?: number;
  /** Most conversation+sender windows kept; the least recently used goes first. */
  maxWindows?: number;
  /** Most window verdicts cached per analyze function. */
  maxVerdicts?: number;
}

/** What the scanner shows on a message: its own verdict, or its window's (then key and text are the window's). */
export interface Judged {
  key: string;
  found: FoundItem;
  verdict: Verdict;
  /** A window key this element was shown under before and no longer is: the scanner forgets it there. */
  stale?: string;
}

export interface ConversationStats {
  /** Windows handed to the engine (cache misses). */
  analyzed: number;
  /** Windows looked up (hits and misses). */
  windows: number;
  /** Messages shown with their window's verdict. */
  flagged: number;
}

interface Entry {
  element: Element;
  /** The adapter's message id, when it has one: an edit keeps it, a re-render keeps it. */
  id?: string;
  /** Item key of the message's own text (lib/scan/hash itemKey). */
  key: string;
  text: string;
  links: string[];
  /** Ids of the signals (and combos) of the message's own verdict. */
  ids: readonly string[];
  /** Whether one of them is of a scam family, not generic context. */
  scam: boolean;
  /** The risk this message was last shown at, alone or by its window ('none' when not shown). */
  shown: Risk;
}

const DEFAULTS: Required<ConversationOptions> = { maxMessages: 6, maxChars: 3000, maxWindows: 100, maxVerdicts: 500 };

/** Joins messages as lines, the way a copied chat reads (evidence quotes then never run across two). */
const SEPARATOR = '\n';

const rank = (risk: Risk): number => RISK_LEVELS.indexOf(risk);

/**
 * Fewest signals a combo of generic context signals alone joins in the pack (for messages: high pay +
 * earnings + a contact, DOMAIN.md §1b/§1g). Below it, a window without a scam-family signal cannot warn.
 */
export const CONTEXT_COMBO_SIZE = 3;

/**
 * The conversation a message belongs to: the adapter's thread id when it gives one (WhatsApp's chat id),
 * else the page address without query (chat apps put the open conversation in the path or the hash:
 * /t/<id>, /direct/t/<id>, /channels/<guild>/<channel>, Telegram's #<peer>).
 */
export function threadOf(found: FoundItem, url: URL): string {
  return found.thread ?? `${url.host}${url.pathname}${url.hash}`;
}

/** The key under which a window's verdict is flagged, dismissed or trusted: "w" + the joined text's hash. */
export function windowKey(joined: string): string {
  return `w${cyrb53(normalizeForKey(joined)).toString(36)}`;
}

/** Whether the window's verdict has evidence in the new message: a span in its part, or one of its links. */
function contributes(verdict: Verdict, from: number, links: readonly string[]): boolean {
  for (const signal of verdict.signals) {
    if (signal.spans.some((s) => s.end > from)) return true;
    if (signal.spans.length === 0 && signal.evidence.some((e) => e !== '' && links.some((l) => l.includes(e) || e.includes(l))))
      return true;
  }
  return false;
}

export class ConversationContext {
  private readonly opts: Required<ConversationOptions>;
  /** thread + sender → that sender's recent messages in page order (insertion order = recency of use). */
  private readonly windows = new Map<string, Entry[]>();
  private readonly verdicts = new WeakMap<(item: Item) => Verdict, Map<string, Verdict>>();
  /** The window key each element is shown under, when its window flagged it. */
  private readonly shownUnder = new WeakMap<Element, string>();
  readonly stats: ConversationStats = { analyzed: 0, windows: 0, flagged: 0 };

  constructor(options: ConversationOptions = {}) {
    this.opts = { ...DEFAULTS, ...options };
    if (!(this.opts.maxMessages >= 2)) throw new Error('conversation window: maxMessages must be at least 2');
  }

  /** The window key an element is flagged under, if its window flagged it (a rescan puts that back). */
  shownKey(element: Element): string | undefined {
    return this.shownUnder.get(element);
  }

  /**
   * Records a scanned message and decides what it is shown with: its own key and verdict, or its window's.
   * `verdict` is the message's own; `analyze` the engine bound to the active pack (a new pack or
   * sensitivity brings a new function, and with it an empty verdict cache); `couldWarn`, when given,
   * whether the window's signals could warn together (lib/engine/union.ts): a window that could not
   * is not read at all.
   */
  judge(
    found: FoundItem,
    key: string,
    verdict: Verdict,
    analyze: (item: Item) => Verdict,
    url: URL,
    couldWarn?: (ids: ReadonlySet<string>) => boolean,
  ): Judged {
    const own: Judged = { key, found, verdict };
    const before = this.shownUnder.get(found.element);
    if (found.kind !== 'message' || found.outgoing === true || !found.sender) return this.unshow(own, before);
    const list = this.windowOf(`${threadOf(found, url)}\u0000${found.sender.trim().toLowerCase()}`);
    const entry = this.place(list, found, key, verdict);
    if (isFlagged(verdict.risk)) {
      entry.shown = verdict.risk;
      return this.unshow(own, before);
    }
    entry.shown = 'none';
    // Most messages of an everyday chat fire nothing: they cannot complete a lure (first rule above).
    if (entry.ids.length === 0) return this.unshow(own, before);
    const members = this.windowEnding(list, entry);
    if (!this.worthReading(members, entry)) return this.unshow(own, before);
    // The joined text's score is bounded by its messages' signals together: in a job-seekers' group,
    // job talk fires job signals all day, and reading those windows cost ~45 ms per 2,000 messages.
    if (couldWarn && !couldWarn(new Set(members.flatMap((m) => m.ids)))) return this.unshow(own, before);

    const joined = members.map((m) => m.text).join(SEPARATOR);
    const links = [...new Set(members.flatMap((m) => m.links))];
    const wkey = windowKey(joined);
    const wv = this.verdictOf(wkey, analyze, { text: joined, kind: 'message', links, url: url.href });
    const shownBefore = Math.max(...members.map((m) => (m === entry ? 0 : rank(m.shown))));
    if (!isFlagged(wv.risk) || rank(wv.risk) <= shownBefore || !contributes(wv, joined.length - entry.text.length, entry.links)) {
      return this.unshow(own, before);
    }
    entry.shown = wv.risk;
    this.stats.flagged++;
    this.shownUnder.set(found.element, wkey);
    const judged: Judged = { key: wkey, found: { ...found, text: joined, links, joined: members.length }, verdict: wv };
    if (before !== undefined && before !== wkey) judged.stale = before;
    return judged;
  }

  /** The rules of the header: whether the window can say more than its messages already said. */
  private worthReading(members: readonly Entry[], entry: Entry): boolean {
    if (members.length < 2) return false;
    const earlier = new Set<string>();
    let shown = 0;
    for (const m of members) {
      if (m === entry) continue;
      for (const id of m.ids) earlier.add(id);
      shown = Math.max(shown, rank(m.shown));
    }
    if (earlier.size === 0 || shown >= rank('high') || !entry.ids.some((id) => !earlier.has(id))) return false;
    return members.some((m) => m.scam) || new Set([...earlier, ...entry.ids]).size >= CONTEXT_COMBO_SIZE;
  }

  private unshow(own: Judged, before: string | undefined): Judged {
    if (before === undefined) return own;
    this.shownUnder.delete(own.found.element);
    return { ...own, stale: before };
  }

  private windowOf(id: string): Entry[] {
    let list = this.windows.get(id);
    if (list) this.windows.delete(id);
    else {
      list = [];
      if (this.windows.size >= this.opts.maxWindows) {
        const oldest = this.windows.keys().next();
        if (!oldest.done) this.windows.delete(oldest.value);
      }
    }
    this.windows.set(id, list);
    return list;
  }

  /**
   * The message's entry, updated or inserted in page order. The same message is recognised by element,
   * by the adapter's id (an edit, a recycled node) or by its text (the same words again add nothing).
   * Entries whose element left the page (a virtualised list scrolled away) are taken to come first;
   * a message without signals is taken to come last (see below).
   */
  private place(list: Entry[], found: FoundItem, key: string, verdict: Verdict): Entry {
    const ids = verdict.signals.map((s) => s.id);
    const scam = verdict.signals.some((s) => s.family !== 'context');
    const at = list.findIndex((e) => e.element === found.element || (found.key !== undefined && e.id === found.key) || e.key === key);
    if (at >= 0) {
      const entry = list[at] as Entry;
      Object.assign(entry, { element: found.element, key, text: found.text, links: found.links, ids, scam });
      if (found.key !== undefined) entry.id = found.key;
      return entry;
    }
    const entry: Entry = { element: found.element, key, text: found.text, links: found.links, ids, scam, shown: 'none' };
    if (found.key !== undefined) entry.id = found.key;
    let i = list.length;
    // Page order costs a DOM walk per message (./dom-order.ts: a few siblings, or compareDocumentPosition
    // when the two are far apart): only messages with signals pay it. A message without any is filler (its place changes which texts
    // are quoted, never which signals fire), and it is found in page order anyway but when a chat loads
    // its history above the messages already seen.
    while (ids.length > 0 && i > 0) {
      const prev = (list[i - 1] as Entry).element;
      if (!prev.isConnected || !follows(prev, found.element)) break;
      i--;
    }
    list.splice(i, 0, entry);
    // Bounded: twice the window, so a message found a little out of order still has its predecessors.
    const cap = this.opts.maxMessages * 2;
    if (list.length > cap) list.splice(0, list.length - cap);
    return entry;
  }

  /** The entry and the messages before it, newest last, within the message and character caps. */
  private windowEnding(list: readonly Entry[], entry: Entry): Entry[] {
    const end = list.indexOf(entry);
    const out: Entry[] = [entry];
    let chars = entry.text.length;
    for (let i = end - 1; i >= 0 && out.length < this.opts.maxMessages; i--) {
      const e = list[i] as Entry;
      chars += e.text.length + SEPARATOR.length;
      if (chars > this.opts.maxChars) break;
      out.unshift(e);
    }
    return out;
  }

  private verdictOf(wkey: string, analyze: (item: Item) => Verdict, item: Item): Verdict {
    this.stats.windows++;
    let cache = this.verdicts.get(analyze);
    if (!cache) {
      cache = new Map();
      this.verdicts.set(analyze, cache);
    }
    let v = cache.get(wkey);
    if (!v) {
      v = analyze(item);
      this.stats.analyzed++;
      if (cache.size >= this.opts.maxVerdicts) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(wkey, v);
    }
    return v;
  }
}

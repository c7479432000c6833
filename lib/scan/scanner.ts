/**
 * The page side of scanning (issue 4): observe → queue → find items → analyse → mark and warn → report.
 * Everything the scanner needs from outside (site adapters, the engine bound to the active pack, the
 * warning renderer, the clock) is passed in, so it runs unchanged in unit tests with small fakes.
 *
 * Work items in the queue are the document (a whole-document scan, when its turn comes), a subtree to
 * search (an Element) or one found item. A subtree search yields items that are queued one by one, so
 * 2,000 messages are analysed across many short idle slices, never in one long task. Errors stay with
 * the job that caused them.
 *
 * A big search (the whole document at start, re-analysis, navigation and rescans, or a big block the
 * page adds at once) is not one job either where it overlaps the element the site keeps its items in
 * (lib/sites observeRootFor: a chat's message list): that part is split into subtrees of bounded size,
 * each its own job, since a site's items there are found the same whether it is searched whole or piece
 * by piece (that is how messages arriving one by one are found). Document scans run in the queue's bulk
 * lane; what the page just added or changed runs first (lib/scan/queue.ts).
 */
import { type Item, isFlagged, type Verdict } from '../engine/types';
import type { FoundItem } from '../sites/types';
import { ScanCache } from './cache';
import { ConversationContext } from './conversation';
import { itemKey } from './hash';
import { clearMarker, RISK_ATTRIBUTE, setMarker } from './marker';
import type { Natives } from './natives';
import { type DomBatch, type Watcher, watchDom } from './observer';
import { IdleQueue, type Lane, type Scheduler } from './queue';
import { shouldSkip } from './skip';
import type { WarningView } from './view';
import type { WarningLayer } from './warnings';

/** What the user's settings and feedback decide, plus the engine bound to the active pack. */
export interface ScanPolicy {
  analyze(item: Item): Verdict;
  /**
   * Whether signals with these ids could warn if they fired in one text (lib/engine/union.ts): lets a
   * chat sender's recent messages be read together only when they could warn together.
   */
  couldWarn?(ids: ReadonlySet<string>): boolean;
  /** Words for the inline warning; null shows the marker only. */
  present(verdict: Verdict, found: FoundItem, key: string): WarningView | null;
  /** Lower-cased, trimmed sender names the user trusts. */
  allowSenders: ReadonlySet<string>;
  /** Item keys the user marked "not a scam" (from the warning or the popup). */
  notScam: ReadonlySet<string>;
  /** Item keys whose warning the user dismissed: still flagged and reported, no inline badge. */
  dismissed: ReadonlySet<string>;
}

export interface FlaggedEntry {
  key: string;
  found: FoundItem;
  verdict: Verdict;
  elements: Set<Element>;
}

export interface ScanSnapshot {
  scanned: number;
  flagged: FlaggedEntry[];
}

export interface ScanStats {
  /** Main-thread time spent in our slices (ms). */
  busyMs: number;
  slices: number;
  maxSliceMs: number;
  /** The longest single job (one subtree search or one item): what the slice budget cannot split. */
  maxJobMs: number;
  /** Of busyMs, the time spent finding items (planning and subtree searches), and its longest job. */
  searchMs: number;
  maxSearchMs: number;
  analyzed: number;
  /** Of busyMs, the time spent reading senders' recent messages together (lib/scan/conversation.ts). */
  conversationMs: number;
  items: number;
  errors: number;
  /** Wall time from start() to the first time the queue ran empty (ms), once known. */
  initialScanMs?: number;
  /** busyMs at that moment. */
  initialBusyMs?: number;
  /** searchMs at that moment. */
  initialSearchMs?: number;
  mode?: 'observer' | 'polling';
}

export interface ScannerOptions {
  doc: Document;
  url(): URL;
  findItems(root: ParentNode, url: URL): FoundItem[];
  /**
   * The element the site keeps its items in, if the adapters know it (lib/sites observeRootFor). A big
   * search (the document, or a block the page adds at once) that overlaps it is split into subtrees of
   * at most unitElements elements there; without it a search is one job, as the generic adapters need
   * the page whole.
   */
  itemRoot?(): Element | null;
  /** Most elements below the top of a subtree searched in one job inside the item root. */
  unitElements?: number;
  natives: Pick<Natives, 'MutationObserver' | 'setTimeout' | 'clearTimeout'>;
  scheduler: Scheduler;
  warnings: WarningLayer;
  /** Results changed (debounce in the caller). */
  onChange(): void;
  log(message: string, error?: unknown): void;
  budgetMs?: number;
  timeoutMs?: number;
  /** Shortest time between two whole-document rescans (mutation floods, polling, navigation). */
  rescanIntervalMs?: number;
}

/** The document (a whole-document scan, when its turn comes), a subtree to search, or one item to analyse. */
type Job = Document | Element | FoundItem;
const isFound = (job: Job): job is FoundItem => 'element' in job && 'text' in job;
const isDocument = (job: Document | Element): job is Document => job.nodeType === 9;

/**
 * 1,000 elements is about 65 WhatsApp messages: the adapters search the 30,000-element chat-2000 fixture
 * in ~10 ms on a quiet machine, so a unit is well under a millisecond there and a few on a loaded one,
 * inside the queue's 8 ms slice. (Smaller units cost more in total: each search has a fixed cost.)
 */
const UNIT_ELEMENTS = 1000;

/**
 * Whether more than `limit` elements lie below el. Walks at most limit + 1 of them, so asking it of a
 * 30,000-element chat costs no more than asking it of one message.
 */
export function hasMoreElements(el: Element, limit: number): boolean {
  let seen = 0;
  let node: Element | null = el.firstElementChild;
  while (node !== null) {
    if (++seen > limit) return true;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      continue;
    }
    while (node !== null && node !== el && node.nextElementSibling === null) node = node.parentElement;
    node = node === null || node === el ? null : node.nextElementSibling;
  }
  return false;
}

export class Scanner {
  private readonly cache = new ScanCache();
  /** A sender's recent messages judged together (lib/scan/conversation.ts): split lures. */
  private readonly conversation = new ConversationContext();
  private readonly queue: IdleQueue<Job>;
  private readonly flagged = new Map<string, FlaggedEntry>();
  private readonly seenKeys = new Set<string>();
  /**
   * Elements flagged under the previous pack or sensitivity, still marked while the re-analysis runs:
   * each keeps its marker and warning until its new verdict replaces or clears them, and what the
   * re-analysis never reaches is cleared when the queue runs empty. Clearing everything at once made
   * markers and warnings blink off and on at every pack update.
   */
  private readonly stale = new Set<Element>();
  private policy: ScanPolicy | null = null;
  private watcher: Watcher | null = null;
  private startedAt = 0;
  private lastRescan = Number.NEGATIVE_INFINITY;
  private rescanTimer: number | null = null;
  private changed = false;
  readonly stats: ScanStats = {
    busyMs: 0,
    slices: 0,
    maxSliceMs: 0,
    maxJobMs: 0,
    searchMs: 0,
    maxSearchMs: 0,
    analyzed: 0,
    conversationMs: 0,
    items: 0,
    errors: 0,
  };

  constructor(private readonly options: ScannerOptions) {
    this.queue = new IdleQueue<Job>((job, lane) => this.run(job, lane), {
      scheduler: options.scheduler,
      budgetMs: options.budgetMs,
      timeoutMs: options.timeoutMs,
      onError: (_job, error) => {
        this.stats.errors++;
        options.log('an item could not be scanned', error);
      },
      onSlice: (ms, _jobs, longestJobMs) => {
        this.stats.busyMs += ms;
        this.stats.slices++;
        if (ms > this.stats.maxSliceMs) this.stats.maxSliceMs = ms;
        if (longestJobMs > this.stats.maxJobMs) this.stats.maxJobMs = longestJobMs;
      },
      onIdle: () => this.idle(),
    });
  }

  /** How many windows of a sender's messages the engine read (for the page benchmark). */
  get windowsAnalyzed(): number {
    return this.conversation.stats.analyzed;
  }

  get running(): boolean {
    return this.policy !== null;
  }

  start(policy: ScanPolicy): void {
    if (this.policy) {
      this.setPolicy(policy, true);
      return;
    }
    this.policy = policy;
    this.startedAt = this.options.scheduler.now();
    this.watcher = watchDom(this.options.doc, {
      MutationObserver: this.options.natives.MutationObserver,
      setTimeout: this.options.natives.setTimeout,
      clearTimeout: this.options.natives.clearTimeout,
      onBatch: (batch) => this.onBatch(batch),
      onRescan: () => this.rescanDocument(),
    });
    this.stats.mode = this.watcher.mode;
    this.queueDocument();
  }

  /**
   * New settings or feedback. With reanalyze (new pack, new sensitivity) every verdict is stale:
   * start over. Without it, only who is trusted / dismissed changed: re-apply to what is flagged.
   */
  setPolicy(policy: ScanPolicy, reanalyze: boolean): void {
    if (!this.policy) {
      this.start(policy);
      return;
    }
    this.policy = policy;
    if (reanalyze) {
      for (const entry of this.flagged.values()) for (const el of entry.elements) this.stale.add(el);
      this.flagged.clear();
      this.cache.clear();
      this.seenKeys.clear();
      this.queue.clear();
      this.queueDocument();
      return;
    }
    for (const entry of [...this.flagged.values()]) {
      for (const el of [...entry.elements]) this.apply(el, entry.key, entry.found, entry.verdict);
    }
    this.changed = true;
    this.options.onChange();
  }

  /** A single-page-app navigation: the page is "new", so counts restart; verdicts stay cached by text. */
  navigated(): void {
    if (!this.policy) return;
    this.cache.forgetElements();
    this.seenKeys.clear();
    for (const entry of this.flagged.values()) for (const el of entry.elements) if (!el.isConnected) entry.elements.delete(el);
    this.queueDocument();
  }

  stop(): void {
    this.watcher?.stop();
    this.watcher = null;
    this.queue.clear();
    if (this.rescanTimer !== null) this.options.natives.clearTimeout(this.rescanTimer);
    this.rescanTimer = null;
    this.unmarkAll();
    this.seenKeys.clear();
    // Markers are gone, so no element counts as handled any more; verdicts by text stay valid.
    this.cache.forgetElements();
    this.policy = null;
  }

  snapshot(): ScanSnapshot {
    const flagged: FlaggedEntry[] = [];
    for (const [key, entry] of this.flagged) {
      for (const el of entry.elements) if (!el.isConnected) entry.elements.delete(el);
      if (entry.elements.size === 0) this.flagged.delete(key);
      else flagged.push(entry);
    }
    this.options.warnings.prune();
    return { scanned: this.seenKeys.size, flagged };
  }

  /** Scrolls the first element of a flagged item into view (popup "show it on the page"). */
  reveal(key: string): boolean {
    const entry = this.flagged.get(key);
    for (const el of entry?.elements ?? []) {
      if (!el.isConnected) continue;
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return true;
    }
    return false;
  }

  /** Whole-document rescan, throttled: cached items cost a lookup each. */
  rescanDocument(): void {
    if (!this.policy) return;
    const now = this.options.scheduler.now();
    const interval = this.options.rescanIntervalMs ?? 1000;
    const wait = this.lastRescan + interval - now;
    if (wait <= 0) {
      this.queueDocument();
      return;
    }
    if (this.rescanTimer !== null) return;
    this.rescanTimer = this.options.natives.setTimeout(() => {
      this.rescanTimer = null;
      this.queueDocument();
    }, wait);
  }

  /** Queues a whole-document scan: planned (split into subtrees) when its turn comes, not now. */
  private queueDocument(): void {
    this.lastRescan = this.options.scheduler.now();
    this.queue.push(this.options.doc, 'bulk');
  }

  private onBatch(batch: DomBatch): void {
    for (const host of batch.removedHosts) this.options.warnings.hostRemoved(host);
    if (!this.policy) return;
    for (const el of batch.changed) this.queue.push(el, 'fresh');
  }

  private run(job: Job, lane: Lane): void {
    if (!this.policy) return;
    if (isFound(job)) {
      this.scanItem(job, this.policy);
      return;
    }
    const started = this.options.scheduler.now();
    try {
      if (isDocument(job)) this.planDocument(job);
      else this.searchRoot(job, lane);
    } finally {
      const ms = this.options.scheduler.now() - started;
      this.stats.searchMs += ms;
      if (ms > this.stats.maxSearchMs) this.stats.maxSearchMs = ms;
    }
  }

  /** A whole-document scan: the document element, in the bulk lane (split by searchRoot when big). */
  private planDocument(doc: Document): void {
    const root = doc.documentElement;
    if (root) this.searchRoot(root, 'bulk');
  }

  private searchRoot(root: Element, lane: Lane): void {
    if (!root.isConnected) return;
    // A pending ancestor search will find everything in this subtree anyway, unless it waits in the
    // bulk lane behind a document scan and this is new content: that is searched now.
    for (let p = root.parentElement; p !== null; p = p.parentElement) {
      const waiting = this.queue.laneOf(p);
      if (waiting === 'fresh' || waiting === lane) return;
    }
    if (hasMoreElements(root, this.options.unitElements ?? UNIT_ELEMENTS) && this.split(root, lane)) return;
    const found = this.options.findItems(root, this.options.url());
    // Items keep their search's lane: a new message's item is analysed before the backlog.
    for (const item of found) this.queue.push(item, lane);
  }

  /**
   * Queues a big subtree as smaller searches, in its lane, when it overlaps the item root: inside the
   * item root, its children (each checked, and split again if still too big, when its turn comes); when
   * it holds the item root, the item root and, whole, what lies around it (page chrome: headers, side
   * bars: the siblings of each ancestor of the item root). False when root does not overlap the item
   * root (the adapters may need it whole: the generic ones do) or is part of one item.
   */
  private split(root: Element, lane: Lane): boolean {
    const container = this.options.itemRoot?.() ?? null;
    if (!container) return false;
    if (container.contains(root)) {
      if (this.withinItem(root)) return false;
      for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) this.queue.push(child, lane);
      return true;
    }
    if (!root.contains(container)) return false;
    for (let el: Element = container, parent = el.parentElement; parent !== null && el !== root; el = parent, parent = el.parentElement)
      for (let sib = parent.firstElementChild; sib !== null; sib = sib.nextElementSibling) if (sib !== el) this.queue.push(sib, lane);
    this.queue.push(container, lane);
    return true;
  }

  /**
   * Whether root is, or lies inside, one item (a long e-mail, a job description): every piece of it
   * would find that whole item again and build it again, so it is searched whole. Asked of its first
   * leaf, the cheapest search that still finds every item around it.
   */
  private withinItem(root: Element): boolean {
    let leaf = root;
    while (leaf.firstElementChild) leaf = leaf.firstElementChild;
    return this.options.findItems(leaf, this.options.url()).some((item) => item.element.contains(root));
  }

  private scanItem(found: FoundItem, policy: ScanPolicy): void {
    const el = found.element;
    if (!el.isConnected || found.outgoing === true || shouldSkip(el)) return;
    this.stats.items++;
    const key = itemKey(found.text, found.kind);
    if (this.cache.seen(el, key)) {
      // Polling mode cannot see a removed host; a rescan puts it back (within the layer's limits).
      const shown = this.conversation.shownKey(el) ?? key;
      const entry = this.flagged.get(shown);
      if (entry?.elements.has(el) && !policy.dismissed.has(shown)) this.apply(el, shown, entry.found, entry.verdict);
      return;
    }
    const previous = this.cache.keyOf(el);
    if (previous !== undefined && previous !== key) this.forgetElement(el, previous);
    let verdict = this.cache.verdictFor(key);
    if (!verdict) {
      const item: Item = { text: found.text, kind: found.kind, links: found.links, url: this.options.url().href };
      if (found.fields) item.fields = found.fields;
      verdict = policy.analyze(item);
      this.stats.analyzed++;
    }
    this.cache.remember(el, key, verdict);
    this.seenKeys.add(key);
    // Below medium alone, a message may still complete its sender's lure: then it shows the window's verdict.
    const judgeStarted = this.options.scheduler.now();
    const judged = this.conversation.judge(found, key, verdict, policy.analyze, this.options.url(), policy.couldWarn);
    this.stats.conversationMs += this.options.scheduler.now() - judgeStarted;
    if (judged.stale !== undefined) this.forgetElement(el, judged.stale);
    this.apply(el, judged.key, judged.found, judged.verdict);
    this.changed = true;
  }

  private apply(el: Element, key: string, found: FoundItem, verdict: Verdict): void {
    const policy = this.policy;
    if (!policy) return;
    const trusted = policy.notScam.has(key) || (found.sender !== undefined && policy.allowSenders.has(found.sender.trim().toLowerCase()));
    if (!isFlagged(verdict.risk) || trusted) {
      this.forgetElement(el, key);
      return;
    }
    this.stale.delete(el);
    setMarker(el, verdict.risk);
    let entry = this.flagged.get(key);
    if (!entry) {
      entry = { key, found, verdict, elements: new Set() };
      this.flagged.set(key, entry);
    }
    entry.elements.add(el);
    if (policy.dismissed.has(key)) {
      this.options.warnings.hide(el);
      return;
    }
    const view = policy.present(verdict, found, key);
    if (view) this.options.warnings.show(el, view);
  }

  private forgetElement(el: Element, key: string): void {
    this.stale.delete(el);
    const entry = this.flagged.get(key);
    if (entry) {
      entry.elements.delete(el);
      if (entry.elements.size === 0) this.flagged.delete(key);
    }
    if (el.hasAttribute(RISK_ATTRIBUTE)) clearMarker(el);
    this.options.warnings.hide(el);
  }

  private unmarkAll(): void {
    for (const entry of this.flagged.values()) for (const el of entry.elements) clearMarker(el);
    for (const el of this.stale) clearMarker(el);
    this.stale.clear();
    this.flagged.clear();
    this.options.warnings.hideAll();
  }

  /** After a re-analysis: what it did not flag again (gone from the page, skipped, no item any more). */
  private clearStale(): void {
    for (const el of this.stale) {
      if (el.hasAttribute(RISK_ATTRIBUTE)) clearMarker(el);
      this.options.warnings.hide(el);
    }
    this.stale.clear();
    this.changed = true;
  }

  private idle(): void {
    if (this.stale.size > 0) this.clearStale();
    if (this.stats.initialScanMs === undefined) {
      this.stats.initialScanMs = this.options.scheduler.now() - this.startedAt;
      this.stats.initialBusyMs = this.stats.busyMs;
      this.stats.initialSearchMs = this.stats.searchMs;
      // The first full pass is always worth a report, even when it found nothing ("scanned: 0").
      this.changed = true;
    }
    if (this.changed) {
      this.changed = false;
      this.options.onChange();
    }
  }
}

/**
 * The page side of scanning (issue 4): observe → queue → find items → analyse → mark and warn → report.
 * Everything the scanner needs from outside (site adapters, the engine bound to the active pack, the
 * warning renderer, the clock) is passed in, so it runs unchanged in unit tests with small fakes.
 *
 * Work items in the queue are either a subtree to search (an Element) or one found item. A subtree
 * search yields items that are queued one by one, so 2,000 messages are analysed across many short
 * idle slices, never in one long task. Errors stay with the job that caused them.
 */
import { type Item, isFlagged, type Verdict } from '../engine/types';
import type { FoundItem } from '../sites/types';
import { ScanCache } from './cache';
import { itemKey } from './hash';
import { clearMarker, RISK_ATTRIBUTE, setMarker } from './marker';
import type { Natives } from './natives';
import { type DomBatch, type Watcher, watchDom } from './observer';
import { IdleQueue, type Scheduler } from './queue';
import { shouldSkip } from './skip';
import type { WarningView } from './view';
import type { WarningLayer } from './warnings';

/** What the user's settings and feedback decide, plus the engine bound to the active pack. */
export interface ScanPolicy {
  analyze(item: Item): Verdict;
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
  analyzed: number;
  items: number;
  errors: number;
  /** Wall time from start() to the first time the queue ran empty (ms), once known. */
  initialScanMs?: number;
  /** busyMs at that moment. */
  initialBusyMs?: number;
  mode?: 'observer' | 'polling';
}

export interface ScannerOptions {
  doc: Document;
  url(): URL;
  findItems(root: ParentNode, url: URL): FoundItem[];
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

type Job = Element | FoundItem;
const isFound = (job: Job): job is FoundItem => 'element' in job && 'text' in job;

export class Scanner {
  private readonly cache = new ScanCache();
  private readonly queue: IdleQueue<Job>;
  private readonly flagged = new Map<string, FlaggedEntry>();
  private readonly seenKeys = new Set<string>();
  private policy: ScanPolicy | null = null;
  private watcher: Watcher | null = null;
  private startedAt = 0;
  private lastRescan = Number.NEGATIVE_INFINITY;
  private rescanTimer: number | null = null;
  private changed = false;
  readonly stats: ScanStats = { busyMs: 0, slices: 0, maxSliceMs: 0, analyzed: 0, items: 0, errors: 0 };

  constructor(private readonly options: ScannerOptions) {
    this.queue = new IdleQueue<Job>((job) => this.run(job), {
      scheduler: options.scheduler,
      budgetMs: options.budgetMs,
      timeoutMs: options.timeoutMs,
      onError: (_job, error) => {
        this.stats.errors++;
        options.log('an item could not be scanned', error);
      },
      onSlice: (ms) => {
        this.stats.busyMs += ms;
        this.stats.slices++;
        if (ms > this.stats.maxSliceMs) this.stats.maxSliceMs = ms;
      },
      onIdle: () => this.idle(),
    });
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
      this.unmarkAll();
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

  private queueDocument(): void {
    this.lastRescan = this.options.scheduler.now();
    const root = this.options.doc.documentElement;
    if (root) this.queue.push(root);
  }

  private onBatch(batch: DomBatch): void {
    for (const host of batch.removedHosts) this.options.warnings.hostRemoved(host);
    if (!this.policy) return;
    for (const el of batch.changed) this.queue.push(el);
  }

  private run(job: Job): void {
    if (!this.policy) return;
    if (isFound(job)) this.scanItem(job, this.policy);
    else this.searchRoot(job);
  }

  private searchRoot(root: Element): void {
    if (!root.isConnected) return;
    // A pending ancestor search will find everything in this subtree anyway.
    for (let p = root.parentElement; p !== null; p = p.parentElement) if (this.queue.has(p)) return;
    const found = this.options.findItems(root, this.options.url());
    for (const item of found) this.queue.push(item);
  }

  private scanItem(found: FoundItem, policy: ScanPolicy): void {
    const el = found.element;
    if (!el.isConnected || found.outgoing === true || shouldSkip(el)) return;
    this.stats.items++;
    const key = itemKey(found.text, found.kind);
    if (this.cache.seen(el, key)) {
      // Polling mode cannot see a removed host; a rescan puts it back (within the layer's limits).
      const entry = this.flagged.get(key);
      if (entry?.elements.has(el) && !policy.dismissed.has(key)) this.apply(el, key, found, entry.verdict);
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
    this.apply(el, key, found, verdict);
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
    this.flagged.clear();
    this.options.warnings.hideAll();
  }

  private idle(): void {
    if (this.stats.initialScanMs === undefined) {
      this.stats.initialScanMs = this.options.scheduler.now() - this.startedAt;
      this.stats.initialBusyMs = this.stats.busyMs;
      // The first full pass is always worth a report, even when it found nothing ("scanned: 0").
      this.changed = true;
    }
    if (this.changed) {
      this.changed = false;
      this.options.onChange();
    }
  }
}

/**
 * The scan queue: work is done in idle time, in slices of a few milliseconds, so the page never gets a
 * long task (> 50 ms) from us (issue 4, Performance). Jobs are deduplicated: pushing a job that is
 * already waiting is free, which is what coalesces bursts of mutations.
 *
 * Two lanes: "fresh" work (what the page just added or changed: a new message must be marked within
 * 100 ms, issue 4) always runs before "bulk" work (a whole-document scan or rescan, re-analysis after a
 * pack update), so a new message never waits behind 2,000 old ones.
 *
 * One job must itself stay short (a subtree to search, or one item to analyse); the queue only
 * guarantees that it starts no new job once the slice budget is spent. It measures the longest job so
 * the page benchmark can show that none is.
 */

import { FifoSet } from './fifo-set';

export interface IdleDeadlineLike {
  didTimeout: boolean;
  timeRemaining(): number;
}

export interface Scheduler {
  /** Runs cb once, in idle time or after timeoutMs at the latest. Returns a cancel function. */
  schedule(cb: (deadline: IdleDeadlineLike) => void, timeoutMs: number): () => void;
  now(): number;
}

export interface SchedulerNatives {
  requestIdleCallback: ((cb: IdleRequestCallback, opts?: IdleRequestOptions) => number) | null;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now: () => number;
}

/** requestIdleCallback with a timeout; where it is missing (Safari), a zero-delay timer. */
export function idleScheduler(natives: SchedulerNatives): Scheduler {
  return {
    now: natives.now,
    schedule(cb, timeoutMs) {
      const ric = natives.requestIdleCallback;
      if (ric) {
        let cancelled = false;
        ric(
          (deadline) => {
            if (!cancelled) cb(deadline);
          },
          { timeout: timeoutMs },
        );
        return () => {
          cancelled = true;
        };
      }
      const id = natives.setTimeout(() => cb({ didTimeout: true, timeRemaining: () => 0 }), 0);
      return () => natives.clearTimeout(id);
    },
  };
}

/** fresh: the page just added or changed it; bulk: document scans and re-analysis. */
export type Lane = 'fresh' | 'bulk';

export interface QueueOptions<T> {
  scheduler: Scheduler;
  /** Main-thread budget per slice; the guide for the page's own frames is ~16 ms, we take half. */
  budgetMs?: number;
  /** Longest wait for idle time, so a new message is marked quickly even on a busy page. */
  timeoutMs?: number;
  /** Called when a job throws: the job is dropped, the queue goes on. */
  onError?: (job: T, error: unknown) => void;
  /** Called after each slice with its duration, its job count and its longest job (for the page benchmark). */
  onSlice?: (ms: number, jobs: number, longestJobMs: number) => void;
  /** Called when the queue becomes empty. */
  onIdle?: () => void;
}

export class IdleQueue<T> {
  private readonly fresh = new FifoSet<T>();
  private readonly bulk = new FifoSet<T>();
  private cancel: (() => void) | null = null;
  private readonly budgetMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly work: (job: T, lane: Lane) => void,
    private readonly options: QueueOptions<T>,
  ) {
    this.budgetMs = options.budgetMs ?? 8;
    // 20 ms: the 100 ms budget for marking a new message (issue 4) must cover the idle wait, the
    // adapter, the engine and the marking, even when the page never goes idle.
    this.timeoutMs = options.timeoutMs ?? 20;
  }

  get size(): number {
    return this.fresh.size + this.bulk.size;
  }

  has(job: T): boolean {
    return this.fresh.has(job) || this.bulk.has(job);
  }

  /** The lane a waiting job is in, if it is waiting. */
  laneOf(job: T): Lane | undefined {
    return this.fresh.has(job) ? 'fresh' : this.bulk.has(job) ? 'bulk' : undefined;
  }

  /** Queues a job; a bulk job pushed again as fresh moves up, a fresh one never moves down. */
  push(job: T, lane: Lane = 'fresh'): void {
    if (lane === 'fresh') {
      this.bulk.delete(job);
      this.fresh.add(job);
    } else if (!this.fresh.has(job)) {
      this.bulk.add(job);
    }
    this.ensureScheduled();
  }

  clear(): void {
    this.fresh.clear();
    this.bulk.clear();
    this.cancel?.();
    this.cancel = null;
  }

  private ensureScheduled(): void {
    if (this.cancel || this.size === 0) return;
    this.cancel = this.options.scheduler.schedule((deadline) => this.slice(deadline), this.timeoutMs);
  }

  /** The next job: the oldest fresh one, else the oldest bulk one (jobs pushed mid-slice count too). */
  private take(): [T, Lane] | null {
    if (this.fresh.size > 0) return [this.fresh.shift() as T, 'fresh'];
    if (this.bulk.size > 0) return [this.bulk.shift() as T, 'bulk'];
    return null;
  }

  private slice(deadline: IdleDeadlineLike): void {
    this.cancel = null;
    const { scheduler } = this.options;
    const start = scheduler.now();
    // When the browser says how much idle time is left, use less of it, but always make progress.
    const remaining = deadline.didTimeout ? this.budgetMs : deadline.timeRemaining();
    const budget = Math.max(1, Math.min(this.budgetMs, remaining));
    let done = 0;
    let longest = 0;
    let last = start;
    for (let next = this.take(); next !== null; next = this.take()) {
      const [job, lane] = next;
      done++;
      try {
        this.work(job, lane);
      } catch (error) {
        this.options.onError?.(job, error);
      }
      const now = scheduler.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (now - start >= budget) break;
    }
    this.options.onSlice?.(last - start, done, longest);
    if (this.size > 0) this.ensureScheduled();
    else this.options.onIdle?.();
  }
}

/**
 * A manual Scheduler for the scan tests (queue.test.ts, scanner.test.ts): a fake clock that only moves
 * when a test says so, and idle callbacks that run only when a test runs a slice. Test code only; nothing
 * outside *.test.ts imports it, so it never reaches the content-script bundle.
 */
import type { IdleDeadlineLike, Scheduler } from './queue';

export interface FakeScheduler {
  scheduler: Scheduler;
  /** Moves the fake clock forward (a job "costs" time by calling this). */
  advance(ms: number): void;
  /**
   * Runs the oldest waiting callback as an idle period with `remaining` ms left (or as a timed-out
   * one, which gets the queue's own budget). Returns false when nothing was waiting.
   */
  runSlice(remaining?: number, didTimeout?: boolean): boolean;
  /** Callbacks waiting to run. */
  readonly waiting: number;
}

export function fakeScheduler(): FakeScheduler {
  let time = 0;
  const waiting: Array<(deadline: IdleDeadlineLike) => void> = [];
  return {
    scheduler: {
      now: () => time,
      schedule(cb) {
        waiting.push(cb);
        return () => {
          const i = waiting.indexOf(cb);
          if (i >= 0) waiting.splice(i, 1);
        };
      },
    },
    advance(ms) {
      time += ms;
    },
    runSlice(remaining = 50, didTimeout = false) {
      const cb = waiting.shift();
      cb?.({ didTimeout, timeRemaining: () => (didTimeout ? 0 : remaining) });
      return cb !== undefined;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

/** Runs queued slices (letting mutation callbacks fire in between) until nothing is left. */
export async function drainSlices(fake: FakeScheduler): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    await new Promise((r) => setTimeout(r, 0));
    if (!fake.runSlice()) return;
  }
  throw new Error('queue never drained');
}

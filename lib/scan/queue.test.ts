import { describe, expect, it } from 'vitest';
import { type IdleDeadlineLike, IdleQueue, idleScheduler, type Scheduler } from './queue';

/** A manual scheduler and clock: each job "costs" jobCost ms of fake time. */
function fakeScheduler() {
  let time = 0;
  const waiting: Array<(d: IdleDeadlineLike) => void> = [];
  const scheduler: Scheduler = {
    now: () => time,
    schedule(cb) {
      waiting.push(cb);
      return () => {
        const i = waiting.indexOf(cb);
        if (i >= 0) waiting.splice(i, 1);
      };
    },
  };
  return {
    scheduler,
    advance: (ms: number) => {
      time += ms;
    },
    runSlice: (remaining = 50) => {
      const cb = waiting.shift();
      cb?.({ didTimeout: false, timeRemaining: () => remaining });
      return cb !== undefined;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

describe('IdleQueue', () => {
  it('works in slices that respect the time budget', () => {
    const fake = fakeScheduler();
    const done: number[] = [];
    const slices: number[] = [];
    const queue = new IdleQueue<number>(
      (n) => {
        fake.advance(3);
        done.push(n);
      },
      { scheduler: fake.scheduler, budgetMs: 8, onSlice: (_ms, jobs) => slices.push(jobs) },
    );
    for (let i = 0; i < 10; i++) queue.push(i);
    expect(fake.waiting).toBe(1);
    fake.runSlice();
    // 3 jobs take 9 ms >= 8 ms budget: the slice stops there.
    expect(done).toEqual([0, 1, 2]);
    while (fake.runSlice()) {}
    expect(done).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(slices).toEqual([3, 3, 3, 1]);
  });

  it('uses less than the budget when the browser has less idle time', () => {
    const fake = fakeScheduler();
    const done: number[] = [];
    const queue = new IdleQueue<number>(
      (n) => {
        fake.advance(2);
        done.push(n);
      },
      { scheduler: fake.scheduler, budgetMs: 8 },
    );
    for (let i = 0; i < 10; i++) queue.push(i);
    fake.runSlice(3);
    expect(done).toEqual([0, 1]);
  });

  it('coalesces duplicate jobs and schedules once', () => {
    const fake = fakeScheduler();
    const done: string[] = [];
    const queue = new IdleQueue<string>((s) => done.push(s), { scheduler: fake.scheduler });
    queue.push('a');
    queue.push('b');
    queue.push('a');
    expect(queue.size).toBe(2);
    expect(fake.waiting).toBe(1);
    fake.runSlice();
    expect(done).toEqual(['a', 'b']);
  });

  it('contains errors to the job that threw', () => {
    const fake = fakeScheduler();
    const done: number[] = [];
    const errors: number[] = [];
    const queue = new IdleQueue<number>(
      (n) => {
        if (n === 2) throw new Error('bad item');
        done.push(n);
      },
      { scheduler: fake.scheduler, onError: (job) => errors.push(job) },
    );
    for (let i = 0; i < 5; i++) queue.push(i);
    while (fake.runSlice()) {}
    expect(done).toEqual([0, 1, 3, 4]);
    expect(errors).toEqual([2]);
  });

  it('reports idle and can be cleared', () => {
    const fake = fakeScheduler();
    let idle = 0;
    const queue = new IdleQueue<number>(() => {}, { scheduler: fake.scheduler, onIdle: () => idle++ });
    queue.push(1);
    fake.runSlice();
    expect(idle).toBe(1);
    queue.push(2);
    queue.clear();
    expect(fake.waiting).toBe(0);
    expect(queue.size).toBe(0);
  });
});

describe('idleScheduler', () => {
  it('falls back to a timer without requestIdleCallback', async () => {
    const scheduler = idleScheduler({
      requestIdleCallback: null,
      setTimeout: (cb, ms) => window.setTimeout(cb, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      now: () => performance.now(),
    });
    const deadline = await new Promise<IdleDeadlineLike>((resolve) => scheduler.schedule(resolve, 50));
    expect(deadline.didTimeout).toBe(true);
  });

  it('passes the timeout to requestIdleCallback and can cancel', () => {
    const calls: Array<{ cb: IdleRequestCallback; opts?: IdleRequestOptions }> = [];
    const scheduler = idleScheduler({
      requestIdleCallback: (cb, opts) => calls.push({ cb, opts }),
      setTimeout: () => 0,
      clearTimeout: () => {},
      now: () => 0,
    });
    let ran = 0;
    const cancel = scheduler.schedule(() => ran++, 40);
    expect(calls[0]?.opts).toEqual({ timeout: 40 });
    cancel();
    calls[0]?.cb({ didTimeout: false, timeRemaining: () => 10 });
    expect(ran).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { fakeScheduler } from './fake-scheduler';
import { type IdleDeadlineLike, IdleQueue, idleScheduler, type Lane } from './queue';

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

  it('runs fresh jobs before bulk ones, even when they arrive later', () => {
    const fake = fakeScheduler();
    const done: string[] = [];
    const queue = new IdleQueue<string>(
      (s) => {
        fake.advance(3);
        done.push(s);
      },
      { scheduler: fake.scheduler, budgetMs: 8 },
    );
    for (let i = 0; i < 6; i++) queue.push(`old${i}`, 'bulk');
    fake.runSlice();
    expect(done).toEqual(['old0', 'old1', 'old2']);
    queue.push('new', 'fresh');
    fake.runSlice();
    expect(done.slice(3)).toEqual(['new', 'old3', 'old4']);
  });

  it('gives fresh jobs pushed by a running job their turn in the same slice', () => {
    const fake = fakeScheduler();
    const done: string[] = [];
    const queue = new IdleQueue<string>(
      (s, lane: Lane) => {
        done.push(`${s}:${lane}`);
        if (s === 'root') queue.push('item', 'fresh');
      },
      { scheduler: fake.scheduler },
    );
    queue.push('old', 'bulk');
    queue.push('root', 'fresh');
    fake.runSlice();
    expect(done).toEqual(['root:fresh', 'item:fresh', 'old:bulk']);
  });

  it('moves a waiting bulk job up when it is pushed as fresh, never down', () => {
    const fake = fakeScheduler();
    const done: string[] = [];
    const queue = new IdleQueue<string>((s, lane) => done.push(`${s}:${lane}`), { scheduler: fake.scheduler });
    queue.push('a', 'bulk');
    queue.push('b', 'bulk');
    queue.push('b', 'fresh');
    queue.push('c', 'fresh');
    queue.push('c', 'bulk');
    expect(queue.size).toBe(3);
    expect(queue.laneOf('a')).toBe('bulk');
    expect(queue.laneOf('c')).toBe('fresh');
    expect(queue.laneOf('z')).toBeUndefined();
    fake.runSlice();
    expect(done).toEqual(['b:fresh', 'c:fresh', 'a:bulk']);
  });

  it('keeps arrival order across thousands of jobs, moves and re-pushes', () => {
    const fake = fakeScheduler();
    const done: number[] = [];
    const queue = new IdleQueue<number>((n) => done.push(n), { scheduler: fake.scheduler });
    for (let i = 0; i < 3000; i++) queue.push(i, 'bulk');
    const moved = Array.from({ length: 1000 }, (_, k) => 2999 - 3 * k);
    for (const n of moved) queue.push(n, 'fresh');
    queue.push(0, 'bulk');
    expect(queue.size).toBe(3000);
    // The fake clock stands still, so one slice takes everything.
    fake.runSlice();
    const rest = Array.from({ length: 3000 }, (_, i) => i).filter((i) => !moved.includes(i));
    expect(done).toEqual([...moved, ...rest]);
    expect(queue.size).toBe(0);
    // Emptied and refilled, it starts clean.
    queue.push(7, 'bulk');
    queue.push(7, 'bulk');
    fake.runSlice();
    expect(done.slice(3000)).toEqual([7]);
  });

  it('reports the longest job of each slice', () => {
    const fake = fakeScheduler();
    const reports: Array<[number, number, number]> = [];
    const costs = [1, 5, 2];
    const queue = new IdleQueue<number>((n) => fake.advance(costs[n] ?? 0), {
      scheduler: fake.scheduler,
      budgetMs: 100,
      onSlice: (ms, jobs, longest) => reports.push([ms, jobs, longest]),
    });
    for (let i = 0; i < 3; i++) queue.push(i);
    fake.runSlice(200);
    expect(reports).toEqual([[8, 3, 5]]);
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

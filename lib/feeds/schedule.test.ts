import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffMs, isDue, isStale, nextDelayMs, refreshIntervalMs, SCHEDULE } from './schedule';

const H = 3_600_000;

describe('refresh schedule', () => {
  it('honours expiresHours between the 4 h floor and the 7 day cap', () => {
    expect(refreshIntervalMs(1)).toBe(4 * H);
    expect(refreshIntervalMs(12)).toBe(12 * H);
    expect(refreshIntervalMs(24 * 365)).toBe(7 * 24 * H);
    expect(refreshIntervalMs(undefined)).toBe(24 * H);
  });

  it('backs off exponentially after errors, up to 12 h', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([15, 30, 60, 120].map((m) => m * 60_000));
    expect(backoffMs(30)).toBe(12 * H);
  });

  it('jitters within bounds and never goes under the floor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.option(fc.integer({ min: 1, max: 9000 })),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (failures, exp, r) => {
          const state = { failures, expiresHours: exp ?? undefined };
          const d = nextDelayMs(state, r);
          if (failures === 0) {
            const base = refreshIntervalMs(state.expiresHours);
            expect(d).toBeGreaterThanOrEqual(SCHEDULE.floorMs);
            expect(d).toBeLessThanOrEqual(base * 1.1 + 1);
          } else {
            expect(d).toBeGreaterThanOrEqual(backoffMs(failures));
            expect(d).toBeLessThanOrEqual(backoffMs(failures) * 1.2 + 1);
          }
        },
      ),
    );
  });

  it('is due when never checked, when the time has come, or when the clock went back', () => {
    const now = 1_000 * H;
    expect(isDue(undefined, now)).toBe(true);
    expect(isDue({ failures: 0, lastCheck: now - H, nextCheck: now + H }, now)).toBe(false);
    expect(isDue({ failures: 0, lastCheck: now - 5 * H, nextCheck: now - 1 }, now)).toBe(true);
    // Last check recorded 2 days "in the future": the clock was moved back.
    expect(isDue({ failures: 0, lastCheck: now + 48 * H, nextCheck: now + 60 * H }, now)).toBe(true);
    // A next check a year away cannot come from our own schedule.
    expect(isDue({ failures: 0, lastCheck: now, nextCheck: now + 365 * 24 * H }, now)).toBe(true);
  });

  it('is stale after one interval without success', () => {
    const now = 1_000 * H;
    expect(isStale({ failures: 0, lastSuccess: now - 3 * H, expiresHours: 6 }, now)).toBe(false);
    expect(isStale({ failures: 0, lastSuccess: now - 7 * H, expiresHours: 6 }, now)).toBe(true);
    expect(isStale({ failures: 0 }, now)).toBe(true);
    expect(isStale({ failures: 0, lastSuccess: now + 24 * H }, now)).toBe(true);
  });
});

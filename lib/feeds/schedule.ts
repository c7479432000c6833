/**
 * When to check a feed next. Pure functions of the feed state, the clock and a random number.
 * - A pack's expiresHours is honoured with a floor of 4 h (static hosts serve millions of clients;
 *   uBlock Origin applies the same kind of floor to a list's "Expires") and a cap of 7 days (so a
 *   pack that claims a year still gets fixes).
 * - Jitter of up to +10% spreads clients so they don't all hit the host at the same minute.
 * - After a failure or a rejection, retry sooner but back off exponentially: 15 min, 30 min, 1 h …
 *   up to 12 h, with up to +20% jitter.
 * - The local clock may be wrong or jump. Times in the future beyond a tolerance are treated as
 *   due (the clock went back) rather than trusted.
 */
import type { FeedState } from './feed-state';

const MIN = 60_000;
const HOUR = 60 * MIN;

export const SCHEDULE = {
  floorMs: 4 * HOUR,
  capMs: 7 * 24 * HOUR,
  defaultExpiresHours: 24,
  jitter: 0.1,
  backoffBaseMs: 15 * MIN,
  backoffMaxMs: 12 * HOUR,
  backoffJitter: 0.2,
  /** Chrome refuses alarms sooner than 30 s in packed extensions. */
  minDelayMs: 30_000,
  /** How far ahead of "now" a stored timestamp may be before we stop believing it. */
  clockToleranceMs: 10 * MIN,
} as const;

export function refreshIntervalMs(expiresHours: number | undefined): number {
  const hours =
    expiresHours !== undefined && Number.isFinite(expiresHours) && expiresHours > 0 ? expiresHours : SCHEDULE.defaultExpiresHours;
  return Math.min(SCHEDULE.capMs, Math.max(SCHEDULE.floorMs, hours * HOUR));
}

export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(SCHEDULE.backoffMaxMs, SCHEDULE.backoffBaseMs * 2 ** (failures - 1));
}

/** Delay until the next check after one that just finished with `state`. random ∈ [0, 1). */
export function nextDelayMs(state: Pick<FeedState, 'failures' | 'expiresHours'>, random: number): number {
  const r = Math.min(Math.max(random, 0), 1);
  const delay =
    state.failures > 0
      ? backoffMs(state.failures) * (1 + SCHEDULE.backoffJitter * r)
      : refreshIntervalMs(state.expiresHours) * (1 + SCHEDULE.jitter * r);
  return Math.max(SCHEDULE.minDelayMs, Math.round(delay));
}

/** True when the feed should be checked now. */
export function isDue(state: FeedState | undefined, now: number): boolean {
  if (!state || state.nextCheck === undefined || state.lastCheck === undefined) return true;
  // The clock went back (or a stored time is corrupt): don't wait for a date that may be years away.
  if (state.lastCheck > now + SCHEDULE.clockToleranceMs) return true;
  if (state.nextCheck - now > SCHEDULE.capMs * 1.2) return true;
  return now >= state.nextCheck;
}

/** True when the installed pack is older than its refresh interval (checked on browser start-up). */
export function isStale(state: FeedState | undefined, now: number): boolean {
  if (!state?.lastSuccess) return true;
  if (state.lastSuccess > now + SCHEDULE.clockToleranceMs) return true;
  return now - state.lastSuccess >= refreshIntervalMs(state.expiresHours);
}

import { describe, expect, it, vi } from 'vitest';
import { REPAIR_INTERVAL_MS, snapshotRepairer } from './snapshot-repair';

function setup() {
  let now = 1_000;
  const floor = vi.fn(async () => true);
  const active = vi.fn(async () => false);
  const repair = snapshotRepairer({ repair: { floor, active }, now: () => now });
  return { repair, floor, active, advance: (ms: number) => (now += ms) };
}

describe('snapshot repair requests', () => {
  it('sends each snapshot to its own repair, and answers what it did', async () => {
    const s = setup();
    expect(await s.repair('floor')).toBe(true);
    expect(await s.repair('active')).toBe(false);
    expect(s.floor).toHaveBeenCalledTimes(1);
    expect(s.active).toHaveBeenCalledTimes(1);
  });

  it('checks a snapshot at most once per interval, however many pages ask', async () => {
    const s = setup();
    for (let i = 0; i < 20; i++) await s.repair('floor');
    expect(s.floor).toHaveBeenCalledTimes(1);
    s.advance(REPAIR_INTERVAL_MS - 1);
    await s.repair('floor');
    expect(s.floor).toHaveBeenCalledTimes(1);
    s.advance(1);
    await s.repair('floor');
    expect(s.floor).toHaveBeenCalledTimes(2);
    // The other snapshot has its own interval.
    await s.repair('active');
    expect(s.active).toHaveBeenCalledTimes(1);
  });

  it('ignores anything that is not a snapshot name', async () => {
    const s = setup();
    for (const junk of [undefined, null, 'floors', 1, { which: 'floor' }]) expect(await s.repair(junk)).toBe(false);
    expect(s.floor).not.toHaveBeenCalled();
    expect(s.active).not.toHaveBeenCalled();
  });
});

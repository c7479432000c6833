import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Verdict } from '../engine/types';
import { buildReport, debounce, MAX_REPORTED_TEXT } from './report';
import type { FlaggedEntry } from './scanner';

const entry = (key: string, risk: Verdict['risk'], score: number, text = 'x', sender?: string): FlaggedEntry => ({
  key,
  found: { element: document.createElement('div'), kind: 'message', text, links: [], ...(sender ? { sender } : {}) },
  verdict: { risk, score, signals: [] },
  elements: new Set(),
});

describe('buildReport', () => {
  it('orders by risk then score, trims texts and keeps the sender', () => {
    const long = 'a'.repeat(MAX_REPORTED_TEXT + 100);
    const report = buildReport(
      { scanned: 10, flagged: [entry('m1', 'medium', 50), entry('m2', 'high', 75, long, 'Ann'), entry('m3', 'high', 95)] },
      'https://chat.example/',
      'chat.example',
      'ok',
      123,
    );
    expect(report.flagged.map((f) => f.key)).toEqual(['m3', 'm2', 'm1']);
    expect(report.flagged[1]?.text).toHaveLength(MAX_REPORTED_TEXT);
    expect(report.flagged[1]?.sender).toBe('Ann');
    expect(report).toMatchObject({ scanned: 10, status: 'ok', site: 'chat.example', updatedAt: 123 });
  });
});

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const timers = () => ({
    setTimeout: (cb: () => void, ms: number) => window.setTimeout(cb, ms),
    clearTimeout: (id: number) => window.clearTimeout(id),
    now: () => Date.now(),
  });

  it('sends once after a burst', () => {
    const send = vi.fn();
    const d = debounce(send, timers(), 250, 1500);
    for (let i = 0; i < 10; i++) {
      d.request();
      vi.advanceTimersByTime(50);
    }
    expect(send).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('does not starve under a constant stream', () => {
    const send = vi.fn();
    const d = debounce(send, timers(), 250, 1000);
    for (let i = 0; i < 40; i++) {
      d.request();
      vi.advanceTimersByTime(100);
    }
    expect(send.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('flushes and cancels', () => {
    const send = vi.fn();
    const d = debounce(send, timers());
    d.request();
    d.flush();
    expect(send).toHaveBeenCalledTimes(1);
    d.request();
    d.cancel();
    vi.advanceTimersByTime(5000);
    expect(send).toHaveBeenCalledTimes(1);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Item, Verdict } from '../engine/types';
import type { FoundItem } from '../sites/types';
import type { IdleDeadlineLike, Scheduler } from './queue';
import { Scanner, type ScanPolicy } from './scanner';
import { WarningLayer } from './warnings';

/** Messages are <div data-msg>; the fake adapter finds them under root and the one root sits in. */
function fakeFindItems(root: ParentNode): FoundItem[] {
  const out: Element[] = [];
  if ((root as Node).nodeType === 1) {
    const up = (root as Element).closest('[data-msg]');
    if (up) out.push(up);
  }
  out.push(...Array.from(root.querySelectorAll('[data-msg]')).filter((e) => !out.includes(e)));
  return out.map((element) => {
    const found: FoundItem = { element, kind: 'message', text: element.textContent ?? '', links: [] };
    const sender = element.getAttribute('data-sender');
    if (sender) found.sender = sender;
    if (element.hasAttribute('data-out')) found.outgoing = true;
    return found;
  });
}

/** "passport" → high, "fee" → medium, "explode" → the engine throws. */
function fakeAnalyze(item: Item): Verdict {
  if (item.text.includes('explode')) throw new Error('engine bug');
  if (item.text.includes('passport')) return { risk: 'high', score: 90, signals: [] };
  if (item.text.includes('fee')) return { risk: 'medium', score: 50, signals: [] };
  return { risk: 'none', score: 0, signals: [] };
}

function setup(
  html: string,
  policyPatch: Partial<ScanPolicy> = {},
  MutationObserverCtor: typeof MutationObserver | null = window.MutationObserver,
) {
  document.body.innerHTML = html;
  let time = 0;
  const waiting: Array<(d: IdleDeadlineLike) => void> = [];
  const scheduler: Scheduler = {
    now: () => time,
    schedule(cb) {
      waiting.push(cb);
      return () => waiting.splice(waiting.indexOf(cb), 1);
    },
  };
  const analyze = vi.fn(fakeAnalyze);
  const policy: ScanPolicy = {
    analyze,
    present: (verdict, _found, key) => ({
      key,
      risk: verdict.risk === 'high' ? 'high' : 'medium',
      lang: 'en',
      topic: 'recruitment',
      reasons: [],
    }),
    allowSenders: new Set(),
    notScam: new Set(),
    dismissed: new Set(),
    ...policyPatch,
  };
  const warnings = new WarningLayer({
    doc: document,
    attachShadow: Element.prototype.attachShadow,
    render: (root, view) => {
      root.textContent = view.key;
    },
    actions: () => ({ dismiss() {}, notScam() {} }),
  });
  const onChange = vi.fn();
  const logs: string[] = [];
  const scanner = new Scanner({
    doc: document,
    url: () => new URL('https://chat.example/'),
    findItems: fakeFindItems,
    natives: {
      MutationObserver: MutationObserverCtor,
      setTimeout: (cb, ms) => window.setTimeout(cb, ms),
      clearTimeout: (id) => window.clearTimeout(id),
    },
    scheduler,
    warnings,
    onChange,
    log: (m) => logs.push(m),
    budgetMs: 8,
  });
  /** Runs queued slices (letting mutation callbacks fire in between) until nothing is left. */
  const drain = async () => {
    for (let i = 0; i < 1000; i++) {
      await new Promise((r) => setTimeout(r, 0));
      const cb = waiting.shift();
      if (!cb) return;
      cb({ didTimeout: false, timeRemaining: () => 50 });
    }
    throw new Error('queue never drained');
  };
  return { scanner, policy, analyze, drain, onChange, logs, warnings, advance: (ms: number) => (time += ms), waiting };
}

const msgs = (...texts: string[]) => `<div id="list">${texts.map((t, i) => `<div data-msg id="m${i}">${t}</div>`).join('')}</div>`;
const byId = (id: string) => document.getElementById(id)!;

describe('Scanner', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('marks flagged items and puts a warning inside them; leaves the rest alone', async () => {
    const s = setup(msgs('hello there', 'send a copy of your passport', 'pay the training fee'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(byId('m0').hasAttribute('data-lurewatch-risk')).toBe(false);
    expect(byId('m1').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(byId('m2').getAttribute('data-lurewatch-risk')).toBe('medium');
    expect(byId('m1').querySelector('lurewatch-warning')).not.toBeNull();
    expect(byId('m0').querySelector('lurewatch-warning')).toBeNull();
    const snap = s.scanner.snapshot();
    expect(snap.scanned).toBe(3);
    expect(snap.flagged.map((f) => f.verdict.risk).sort()).toEqual(['high', 'medium']);
    expect(s.onChange).toHaveBeenCalled();
    expect(s.scanner.stats.initialScanMs).toBeDefined();
  });

  it('works in slices under the time budget, not in one long task', async () => {
    const many = Array.from({ length: 40 }, (_, i) => `message number ${i}`);
    const s = setup(msgs(...many));
    stop = () => s.scanner.stop();
    s.analyze.mockImplementation((item) => {
      s.advance(1); // each analysis "costs" 1 ms
      return fakeAnalyze(item);
    });
    s.scanner.start(s.policy);
    await s.drain();
    expect(s.analyze).toHaveBeenCalledTimes(40);
    expect(s.scanner.stats.slices).toBeGreaterThanOrEqual(5);
    expect(s.scanner.stats.maxSliceMs).toBeLessThanOrEqual(8);
  });

  it('scans each item once: unchanged elements are skipped, identical texts reuse the verdict', async () => {
    const s = setup(msgs('your passport please', 'your passport please', 'hi'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(s.analyze).toHaveBeenCalledTimes(2);
    // A mutation elsewhere in the list and a forced rescan do not analyse anything again.
    byId('list').append(document.createElement('span'));
    s.advance(5000);
    s.scanner.rescanDocument();
    await s.drain();
    expect(s.analyze).toHaveBeenCalledTimes(2);
    expect(s.scanner.snapshot().flagged[0]?.elements.size).toBe(2);
  });

  it('scans new messages and edited ones, incrementally', async () => {
    const s = setup(msgs('hi'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const added = document.createElement('div');
    added.setAttribute('data-msg', '');
    added.innerHTML = '<span>send your passport</span>';
    byId('list').append(added);
    await s.drain();
    expect(added.getAttribute('data-lurewatch-risk')).toBe('high');
    // Editing the text inside a message re-finds that message through its ancestor.
    byId('m0').firstChild!.textContent = 'there is a small fee';
    await s.drain();
    expect(byId('m0').getAttribute('data-lurewatch-risk')).toBe('medium');
    // And an edit that removes the risk removes the marker and the warning.
    added.querySelector('span')!.textContent = 'never mind';
    await s.drain();
    expect(added.hasAttribute('data-lurewatch-risk')).toBe(false);
    expect(added.querySelector('lurewatch-warning')).toBeNull();
  });

  it('never scans editable fields, our own UI or the user’s own messages', async () => {
    const s = setup(
      `<div contenteditable="true"><div data-msg id="draft">my passport is ready</div></div>
       <div data-msg id="out" data-out>here is my passport</div>`,
    );
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(s.analyze).not.toHaveBeenCalled();
    expect(byId('draft').hasAttribute('data-lurewatch-risk')).toBe(false);
  });

  it('contains an error to the item that caused it', async () => {
    const s = setup(msgs('passport one', 'explode', 'passport three'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(byId('m0').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(byId('m2').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(s.scanner.stats.errors).toBe(1);
    expect(s.logs).toHaveLength(1);
  });

  it('honours "not a scam", trusted senders and dismissals', async () => {
    const s = setup(`${msgs('passport A', 'passport B')}<div data-msg id="friend" data-sender="Ann Lee">passport C</div>`);
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const keyA = s.scanner.snapshot().flagged.find((f) => f.found.text === 'passport A')!.key;
    const keyB = s.scanner.snapshot().flagged.find((f) => f.found.text === 'passport B')!.key;
    s.scanner.setPolicy({ ...s.policy, notScam: new Set([keyA]), dismissed: new Set([keyB]), allowSenders: new Set(['ann lee']) }, false);
    expect(byId('m0').hasAttribute('data-lurewatch-risk')).toBe(false);
    expect(byId('m0').querySelector('lurewatch-warning')).toBeNull();
    // Dismissed: still flagged (marker, report) but no badge.
    expect(byId('m1').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(byId('m1').querySelector('lurewatch-warning')).toBeNull();
    expect(byId('friend').hasAttribute('data-lurewatch-risk')).toBe(false);
    expect(s.scanner.snapshot().flagged.map((f) => f.key)).toEqual([keyB]);
    expect(s.analyze).toHaveBeenCalledTimes(3);
  });

  it('starts over with a new pack, and forgets everything when stopped', async () => {
    const s = setup(msgs('passport', 'hello'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const stricter = vi.fn(
      (item: Item): Verdict => (item.text === 'hello' ? { risk: 'medium', score: 45, signals: [] } : fakeAnalyze(item)),
    );
    s.scanner.setPolicy({ ...s.policy, analyze: stricter }, true);
    await s.drain();
    expect(stricter).toHaveBeenCalledTimes(2);
    expect(byId('m1').getAttribute('data-lurewatch-risk')).toBe('medium');
    s.scanner.stop();
    expect(document.querySelectorAll('[data-lurewatch-risk]')).toHaveLength(0);
    expect(document.querySelectorAll('lurewatch-warning')).toHaveLength(0);
  });

  it('re-counts after a single-page-app navigation without analysing again', async () => {
    const s = setup(msgs('passport', 'hello'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    byId('list').innerHTML = '<div data-msg id="n0">new page text</div><div data-msg id="n1">passport</div>';
    s.scanner.navigated();
    await s.drain();
    const snap = s.scanner.snapshot();
    expect(snap.scanned).toBe(2);
    expect(snap.flagged).toHaveLength(1);
    expect(byId('n1').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(s.analyze).toHaveBeenCalledTimes(3);
  });

  it('puts back a warning the page removed, a few times', async () => {
    const s = setup(msgs('passport'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    byId('m0').querySelector('lurewatch-warning')!.remove();
    await s.drain();
    expect(byId('m0').querySelector('lurewatch-warning')).not.toBeNull();
  });

  it('reveals a flagged item by key', async () => {
    const s = setup(msgs('passport'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const spy = vi.fn();
    byId('m0').scrollIntoView = spy;
    expect(s.scanner.reveal(s.scanner.snapshot().flagged[0]!.key)).toBe(true);
    expect(spy).toHaveBeenCalled();
    expect(s.scanner.reveal('nope')).toBe(false);
  });

  it('without a trustworthy MutationObserver, falls back to document rescans', async () => {
    const s = setup(msgs('hi'), {}, null);
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(s.scanner.stats.mode).toBe('polling');
    const added = document.createElement('div');
    added.setAttribute('data-msg', '');
    added.textContent = 'send your passport';
    byId('list').append(added);
    await s.drain();
    expect(added.hasAttribute('data-lurewatch-risk')).toBe(false);
    s.advance(5000);
    s.scanner.rescanDocument();
    await s.drain();
    expect(added.getAttribute('data-lurewatch-risk')).toBe('high');
  });

  it('throttles whole-document rescans during a flood', async () => {
    const s = setup(msgs('hi'));
    stop = () => s.scanner.stop();
    const find = vi.spyOn(document.documentElement, 'querySelectorAll');
    s.scanner.start(s.policy);
    await s.drain();
    const before = find.mock.calls.length;
    for (let i = 0; i < 20; i++) s.scanner.rescanDocument();
    await s.drain();
    // No rescan right after the first scan: one is pending on the throttle timer, not twenty.
    expect(find.mock.calls.length - before).toBe(0);
    find.mockRestore();
  });
});

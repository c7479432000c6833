import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Item, Verdict } from '../engine/types';
import type { FoundItem } from '../sites/types';
import { drainSlices, fakeScheduler } from './fake-scheduler';
import { hasMoreElements, Scanner, type ScannerOptions, type ScanPolicy } from './scanner';
import { keyWarnings, windowNatives } from './test-doubles';

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
  extra: Partial<ScannerOptions> = {},
) {
  document.body.innerHTML = html;
  const fake = fakeScheduler();
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
  const warnings = keyWarnings();
  const onChange = vi.fn();
  const logs: string[] = [];
  const scanner = new Scanner({
    doc: document,
    url: () => new URL('https://chat.example/'),
    findItems: fakeFindItems,
    natives: windowNatives(MutationObserverCtor),
    scheduler: fake.scheduler,
    warnings,
    onChange,
    log: (m) => logs.push(m),
    budgetMs: 8,
    ...extra,
  });
  const drain = () => drainSlices(fake);
  return { scanner, policy, analyze, drain, onChange, logs, warnings, advance: fake.advance, fake };
}

const msgs = (...texts: string[]) => `<div id="list">${texts.map((t, i) => `<div data-msg id="m${i}">${t}</div>`).join('')}</div>`;
const byId = (id: string) => document.getElementById(id)!;

/** A random tree: each level gives every node of the level above 0-4 children. */
const tree: fc.Arbitrary<number[][]> = fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }), {
  minLength: 1,
  maxLength: 6,
});
function build(shape: number[][]): Element {
  const root = document.createElement('div');
  let level: Element[] = [root];
  for (const counts of shape) {
    const next: Element[] = [];
    level.forEach((parent, i) => {
      for (let k = 0; k < (counts[i % counts.length] ?? 0); k++) next.push(parent.appendChild(document.createElement('p')));
    });
    level = next;
  }
  return root;
}

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
    // Until its new verdict comes, a flagged item keeps its marker and warning: no blink at pack updates.
    expect(byId('m0').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(byId('m0').querySelectorAll('lurewatch-warning')).toHaveLength(1);
    await s.drain();
    expect(stricter).toHaveBeenCalledTimes(2);
    expect(byId('m1').getAttribute('data-lurewatch-risk')).toBe('medium');
    s.scanner.stop();
    expect(document.querySelectorAll('[data-lurewatch-risk]')).toHaveLength(0);
    expect(document.querySelectorAll('lurewatch-warning')).toHaveLength(0);
  });

  it('a re-analysis clears what it no longer flags, or no longer finds, when it is done', async () => {
    const s = setup(msgs('passport', 'fee', 'hello'));
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const lenient = vi.fn((item: Item): Verdict => (item.text === 'fee' ? { risk: 'none', score: 5, signals: [] } : fakeAnalyze(item)));
    // m0 stops being an item at all (a site redesign the new pack's selectors follow).
    byId('m0').removeAttribute('data-msg');
    s.scanner.setPolicy({ ...s.policy, analyze: lenient }, true);
    await s.drain();
    expect(document.querySelectorAll('[data-lurewatch-risk]')).toHaveLength(0);
    expect(document.querySelectorAll('lurewatch-warning')).toHaveLength(0);
    expect(s.scanner.snapshot().flagged).toHaveLength(0);
    expect(s.onChange).toHaveBeenCalled();
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
  it('splits a document scan of the item root into bounded jobs that find exactly what one search finds', async () => {
    // 3 groups × 20 messages of 3 elements each inside the item root, plus a message in a side bar.
    const group = (g: number) =>
      `<section>${Array.from({ length: 20 }, (_, i) => `<div data-msg id="g${g}m${i}"><b>${i % 7 === 3 ? 'your passport' : `hi ${g}-${i}`}</b><i>12:0${i % 10}</i></div>`).join('')}</section>`;
    const html = `<aside><div data-msg id="side">pay the fee</div></aside><main><div id="root">${[0, 1, 2].map(group).join('')}</div></main>`;

    const whole = setup(html);
    whole.scanner.start(whole.policy);
    await whole.drain();
    const expected = Array.from(document.querySelectorAll('[data-lurewatch-risk]')).map(
      (e) => `${e.id}=${e.getAttribute('data-lurewatch-risk')}`,
    );
    const expectedScanned = whole.scanner.snapshot().scanned;
    whole.scanner.stop();

    const sizes: number[] = [];
    const roots: Element[] = [];
    const split = setup(html, {}, window.MutationObserver, {
      itemRoot: () => document.getElementById('root'),
      unitElements: 20,
      findItems: (root) => {
        roots.push(root as Element);
        sizes.push((root as Element).getElementsByTagName('*').length + 1);
        return fakeFindItems(root);
      },
    });
    stop = () => split.scanner.stop();
    split.scanner.start(split.policy);
    await split.drain();
    expect(
      Array.from(document.querySelectorAll('[data-lurewatch-risk]')).map((e) => `${e.id}=${e.getAttribute('data-lurewatch-risk')}`),
    ).toEqual(expected);
    expect(split.scanner.snapshot().scanned).toBe(expectedScanned);
    expect(expected.length).toBe(10);
    // Never the whole document, never the item root whole; inside it, no job above the limit.
    expect(roots).not.toContain(document.documentElement);
    expect(roots).not.toContain(document.getElementById('root'));
    const inside = roots.filter((r) => document.getElementById('root')!.contains(r));
    expect(inside.length).toBeGreaterThanOrEqual(60);
    for (const r of inside) expect(r.getElementsByTagName('*').length + 1).toBeLessThanOrEqual(20);
    expect(roots).toContain(document.querySelector('aside'));
  });

  it('marks an appended message in the next slice, ahead of a re-analysis of the whole chat', async () => {
    const s = setup(msgs(...Array.from({ length: 40 }, (_, i) => `message number ${i}`)), {}, window.MutationObserver, {
      itemRoot: () => byId('list'),
      unitElements: 5,
    });
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    // A new pack: everything is analysed again, 1 ms per item, 8 ms slices.
    const slow = vi.fn((item: Item) => {
      s.advance(1);
      return fakeAnalyze(item);
    });
    s.scanner.setPolicy({ ...s.policy, analyze: slow }, true);
    s.fake.runSlice();
    expect(slow.mock.calls.length).toBeLessThan(40);
    const added = document.createElement('div');
    added.setAttribute('data-msg', '');
    added.textContent = 'send your passport now';
    byId('list').append(added);
    await new Promise((r) => setTimeout(r, 0));
    s.fake.runSlice();
    expect(added.getAttribute('data-lurewatch-risk')).toBe('high');
    // The backlog is still there, and still gets done.
    expect(slow.mock.calls.length).toBeLessThan(40);
    await s.drain();
    expect(slow).toHaveBeenCalledTimes(41);
  });

  it('searches an edit at once even while the search that covers it waits in the bulk lane', async () => {
    const s = setup(msgs(...Array.from({ length: 30 }, (_, i) => `<span>message number ${i}</span>`)), {}, window.MutationObserver, {
      itemRoot: () => byId('list'),
      unitElements: 3,
      findItems: (root) => {
        s.advance(1); // each search "costs" 1 ms
        return fakeFindItems(root);
      },
    });
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    s.analyze.mockImplementation((item) => {
      s.advance(1);
      return fakeAnalyze(item);
    });
    // A re-analysis: the list is split into one search per message, 8 of which fit in the first slice.
    s.scanner.setPolicy(s.policy, true);
    s.fake.runSlice();
    expect(s.analyze).toHaveBeenCalledTimes(30);
    // The last message is edited while its own search is still waiting in the bulk lane.
    byId('m29').querySelector('span')!.textContent = 'send your passport now';
    await new Promise((r) => setTimeout(r, 0));
    s.fake.runSlice();
    expect(byId('m29').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(s.analyze).toHaveBeenCalledTimes(31);
  });

  it('splits a big subtree added at once inside the item root into bounded searches', async () => {
    const sizes: number[] = [];
    const s = setup('<div id="list"></div>', {}, window.MutationObserver, {
      itemRoot: () => byId('list'),
      unitElements: 4,
      findItems: (root) => {
        sizes.push((root as Element).getElementsByTagName('*').length + 1);
        return fakeFindItems(root);
      },
    });
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    sizes.length = 0;
    // A chat switch: the app puts in one block holding 12 messages of 2 elements each.
    const block = document.createElement('section');
    block.innerHTML = Array.from(
      { length: 12 },
      (_, i) => `<div data-msg id="b${i}"><b>${i === 11 ? 'passport' : `hi ${i}`}</b></div>`,
    ).join('');
    byId('list').append(block);
    await s.drain();
    expect(byId('b11').getAttribute('data-lurewatch-risk')).toBe('high');
    expect(s.analyze).toHaveBeenCalledTimes(12);
    expect(sizes.length).toBeGreaterThanOrEqual(12);
    for (const n of sizes) expect(n).toBeLessThanOrEqual(4);
  });

  it('finds the same items in any page split at any limit as in one search (random pages)', async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 1000 }), async (shape, limit, seed) => {
        // Some elements of a random tree become messages (some nested in others), a few of them risky.
        const root = build(shape);
        root.id = 'root';
        Array.from(root.getElementsByTagName('p')).forEach((p, i) => {
          p.id = `p${i}`;
          if ((i * 7 + seed) % 3 === 0) p.setAttribute('data-msg', '');
          p.prepend(document.createTextNode((i + seed) % 5 === 0 ? `passport ${i}` : `hi ${i}`));
        });
        const html = `<header><p data-msg id="h">pay the fee</p></header><main>${root.outerHTML}</main>`;
        const marks = () => Array.from(document.querySelectorAll('[data-lurewatch-risk]')).map((e) => e.id);

        const whole = setup(html);
        whole.scanner.start(whole.policy);
        await whole.drain();
        const expected = marks();
        whole.scanner.stop();

        const sizes: number[] = [];
        const split = setup(html, {}, window.MutationObserver, {
          itemRoot: () => document.getElementById('root'),
          unitElements: limit,
          findItems: (r) => {
            // Every search that covers part of the item root stays within the limit.
            const items = document.getElementById('root')!;
            const el = r as Element;
            if (items.contains(el) || el.contains(items)) sizes.push(el.getElementsByTagName('*').length);
            return fakeFindItems(r);
          },
        });
        split.scanner.start(split.policy);
        await split.drain();
        const got = marks();
        split.scanner.stop();
        expect(got).toEqual(expected);
        for (const n of sizes) expect(n).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 40 },
    );
  });

  it('searches a big item whole instead of building it again for every piece of it', async () => {
    const spans = Array.from({ length: 30 }, (_, i) => `<span>line ${i}</span>`).join('');
    const built: Element[] = [];
    const s = setup(
      `<div id="list"><div data-msg id="long">send your passport ${spans}</div><div data-msg id="m1">hi</div></div>`,
      {},
      window.MutationObserver,
      {
        itemRoot: () => byId('list'),
        unitElements: 5,
        findItems: (root) => {
          const found = fakeFindItems(root);
          for (const f of found) built.push(f.element);
          return found;
        },
      },
    );
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(byId('long').getAttribute('data-lurewatch-risk')).toBe('high');
    // Found by the probe of the list and by its own (which tells it is one item), then searched whole:
    // three times, not once per span (30).
    expect(built.filter((e) => e.id === 'long').length).toBeLessThanOrEqual(3);
  });
});

describe('hasMoreElements', () => {
  it('counts the elements below an element only as far as the limit', () => {
    fc.assert(
      fc.property(tree, fc.integer({ min: 0, max: 40 }), (shape, limit) => {
        const root = build(shape);
        expect(hasMoreElements(root, limit)).toBe(root.getElementsByTagName('*').length > limit);
        const first = root.firstElementChild;
        if (first) expect(hasMoreElements(first, limit)).toBe(first.getElementsByTagName('*').length > limit);
      }),
      { numRuns: 300 },
    );
  });
});

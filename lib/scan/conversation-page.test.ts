/**
 * The conversation context in the scanner, on a WhatsApp fixture page (tests/fixtures/sites/whatsapp-split-lure.html):
 * the real adapter finds the messages, the real engine judges them, and the scanner marks the message where
 * the split lure becomes clear, with the window's verdict, and nothing else. Browser version:
 * tests/e2e/chat-context.spec.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../engine';
import { bundledPack } from '../engine/bundled';
import type { Item } from '../engine/types';
import { findItems } from '../sites';
import { fixtureText } from '../sites/kit/load-fixture';
import { windowKey } from './conversation';
import { drainSlices, fakeScheduler } from './fake-scheduler';
import { Scanner, type ScanPolicy } from './scanner';
import { keyWarnings, windowNatives } from './test-doubles';

const WA = new URL('https://web.whatsapp.com/');
const pack = bundledPack();
const LAST = 'Send your passport photo to my manager on Telegram @xyz';

function setup(policyPatch: Partial<ScanPolicy> = {}) {
  const page = new DOMParser().parseFromString(fixtureText('whatsapp-split-lure.html'), 'text/html');
  document.body.innerHTML = page.body.innerHTML;
  const fake = fakeScheduler();
  const engine = vi.fn((item: Item) => analyze(item, pack));
  const policy: ScanPolicy = {
    analyze: engine,
    present: (verdict, found, key) => ({
      key,
      risk: verdict.risk === 'high' ? 'high' : 'medium',
      lang: 'en',
      topic: 'recruitment',
      reasons: [],
      ...(found.sender ? { sender: found.sender } : {}),
    }),
    allowSenders: new Set(),
    notScam: new Set(),
    dismissed: new Set(),
    ...policyPatch,
  };
  const warnings = keyWarnings();
  const scanner = new Scanner({
    doc: document,
    url: () => WA,
    findItems: (root, url) => findItems(root, url),
    natives: windowNatives(),
    scheduler: fake.scheduler,
    warnings,
    onChange: () => {},
    log: () => {},
    budgetMs: 50,
  });
  const drain = () => drainSlices(fake);
  return { scanner, policy, engine, drain };
}

const markedTexts = () =>
  Array.from(document.querySelectorAll('[data-lurewatch-risk]')).map((el) => el.querySelector('.selectable-text')?.textContent);

describe('conversation context in the scanner (WhatsApp split lure)', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('marks the message where the lure becomes clear, with the window’s verdict, and no other', async () => {
    const s = setup();
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    expect(markedTexts()).toEqual([LAST]);
    const [entry] = s.scanner.snapshot().flagged;
    expect(entry?.found.text.split('\n')).toEqual([
      'Good morning 😊',
      'Hi dear, are you looking for a job?',
      'Company in Thailand, salary 1500 USD, free flight and visa',
      'No experience needed',
      'You will like it 🙂',
      LAST,
    ]);
    expect(entry?.key).toBe(windowKey(entry?.found.text ?? ''));
    expect(entry?.found.sender).toBe('Anna Recruitment');
    expect(entry?.found.joined).toBe(6);
    expect(entry?.verdict.signals.some((sig) => sig.family === 'trafficking')).toBe(true);
  });

  it('stays marked through a rescan without analysing again, and the user’s trust clears it', async () => {
    const s = setup();
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const calls = s.engine.mock.calls.length;
    s.scanner.rescanDocument();
    await s.drain();
    expect(markedTexts()).toEqual([LAST]);
    expect(s.engine.mock.calls.length).toBe(calls);
    // "Not a scam" on the warning trusts the sender (lib/scan/feedback.ts): the window's mark goes.
    s.scanner.setPolicy({ ...s.policy, allowSenders: new Set(['anna recruitment']) }, false);
    expect(markedTexts()).toEqual([]);
  });

  it('an edit that takes the lure back clears the mark', async () => {
    const s = setup();
    stop = () => s.scanner.stop();
    s.scanner.start(s.policy);
    await s.drain();
    const span = Array.from(document.querySelectorAll('.selectable-text > span')).find((el) => el.textContent === LAST);
    span!.textContent = 'Sorry, wrong chat';
    await s.drain();
    expect(markedTexts()).toEqual([]);
    expect(s.scanner.snapshot().flagged).toEqual([]);
  });
});

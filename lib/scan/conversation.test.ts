import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../engine';
import { bundledPack } from '../engine/bundled';
import { KIND_MESSAGE } from '../engine/compile';
import { type Item, isFlagged, type Verdict } from '../engine/types';
import { couldWarnTogether } from '../engine/union';
import type { FoundItem } from '../sites/types';
import { CONTEXT_COMBO_SIZE, ConversationContext, type Judged, threadOf, windowKey } from './conversation';
import { itemKey } from './hash';

const WA = new URL('https://web.whatsapp.com/');
const pack = bundledPack();

/** A message of a conversation table: [sender, text]; a null sender is the user's own message. */
type Line = [string | null, string];

/** The split lure of DOMAIN.md §1a/§1g: no message medium alone, the four together a scam-centre lure. */
const LURE: Line[] = [
  ['Anna', 'Hi dear, are you looking for a job?'],
  ['Anna', 'Company in Thailand, salary 1500 USD, free flight and visa'],
  ['Anna', 'No experience needed'],
  ['Anna', 'Send your passport photo to my manager on Telegram @xyz'],
];

/** A real HR screening over WhatsApp: role, salary, interview time, documents checked in person. */
const HR_SCREENING: Line[] = [
  ['Priya Acme HR', 'Hi Daniel, this is Priya from Acme Logistics HR. Thanks for applying for the Warehouse Supervisor role in Leeds.'],
  ['Priya Acme HR', 'The salary range is £32,000 to £36,000 per year plus overtime, 37.5 hours a week.'],
  [null, 'Great, thank you'],
  ['Priya Acme HR', 'Are you free for a video interview on Thursday at 10:30? It will be with the site manager, about 45 minutes.'],
  ['Priya Acme HR', 'If you get the job we do the right-to-work check in person on your first day (passport or BRP), as the law requires.'],
  ['Priya Acme HR', 'You can see the job and our address on acme-logistics.co.uk/careers. Let me know if Thursday works!'],
];

/** Friends talking about a job abroad, a sponsored visa, a paid flight and a passport. */
const FRIENDS_ABROAD: Line[] = [
  ['Tom', 'Did you hear Jess got that nursing job in Dubai?'],
  ['Tom', 'Yeah the hospital is sponsoring her visa and paying for the flight, salary is like 12k AED a month'],
  [null, 'wow nice'],
  ['Tom', "I'm thinking of applying for a working holiday visa in Australia next year"],
  ['Tom', 'You need like 5000 AUD in savings to show for the visa tho'],
  ['Tom', 'Send me the link to the form when you find it'],
  ['Tom', 'Also my passport expires in March, need to renew it first lol'],
];

interface Outcome {
  text: string;
  /** The risk the message is shown with (its own or its window's). */
  shown: Verdict['risk'];
  /** Whether that came from the window. */
  byWindow: boolean;
  judged: Judged;
}

function harness(options?: ConstructorParameters<typeof ConversationContext>[0], couldWarn?: (ids: ReadonlySet<string>) => boolean) {
  const ctx = new ConversationContext(options);
  const engine = vi.fn((item: Item) => analyze(item, pack));
  const list = document.createElement('div');
  document.body.replaceChildren(list);
  const element = (text: string): Element => {
    const el = document.createElement('div');
    el.textContent = text;
    list.append(el);
    return el;
  };
  const judge = (found: FoundItem, url = WA): Outcome => {
    const key = itemKey(found.text, found.kind);
    const own = analyze({ text: found.text, kind: found.kind, links: found.links }, pack);
    const judged = ctx.judge(found, key, own, engine, url, couldWarn);
    return { text: found.text, shown: judged.verdict.risk, byWindow: judged.key !== key, judged };
  };
  const item = ([sender, text]: Line, extra: Partial<FoundItem> = {}): FoundItem => {
    const found: FoundItem = { element: element(text), kind: 'message', text, links: [], ...extra };
    if (sender === null) found.outgoing = true;
    else found.sender = sender;
    return found;
  };
  const play = (lines: Line[], extra: Partial<FoundItem> = {}): Outcome[] => lines.map((line) => judge(item(line, extra)));
  return { ctx, engine, play, judge, item, element };
}

const flaggedTexts = (outcomes: Outcome[]) => outcomes.filter((o) => isFlagged(o.shown)).map((o) => o.text);

beforeEach(() => document.body.replaceChildren());

describe('ConversationContext', () => {
  it('the split lure: no message is flagged alone, the last one is flagged with the window', () => {
    for (const [, text] of LURE) expect(isFlagged(analyze({ text, kind: 'message' }, pack).risk), text).toBe(false);
    const { play } = harness();
    const out = play(LURE);
    expect(flaggedTexts(out)).toEqual([LURE[3]?.[1]]);
    const last = out[3] as Outcome;
    expect(last.byWindow).toBe(true);
    // The window's text is the four messages in page order; the evidence quotes come from it.
    expect(last.judged.found.text).toBe(LURE.map(([, t]) => t).join('\n'));
    expect(last.judged.key).toBe(windowKey(last.judged.found.text));
    expect(last.judged.key).toMatch(/^[a-z0-9]{1,16}$/);
    const evidence = last.judged.verdict.signals.flatMap((s) => s.evidence);
    expect(evidence.some((e) => /passport/i.test(e))).toBe(true);
    expect(evidence.some((e) => /Thailand|flight|visa/i.test(e))).toBe(true);
    for (const s of last.judged.verdict.signals)
      for (const span of s.spans) expect(s.evidence).toContain(last.judged.found.text.slice(span.start, span.end));
    // The sender and element stay the message's own (trust and "not a scam" go by sender).
    expect(last.judged.found.sender).toBe('Anna');
    expect(last.judged.found.joined).toBe(4);
  });

  it('the user’s own replies between the lure messages neither join nor reset the window', () => {
    const { play } = harness();
    const lines: Line[] = [
      LURE[0] as Line,
      [null, 'who is this?'],
      LURE[1] as Line,
      [null, 'what kind of work? salary 1500 USD, free flight and visa'],
      LURE[2] as Line,
      LURE[3] as Line,
    ];
    const out = play(lines);
    expect(flaggedTexts(out)).toEqual([LURE[3]?.[1]]);
    expect(out[5]?.judged.found.text).toBe(LURE.map(([, t]) => t).join('\n'));
  });

  it.each([
    ['an HR screening with salary and interview time', HR_SCREENING],
    ['friends talking about a job abroad, visas, a paid flight and a passport', FRIENDS_ABROAD],
  ])('leaves a legit conversation alone: %s', (_name, lines) => {
    const { play } = harness();
    expect(flaggedTexts(play(lines))).toEqual([]);
  });

  it('keeps the senders of a group chat apart: the same lines split between two senders flag nothing', () => {
    const { play } = harness();
    // Anna asks about jobs abroad; Ben, another member, asks someone for a passport photo.
    const split: Line[] = LURE.map(([, text], i) => [i === 3 ? 'Ben' : 'Anna', text]);
    expect(flaggedTexts(play(split))).toEqual([]);
    // Control: the same lines from one sender, in another chat, are the lure.
    expect(flaggedTexts(play(LURE, { thread: 'other-chat' }))).toEqual([LURE[3]?.[1]]);
  });

  it('keeps conversations apart: by the adapter’s thread, else by the page address', () => {
    const { play } = harness();
    const a: Line[] = LURE.slice(0, 2);
    const b: Line[] = LURE.slice(2);
    play(a, { thread: 'chat-1@c.us' });
    expect(flaggedTexts(play(b, { thread: 'chat-2@c.us' }))).toEqual([]);
    const { judge, item } = harness();
    for (const line of a) judge(item(line), new URL('https://www.messenger.com/t/111'));
    expect(flaggedTexts(b.map((line) => judge(item(line), new URL('https://www.messenger.com/t/222'))))).toEqual([]);
    expect(
      threadOf({ element: document.body, kind: 'message', text: 'x', links: [] }, new URL('https://web.telegram.org/k/?q=1#@bob')),
    ).toBe('web.telegram.org/k/#@bob');
  });

  it('is bounded: a lure part older than the last six messages of the sender no longer counts', () => {
    const filler = (n: number): Line[] => Array.from({ length: n }, (_, i) => ['Anna', `ok ${i}`] as Line);
    const run = (gap: number) => harness().play([LURE[1] as Line, ...filler(gap), LURE[2] as Line, LURE[3] as Line]);
    // Six messages: the lure part, three fillers, the last two parts.
    expect(flaggedTexts(run(3))).toEqual([LURE[3]?.[1]]);
    expect(flaggedTexts(run(4))).toEqual([]);
  });

  it('is bounded by characters too: the oldest messages drop out first', () => {
    const lines: Line[] = [LURE[1] as Line, ['Anna', 'x'.repeat(200)], LURE[2] as Line, LURE[3] as Line];
    expect(flaggedTexts(harness().play(lines))).toEqual([LURE[3]?.[1]]);
    expect(flaggedTexts(harness({ maxChars: 300 }).play(lines))).toEqual([]);
  });

  it('never changes the verdict of a message flagged alone, and warns once per lure', () => {
    const alone =
      'Office job in Cambodia, salary 2000 USD, flight and visa paid, no experience needed. Send your passport on Telegram t.me/hr_bavet';
    const { play } = harness();
    const out = play([
      ['Anna', 'Hi dear'],
      ['Anna', alone],
      ['Anna', 'No experience needed'],
      ['Anna', 'Hello? Are you there?'],
    ]);
    const own = analyze({ text: alone, kind: 'message' }, pack);
    expect(isFlagged(own.risk)).toBe(true);
    expect(out[1]?.byWindow).toBe(false);
    expect(out[1]?.judged.verdict).toEqual(own);
    // The later messages add nothing riskier than what is already shown: no second warning.
    expect(flaggedTexts(out)).toEqual([alone]);
  });

  it('counts a link of the new message as its contribution (a link preview carries no text)', () => {
    const { play, judge, item } = harness();
    play(LURE.slice(0, 3));
    const last = judge(item(['Anna', 'my manager'], { links: ['https://t.me/hr_manager_88'] }));
    expect(last.byWindow).toBe(true);
    expect(last.judged.found.links).toEqual(['https://t.me/hr_manager_88']);
  });

  it('warns again only when the window turns riskier (medium → high)', () => {
    const { play } = harness();
    // With the bundled pack: the contact makes the window medium, the passport then makes it high.
    const out = play([
      ...LURE.slice(0, 3),
      ['Anna', 'Contact my manager on Telegram @xyz'],
      ['Anna', 'Send your passport photo now'],
      ['Anna', 'Are you there? Reply fast'],
    ]);
    expect(out.map((o) => o.shown)).toEqual(['none', 'none', 'none', 'medium', 'high', 'none']);
  });

  it('with the engine’s bound, reads no window whose signals could not warn together, and still finds the lure', () => {
    const bound = (ids: ReadonlySet<string>) => couldWarnTogether(pack, ids, 'message');
    const chat: Line[] = [
      ['Sam', 'the bakery on 5th street is hiring weekend staff'],
      ['Sam', 'I got the call centre job in town'],
      ['Sam', 'the warehouse shift got moved to Tuesday'],
      ['Sam', 'my interview at the hospital went well'],
    ];
    const unbounded = harness();
    unbounded.play(chat);
    const bounded = harness(undefined, bound);
    bounded.play(chat);
    // Without the bound some of these windows are read (they add a signal), with it none is.
    expect(unbounded.engine.mock.calls.length).toBeGreaterThan(0);
    expect(bounded.engine).not.toHaveBeenCalled();
    expect(flaggedTexts(bounded.play(LURE))).toEqual([LURE[3]?.[1]]);
  });

  it('reads no window that cannot say more than its messages, and caches windows by text', () => {
    const { play, engine, judge, item } = harness();
    play([
      ['Sam', 'see you at 7'],
      ['Sam', 'bring the cake'],
      ['Sam', 'lol ok'],
      // Job talk fires the same generic signal again and again: no message adds anything new.
      ['Sam', 'the bakery on 5th street is hiring weekend staff'],
      ['Sam', 'I got the job at the supermarket in town'],
      ['Sam', 'my interview at the hospital went well'],
    ]);
    expect(engine).not.toHaveBeenCalled();
    play(LURE);
    const calls = engine.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    // The same last bubble rendered again (a virtualised list) costs a lookup, and flags it again.
    const again = judge(item(LURE[3] as Line));
    expect(again.byWindow).toBe(true);
    expect(engine.mock.calls.length).toBe(calls);
  });

  it('does not join messages without a sender, postings, or the user’s own messages', () => {
    const { judge, element, engine } = harness();
    const noSender = LURE.map(([, text]) => judge({ element: element(text), kind: 'message', text, links: [] }));
    const postings = LURE.map(([, text]) => judge({ element: element(text), kind: 'posting', text, links: [], sender: 'Anna' }));
    const own = LURE.map(([, text]) => judge({ element: element(text), kind: 'message', text, links: [], sender: 'Anna', outgoing: true }));
    expect(flaggedTexts([...noSender, ...postings, ...own])).toEqual([]);
    expect(engine).not.toHaveBeenCalled();
  });

  it('keeps page order when an earlier message is found after a later one', () => {
    const { ctx, element, engine } = harness();
    const els = LURE.map(([, text]) => element(text));
    const judgeAt = (i: number) => {
      const text = LURE[i]?.[1] as string;
      const own = analyze({ text, kind: 'message' }, pack);
      return ctx.judge(
        { element: els[i] as Element, kind: 'message', text, links: [], sender: 'Anna' },
        itemKey(text, 'message'),
        own,
        engine,
        WA,
      );
    };
    judgeAt(0);
    judgeAt(2);
    judgeAt(1);
    const last = judgeAt(3);
    expect(last.found.text).toBe(LURE.map(([, t]) => t).join('\n'));
  });

  it('says which window key to forget when an edited message no longer completes the lure', () => {
    const { ctx, play, engine } = harness();
    const out = play(LURE);
    const flagged = out[3]?.judged as Judged;
    const text = 'sorry, wrong chat';
    const own = analyze({ text, kind: 'message' }, pack);
    const edited = ctx.judge({ ...flagged.found, text, links: [] }, itemKey(text, 'message'), own, engine, WA);
    expect(edited.stale).toBe(flagged.key);
    expect(edited.key).toBe(itemKey(text, 'message'));
    expect(ctx.shownKey(flagged.found.element)).toBeUndefined();
  });

  it('its gate is sound for the bundled pack: a combo of context signals alone joins at least three', () => {
    const messageCombos = pack.combos.filter((c) => c.kinds & KIND_MESSAGE);
    expect(messageCombos.length).toBeGreaterThan(0);
    for (const c of messageCombos) {
      const needed = [...c.all, ...c.any].map((i) => pack.signals[i]?.family);
      if (needed.every((f) => f === 'context'))
        expect(c.all.length + Math.max(c.minAny, c.any.length > 0 ? 1 : 0), c.id).toBeGreaterThanOrEqual(CONTEXT_COMBO_SIZE);
    }
  });

  it('rejects a window that cannot hold two messages', () => {
    expect(() => new ConversationContext({ maxMessages: 1 })).toThrow(/at least 2/);
  });
});

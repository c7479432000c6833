/**
 * Repeated blocks (issue 4, "Site adapters" 2): forum threads (phpBB's div.post), Telegram's t.me/s channel
 * preview, Reddit's <shreddit-comment>s, classified grids and hand-made chat widgets are runs of sibling
 * <div>s, <a>s or custom elements, not articles or list items. Found from a root by a bounded top-down walk,
 * or, for a change deep in the page, by climbing from the changed element and comparing its nearest siblings.
 * Comment trees (replies nested in their parent comment) come from ./comment-trees.ts.
 */
import {
  alike,
  CONTAINER_OWN_CHARS,
  isCustom,
  isLeaf,
  isRunTag,
  judgeRun,
  type Keys,
  keysOf,
  MIN_LIST_ITEMS,
  ownChars,
  pruned,
  pruneSelector,
  type RunKind,
} from './block-shape';
import { TreeCollector, threadWordRegex, treeMembersIn, treeNodeAround } from './comment-trees';
import type { Selectors } from './selectors';

/** Most blocks kept per search. */
export const MAX_CANDIDATES = 1_000;
/** Elements visited per top-down search. */
const MAX_WALK = 20_000;
/** Children of one parent compared (a 2,000-message log is judged on its first 1,000). */
const MAX_RUN_CHILDREN = 1_000;
/** Siblings compared on each side when a change deep in the page asks "am I in a run?". */
const SIBLING_WINDOW = 12;
/** Ancestors climbed from a changed element. */
const MAX_LEVELS = 12;
/** Single-child wrappers stepped through so the mark lands on the post itself (t.me's message_wrap). */
const MAX_WRAPPER_DESCENT = 4;

/** The run among parent's children, if any (all of them compared, up to MAX_RUN_CHILDREN). */
function runUnder(parent: Element): { members: Element[]; kind: RunKind } | null {
  const kids: Element[] = [];
  for (let c = parent.firstElementChild; c !== null && kids.length < MAX_RUN_CHILDREN; c = c.nextElementSibling) {
    if (isRunTag(c.localName)) kids.push(c);
  }
  if (kids.length < MIN_LIST_ITEMS) return null;
  const keys = kids.map(keysOf);
  const leaf = kids.map(isLeaf);
  const count = new Map<string, number>();
  const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
  kids.forEach((_, i) => {
    const k = keys[i] as Keys;
    if (k.cls !== '') bump(`c${k.cls}`);
    if (!leaf[i]) bump(`s${k.shape}`);
  });
  const members = kids.filter((_, i) => {
    const k = keys[i] as Keys;
    return (
      (k.cls !== '' && (count.get(`c${k.cls}`) ?? 0) >= MIN_LIST_ITEMS) || (!leaf[i] && (count.get(`s${k.shape}`) ?? 0) >= MIN_LIST_ITEMS)
    );
  });
  const kind = judgeRun(members);
  return kind ? { members, kind } : null;
}

/** The run `el` belongs to, judged on its nearest siblings only (cheap enough for every mutation). */
function runAt(el: Element): RunKind | null {
  if (!el.parentElement) return null;
  const k = keysOf(el);
  const leaf = isLeaf(el);
  const near: Element[] = [el];
  let before = el.previousElementSibling;
  let after = el.nextElementSibling;
  for (let i = 0; i < SIBLING_WINDOW && (before !== null || after !== null); i++) {
    for (const s of [before, after]) if (s !== null && isRunTag(s.localName) && alike(k, leaf, keysOf(s), isLeaf(s))) near.push(s);
    before = before?.previousElementSibling ?? null;
    after = after?.nextElementSibling ?? null;
  }
  return judgeRun(near);
}

interface Block {
  el: Element;
  kind: RunKind;
  /** Position in the walk (document order without DOM calls); -1 for the block around a changed element. */
  index: number;
}

/** A repeated block that is a post: the posts nested in it (left out of its text), and whether it is a chat message. */
export interface Resolved {
  inner: Element[];
  chat: boolean;
  index: number;
}

/** Runs inside `start` (pre-order, bounded walk), plus replies nested in a threaded run's blocks and comment trees. */
function runsInside(start: Element, prune: string, claimed: ReadonlySet<Element>, into: Map<Element, Block>, words: RegExp): void {
  const threads = new Set<string>();
  const trees = new TreeCollector(words);
  let visits = 0;
  let el: Element | null = start;
  while (el !== null && visits < MAX_WALK && into.size < MAX_CANDIDATES) {
    const block = into.get(el);
    if (block && block.index === Number.POSITIVE_INFINITY) block.index = visits;
    visits++;
    // Inside an article/feed/list post nothing can be a post of its own (that post wins): not walked.
    const skip = (claimed.has(el) && el !== start) || pruned(el, prune);
    if (!skip) {
      trees.add(el, visits);
      const tag = el.localName;
      if (threads.has(tag) && !block) {
        const up = el.parentElement?.closest(tag);
        const parentBlock = up ? into.get(up) : undefined;
        if (parentBlock) into.set(el, { el, kind: parentBlock.kind, index: visits });
      }
      if (el.childElementCount >= MIN_LIST_ITEMS) {
        const run = runUnder(el);
        if (run) {
          for (const m of run.members) if (!into.has(m)) into.set(m, { el: m, kind: run.kind, index: Number.POSITIVE_INFINITY });
          if (run.kind.thread) threads.add(run.kind.thread);
        }
      }
    }
    el = nextInWalk(el, start, !skip);
  }
  // A comment tree's comments are posts even where a run judged them otherwise (a run of 3 top-level
  // comments with their replies inside): each stays an item, and none is a mere container of replies.
  for (const [key, members] of trees.trees()) {
    const kind: RunKind = { leaf: false, chat: false, thread: key };
    for (const { el: m, index } of members) {
      const b = into.get(m);
      if (b) b.kind = kind;
      else if (into.size < MAX_CANDIDATES) into.set(m, { el: m, kind, index });
    }
  }
}

function nextInWalk(el: Element, start: Element, descend: boolean): Element | null {
  if (descend && el.firstElementChild) return el.firstElementChild;
  for (let e: Element | null = el; e !== null && e !== start; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}

/**
 * The block a change at `el` sits in: climbing from el, the innermost structured run (a post: a leaf run
 * below it is the post's lines), else the innermost leaf run (a chat message). In a threaded run, the
 * innermost reply around el.
 */
function runAround(el: Element, prune: string, body: Element | null, words: RegExp): Block | null {
  let leafBlock: Block | null = null;
  let level: Element | null = el;
  const tree = treeNodeAround(el, words, MAX_LEVELS, body);
  for (let i = 0; i < MAX_LEVELS && level !== null && level !== body && level.parentElement !== null; i++) {
    if (pruned(level, prune)) return null;
    if (tree && level === tree.el) return { el: level, kind: { leaf: false, chat: false, thread: tree.key }, index: -1 };
    if (isRunTag(level.localName)) {
      const kind = runAt(level);
      if (kind && !kind.leaf) {
        const reply = kind.thread && isCustom(kind.thread) ? el.closest(kind.thread) : null;
        return { el: reply && level.contains(reply) ? reply : level, kind, index: -1 };
      }
      if (kind && !leafBlock) {
        leafBlock = { el: level, kind, index: -1 };
        // A chat message is its own item even inside alike layout columns (as resolveBlocks decides).
        if (kind.chat) break;
      }
    }
    level = level.parentElement;
  }
  if (leafBlock && prune !== '' && leafBlock.el.closest(prune)) return null;
  return leafBlock;
}

/** Steps through single-child wrappers, so the mark and warning land on the post itself. */
export function innermostPost(el: Element): Element {
  let e = el;
  // A custom element's name says it is the post (<shreddit-comment>): never step out of it.
  for (let i = 0; i < MAX_WRAPPER_DESCENT && !isCustom(e.localName); i++) {
    const c = e.firstElementChild;
    // Never into a link: a card that is one big <a> (Jiji) would get its warning inside the link, where it
    // joins the link's accessible name and a click on it follows the link.
    if (c === null || c !== e.lastElementChild || c.localName === 'a' || !(isRunTag(c.localName) || c.localName === 'article')) break;
    let ownText = false;
    for (let n = e.firstChild; n !== null && !ownText; n = n.nextSibling) ownText = n.nodeType === 3 && (n as Text).data.trim() !== '';
    if (ownText) break;
    e = c;
  }
  return e;
}

/**
 * Which blocks are posts. A leaf block inside a structured one is a line of that post, unless it is a chat
 * message. A structured block
 * holding ≥ 2 others with few words of its own is a wrapper (a layout column around a feed); with words
 * of its own it is a post with replies, and both count. A threaded run's blocks always count.
 * Returns each post with the nested posts to leave out of its text.
 */
function resolveBlocks(blocks: Map<Element, Block>): Map<Element, Resolved> {
  const kids = new Map<Element, Block[]>();
  const parentOf = new Map<Element, Block>();
  // Ancestor walks instead of pairwise contains(): O(n × depth), not O(n²).
  for (const b of blocks.values()) {
    for (let p = b.el.parentElement; p !== null; p = p.parentElement) {
      const pb = blocks.get(p);
      if (pb) {
        parentOf.set(b.el, pb);
        if (!b.kind.leaf || b.kind.chat) kids.set(p, [...(kids.get(p) ?? []), b]);
        break;
      }
    }
  }
  const out = new Map<Element, Resolved>();
  for (const b of blocks.values()) {
    const parent = parentOf.get(b.el);
    // A chat's messages stay messages inside a structured block (a chat column among alike layout
    // columns): the column is then their container, not one posting made of the whole conversation.
    if (b.kind.leaf && !b.kind.chat && parent && !parent.kind.leaf) continue;
    const nested = kids.get(b.el) ?? [];
    if (nested.length >= 2 && !b.kind.thread) {
      if (
        ownChars(
          b.el,
          nested.map((k) => k.el),
        ) < CONTAINER_OWN_CHARS
      )
        continue;
    }
    out.set(b.el, { inner: nested.map((k) => k.el), chat: b.kind.chat, index: b.index });
  }
  return out;
}

/** Repeated blocks found from root: the runs inside it, and the run a changed element sits in. */
export function repeatedBlocks(root: ParentNode, sel: Selectors, doc: Document, claimed: ReadonlySet<Element>): Map<Element, Resolved> {
  const prune = pruneSelector(sel, doc);
  const words = threadWordRegex(sel);
  const blocks = new Map<Element, Block>();
  const r = root as Node;
  const start = r.nodeType === 9 ? doc.body : r.nodeType === 1 ? (r as Element) : null;
  if (!start) return new Map();
  // A change inside an article/feed/list post: that post is re-found by the older shapes; a repeated
  // block there would be dropped anyway (the older-shape post wins), so do not look.
  for (let p: Element | null = start; p !== null; p = p.parentElement) if (claimed.has(p)) return new Map();
  if (r.nodeType === 1) {
    const around = runAround(start, prune, doc.body, words);
    if (around) {
      blocks.set(around.el, around);
      // A change inside a comment: its replies are found too, so its text leaves them out as a full search does.
      const { thread } = around.kind;
      if (thread)
        for (const d of treeMembersIn(around.el, thread, MAX_CANDIDATES))
          if (!blocks.has(d)) blocks.set(d, { el: d, kind: around.kind, index: -1 });
    }
  }
  runsInside(start, prune, claimed, blocks, words);
  return resolveBlocks(blocks);
}

/**
 * The generic fallback (issue 4, "Site adapters" 2), used where no site adapter matches:
 *  - feeds of repeated post-like blocks: article, role="article", the children of role="feed", list
 *    items that share one structure, and runs of alike sibling blocks (see "Repeated blocks" below).
 *    Each block whose text talks about work is its own item;
 *  - on a thread page (a post followed by a run of replies), the post the replies answer;
 *  - otherwise, a page whose main content is a single job ad becomes one item.
 * "Talks about work" is a cheap multilingual prefilter (the word lists are data in selectors.json, so a
 * pack can add a language); the engine decides what is risky. Words are matched as escaped literals,
 * never as pack-supplied regular expressions, so a pack cannot make this slow.
 */
import { defineSite, type FindContext } from './kit/define';
import { collect, inDocumentOrder, linksIn, makeItem } from './kit/dom';
import type { Selectors } from './kit/selectors';
import { isExcluded, textOf } from './kit/text';
import type { FoundItem } from './types';

const MAX_CANDIDATES = 1_000;
const MAX_LISTS = 300;
/** A structured list needs this many items, this share of them alike, and this much text per item. */
const MIN_LIST_ITEMS = 3;
const MIN_ALIKE = 0.6;
const MIN_ITEM_CHARS = 60;
/** A block holding ≥ 2 blocks is a container when fewer characters than this are its own. */
const CONTAINER_OWN_CHARS = 120;
/** A single ad must say this much and hit this many distinct job words. */
const MIN_AD_CHARS = 150;
const MIN_AD_WORDS = 2;

/*
 * Repeated blocks: forum threads (phpBB's div.post), Telegram's t.me/s channel preview, Reddit's
 * <shreddit-comment>s, classified grids and hand-made chat widgets are runs of sibling <div>s, <a>s or
 * custom elements, not articles or list items. A run is ≥ 3 siblings under one parent that share a shape
 * (tag + child tags: classes are hashed on many sites) or the first token of their class attribute (a
 * shared class is a strong hint even when shapes differ, e.g. posts with and without a signature).
 * Each search is bounded: a 10 MB page or 1,000 mutations a second cost a capped walk, never a full one.
 */
/** Elements visited per top-down search. */
const MAX_WALK = 20_000;
/** Children of one parent compared (a 2,000-message log is judged on its first 1,000). */
const MAX_RUN_CHILDREN = 1_000;
/** Siblings compared on each side when a change deep in the page asks "am I in a run?". */
const SIBLING_WINDOW = 12;
/** Ancestors climbed from a changed element. */
const MAX_LEVELS = 12;
/**
 * From this many alike siblings on, short blocks count too: a chat's messages are 20–80 characters, and
 * eight or more alike siblings are a message log rather than a few labels (menus and footers are pruned).
 */
const MANY_ALIKE = 8;
const CHAT_MIN_CHARS = 20;
/** Many blocks this short on average, mostly without links, are a chat: messages, not postings. */
const CHAT_MAX_AVG_CHARS = 160;
/** Single-child wrappers stepped through so the mark lands on the post itself (t.me's message_wrap). */
const MAX_WRAPPER_DESCENT = 4;
/** Text measured per block when judging a run (a giant block cannot make the judging slow). */
const MEASURE_CHARS = 2_000;

/** Tags a post-like block can have: containers and custom elements, never paragraphs or table parts. */
const RUN_TAGS = new Set(['div', 'section', 'a']);
/** Children that make a block structured (a post with parts) rather than a leaf (a line, a message). */
const BLOCKISH = new Set([
  'div',
  'section',
  'article',
  'p',
  'ul',
  'ol',
  'dl',
  'table',
  'blockquote',
  'pre',
  'figure',
  'header',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never walked into: no posts live there, and some (svg, template) are large. */
const NO_WALK = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'iframe',
  'object',
  'select',
  'textarea',
  'button',
  'lurewatch-warning',
]);

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const wordCache = new WeakMap<Selectors, RegExp>();

/** One regex for both lists: Latin-script words must start a word, CJK/Thai/Khmer words may sit anywhere. */
export function jobWordRegex(sel: Selectors): RegExp {
  const cached = wordCache.get(sel);
  if (cached) return cached;
  const bounded = sel.list('jobWords').map((w) => escapeRe(w.toLowerCase()));
  const anywhere = sel.list('jobWordsAnywhere').map((w) => escapeRe(w.toLowerCase()));
  const parts: string[] = [];
  if (bounded.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${bounded.join('|')})`);
  if (anywhere.length > 0) parts.push(`(?:${anywhere.join('|')})`);
  const re = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'giu');
  wordCache.set(sel, re);
  return re;
}

/** Distinct job words in the text, counting up to `enough`. */
export function jobWordCount(text: string, sel: Selectors, enough: number): number {
  const re = jobWordRegex(sel);
  re.lastIndex = 0;
  const seen = new Set<string>();
  const lower = text.toLowerCase();
  for (let m = re.exec(lower); m !== null && seen.size < enough; m = re.exec(lower)) seen.add(m[0]);
  return seen.size;
}

/** Shape of a list item: its children's tag names (classes are hashed on many sites, tags are not). */
function signature(li: Element): string {
  const tags: string[] = [];
  for (let c = li.firstElementChild; c !== null && tags.length < 6; c = c.nextElementSibling) tags.push(c.localName);
  return tags.join(',');
}

/** Items of lists whose entries share one structure and carry real text: a feed written as a list. */
function structuredListItems(root: ParentNode, sel: Selectors, doc: Document): Element[] {
  const skip = sel.css('skipList', doc);
  const out: Element[] = [];
  for (const list of sel.all(root, 'list').slice(0, MAX_LISTS)) {
    if (skip !== '' && list.closest(skip)) continue;
    const items = Array.from(list.children).filter((c) => c.localName === 'li');
    if (items.length < MIN_LIST_ITEMS) continue;
    const counts = new Map<string, number>();
    for (const li of items) counts.set(signature(li), (counts.get(signature(li)) ?? 0) + 1);
    const [sig, n] = Array.from(counts.entries()).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (sig === '' || n / items.length < MIN_ALIKE) continue;
    const alike = items.filter((li) => signature(li) === sig);
    const chars = alike.reduce((sum, li) => sum + Math.min(li.textContent?.length ?? 0, 2_000), 0);
    if (chars / alike.length < MIN_ITEM_CHARS) continue;
    out.push(...alike);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Repeated blocks

/** What a run says about its blocks. */
interface RunKind {
  /** Blocks without block-level parts (a line of a post, a chat message). */
  leaf: boolean;
  /** Many short blocks: chat messages. */
  chat: boolean;
  /** The custom tag of a threaded run (<shreddit-comment> replies nest inside their parent). */
  thread: string | null;
}

interface Keys {
  shape: string;
  cls: string;
}

const isCustom = (tag: string): boolean => tag.includes('-') && tag !== 'lurewatch-warning';
const isRunTag = (tag: string): boolean => RUN_TAGS.has(tag) || isCustom(tag);

function keysOf(el: Element): Keys {
  const tag = el.localName;
  let shape = tag;
  // A custom element's name says what it is; its inside varies (a comment with or without replies).
  if (!isCustom(tag)) {
    const tags: string[] = [];
    for (let c = el.firstElementChild; c !== null && tags.length < 6; c = c.nextElementSibling) tags.push(c.localName);
    shape = `${tag}>${tags.join(',')}`;
  }
  const first = (el.getAttribute('class') ?? '').trim().split(/\s+/, 1)[0] ?? '';
  return { shape, cls: first === '' ? '' : `${tag}.${first}` };
}

function isLeaf(el: Element): boolean {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (BLOCKISH.has(c.localName) || isCustom(c.localName)) return false;
  }
  return true;
}

/** Characters a reader sees in the block, measured on its first MEASURE_CHARS × 2 characters. */
function measure(el: Element): number {
  const t = (el.textContent ?? '')
    .slice(0, MEASURE_CHARS * 2)
    .replace(/\s+/g, ' ')
    .trim();
  return Math.min(t.length, MEASURE_CHARS);
}

/**
 * Characters of `el` outside the blocks nested in it, white space collapsed: a page-wide wrapper's
 * indentation must not count as words of its own (a WordPress page <article> around a job list).
 */
function ownChars(el: Element, nested: readonly Element[]): number {
  const len = (e: Element): number => (e.textContent ?? '').replace(/\s+/g, ' ').length;
  return len(el) - nested.reduce((n, k) => n + len(k), 0);
}

/**
 * Alike without a shared class only when both are structured: bare text <div>s in a row are the
 * paragraphs of one text (an editor's output), not posts, unless a class says they are messages.
 */
function alike(a: Keys, aLeaf: boolean, b: Keys, bLeaf: boolean): boolean {
  if (a.cls !== '' && a.cls === b.cls) return true;
  return a.shape === b.shape && !aLeaf && !bLeaf;
}

/** Whether alike siblings are post-like blocks: enough of them, with enough text, not an ad's sections. */
function judgeRun(members: readonly Element[]): RunKind | null {
  if (members.length < MIN_LIST_ITEMS) return null;
  const many = members.length >= MANY_ALIKE;
  const floor = many ? CHAT_MIN_CHARS : MIN_ITEM_CHARS;
  let total = 0;
  let long = 0;
  for (const m of members) {
    const n = measure(m);
    total += n;
    if (n >= floor) long++;
  }
  const avg = total / members.length;
  if (long < MIN_LIST_ITEMS || avg < floor) return null;
  // The sections of one document (an ad's "Requirements", "Benefits", "How to apply") each open with a
  // heading and link nowhere; posts carry an author or permalink link. Splitting an ad would split its
  // signals (the passport in one section, the Telegram handle in another) below the warning level.
  if (
    !many &&
    members.every((m) => HEADINGS.has(m.firstElementChild?.localName ?? '')) &&
    !members.some((m) => m.querySelector('a[href]'))
  ) {
    return null;
  }
  const leaves = members.filter(isLeaf).length;
  const tag = members[0]?.localName ?? '';
  // Cards and forum replies link somewhere (a listing, an author); a chat's messages mostly do not.
  const chat = many && avg < CHAT_MAX_AVG_CHARS && members.filter((m) => m.querySelector('a[href]')).length * 2 < members.length;
  return {
    leaf: leaves * 2 > members.length,
    chat,
    thread: isCustom(tag) && members.every((m) => m.localName === tag) ? tag : null,
  };
}

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
interface Resolved {
  inner: Element[];
  chat: boolean;
  index: number;
}

function pruneSelector(sel: Selectors, doc: Document): string {
  return [sel.css('skipList', doc), sel.css('drop', doc)].filter((s) => s !== '').join(', ');
}

function skippedTag(el: Element): boolean {
  if (NO_WALK.has(el.localName) || el.hasAttribute('data-lurewatch-ui')) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

function pruned(el: Element, prune: string): boolean {
  return skippedTag(el) || (prune !== '' && el.matches(prune));
}

/** Runs inside `start` (pre-order, bounded walk), plus replies nested in a threaded run's blocks. */
function runsInside(start: Element, prune: string, claimed: ReadonlySet<Element>, into: Map<Element, Block>): void {
  const threads = new Set<string>();
  let visits = 0;
  let el: Element | null = start;
  while (el !== null && visits < MAX_WALK && into.size < MAX_CANDIDATES) {
    const block = into.get(el);
    if (block && block.index === Number.POSITIVE_INFINITY) block.index = visits;
    visits++;
    // Inside an article/feed/list post nothing can be a post of its own (that post wins): not walked.
    const skip = (claimed.has(el) && el !== start) || pruned(el, prune);
    if (!skip) {
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
function runAround(el: Element, prune: string, body: Element | null): Block | null {
  let leafBlock: Block | null = null;
  let level: Element | null = el;
  for (let i = 0; i < MAX_LEVELS && level !== null && level !== body && level.parentElement !== null; i++) {
    if (pruned(level, prune)) return null;
    if (isRunTag(level.localName)) {
      const kind = runAt(level);
      if (kind && !kind.leaf) {
        const reply = kind.thread ? el.closest(kind.thread) : null;
        return { el: reply && level.contains(reply) ? reply : level, kind, index: -1 };
      }
      if (kind && !leafBlock) leafBlock = { el: level, kind, index: -1 };
    }
    level = level.parentElement;
  }
  if (leafBlock && prune !== '' && leafBlock.el.closest(prune)) return null;
  return leafBlock;
}

/** Steps through single-child wrappers, so the mark and warning land on the post itself. */
function innermostPost(el: Element): Element {
  let e = el;
  // A custom element's name says it is the post (<shreddit-comment>): never step out of it.
  for (let i = 0; i < MAX_WRAPPER_DESCENT && !isCustom(e.localName); i++) {
    const c = e.firstElementChild;
    if (c === null || c !== e.lastElementChild || !(isRunTag(c.localName) || c.localName === 'article')) break;
    let ownText = false;
    for (let n = e.firstChild; n !== null && !ownText; n = n.nextSibling) ownText = n.nodeType === 3 && (n as Text).data.trim() !== '';
    if (ownText) break;
    e = c;
  }
  return e;
}

/**
 * Which blocks are posts. A leaf block inside a structured one is a line of that post. A structured block
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
        if (!b.kind.leaf) kids.set(p, [...(kids.get(p) ?? []), b]);
        break;
      }
    }
  }
  const out = new Map<Element, Resolved>();
  for (const b of blocks.values()) {
    const parent = parentOf.get(b.el);
    if (b.kind.leaf && parent && !parent.kind.leaf) continue;
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
function repeatedBlocks(root: ParentNode, sel: Selectors, doc: Document, claimed: ReadonlySet<Element>): Map<Element, Resolved> {
  const prune = pruneSelector(sel, doc);
  const blocks = new Map<Element, Block>();
  const r = root as Node;
  const start = r.nodeType === 9 ? doc.body : r.nodeType === 1 ? (r as Element) : null;
  if (!start) return new Map();
  // A change inside an article/feed/list post: that post is re-found by the older shapes; a repeated
  // block there would be dropped anyway (the older-shape post wins), so do not look.
  for (let p: Element | null = start; p !== null; p = p.parentElement) if (claimed.has(p)) return new Map();
  if (r.nodeType === 1) {
    const around = runAround(start, prune, doc.body);
    if (around) blocks.set(around.el, around);
  }
  runsInside(start, prune, claimed, blocks);
  return resolveBlocks(blocks);
}

// ---------------------------------------------------------------------------------------------------
// Candidates

interface Candidates {
  /** Every block found (containers and nested blocks included): text of a kept block leaves them out. */
  all: Set<Element>;
  /** The blocks that are items, in document order. */
  kept: Element[];
  /** Nested posts to leave out of a kept block's text (replies, comments). */
  nested: Map<Element, Element[]>;
  /** Kept blocks that are chat messages. */
  chat: Set<Element>;
}

/**
 * Post-like blocks. A block holding two or more other blocks is a container (a feed wrapper, a page-wide
 * <article>), so its children count, not it; a block inside a kept block (a comment in a post) is part of it.
 * Repeated blocks come after: where they overlap an article/feed/list block, that block wins, so pages
 * the older shapes already read keep exactly their items.
 */
export function candidates(root: ParentNode, sel: Selectors, doc: Document): Element[] {
  return candidateSets(root, sel, doc).kept;
}

function candidateSets(root: ParentNode, sel: Selectors, doc: Document): Candidates {
  const found = new Set<Element>();
  for (const s of sel.cssEach('post', doc)) for (const el of Array.from(root.querySelectorAll(s))) found.add(el);
  const r = root as Node;
  if (r.nodeType === 1) {
    const up = sel.closest(r as Element, 'post');
    if (up) found.add(up);
  }
  for (const li of structuredListItems(root, sel, doc)) found.add(li);
  const all = Array.from(found)
    .filter((el) => !isExcluded(el))
    .slice(0, MAX_CANDIDATES);
  const set = new Set(all);
  // Ancestor walks instead of pairwise contains(): O(n × depth), not O(n²), on a long feed.
  const children = new Map<Element, Element[]>();
  for (const el of all)
    for (let p = el.parentElement; p !== null; p = p.parentElement)
      if (set.has(p)) {
        children.set(p, [...(children.get(p) ?? []), el]);
        break;
      }
  const isContainer = (el: Element): boolean => {
    const kids = children.get(el) ?? [];
    if (kids.length < 2) return false;
    // A post with comments has words of its own; a feed wrapper's text is its children's.
    return ownChars(el, kids) < CONTAINER_OWN_CHARS;
  };
  const keptAll = new Set(all.filter((el) => !isContainer(el)));
  const kept = all.filter((el) => {
    if (!keptAll.has(el)) return false;
    for (let p = el.parentElement; p !== null; p = p.parentElement) if (keptAll.has(p)) return false;
    return true;
  });

  const nested = new Map<Element, Element[]>();
  const chat = new Set<Element>();
  // Where only one or two older-shape blocks were found, one may be a page-wide <article> around a
  // thread of repeated blocks: look inside those too (a long feed of articles is not walked into).
  const few = found.size < MIN_LIST_ITEMS;
  // A change inside such an <article>: whether it is a wrapper depends on all the blocks in it.
  const up = r.nodeType === 1 ? sel.closest(r as Element, 'post') : null;
  const blocks = repeatedBlocks(few && up ? up : root, sel, doc, few ? new Set() : found);
  let before = kept.length;
  if (blocks.size > 0) {
    const wrappers = few ? wrappersOfBlocks(set, blocks) : new Set<Element>();
    if (wrappers.size > 0) {
      for (let i = kept.length - 1; i >= 0; i--) if (wrappers.has(kept[i] as Element)) kept.splice(i, 1);
      before = kept.length;
    }
    // An older-shape block wins where it sits: a repeated block equal to it or inside it is dropped.
    const inOld = (el: Element): boolean => {
      for (let p: Element | null = el; p !== null; p = p.parentElement) if (set.has(p) && !wrappers.has(p)) return true;
      return false;
    };
    // A repeated block around older-shape posts is a post with replies if it has words of its own,
    // else a wrapper. Nearest block above each post, by ancestor walk: O(n × depth).
    const oldInside = new Map<Element, Element[]>();
    for (const el of kept.slice(0, before))
      for (let p = el.parentElement; p !== null; p = p.parentElement)
        if (blocks.has(p)) {
          oldInside.set(p, [...(oldInside.get(p) ?? []), el]);
          break;
        }
    // Walk order is document order: no compareDocumentPosition sort when only repeated blocks were found.
    for (const [el, block] of Array.from(blocks).sort((a, b) => a[1].index - b[1].index)) {
      if (inOld(el) || isExcluded(el) || kept.length >= MAX_CANDIDATES) continue;
      const olds = oldInside.get(el) ?? [];
      if (olds.length > 0) {
        if (ownChars(el, olds) < CONTAINER_OWN_CHARS) continue;
      }
      const post = innermostPost(el);
      kept.push(post);
      const inner = [...block.inner, ...olds];
      if (inner.length > 0) nested.set(post, inner);
      if (block.chat) chat.add(post);
    }
  }
  return { all: set, kept: before > 0 && kept.length > before ? inDocumentOrder(kept) : kept, nested, chat };
}

/**
 * Older-shape blocks that only wrap repeated blocks (≥ 2 of them, few words of their own): a page-wide
 * <article> around a forum thread gives way to the thread's posts.
 */
function wrappersOfBlocks(old: ReadonlySet<Element>, blocks: ReadonlyMap<Element, Resolved>): Set<Element> {
  const inside = new Map<Element, Element[]>();
  for (const el of blocks.keys()) {
    for (let p = el.parentElement; p !== null; p = p.parentElement) {
      if (blocks.has(p)) break; // nested in another block: that one is counted
      if (old.has(p)) {
        inside.set(p, [...(inside.get(p) ?? []), el]);
        break;
      }
    }
  }
  const out = new Set<Element>();
  for (const [el, outer] of inside) if (outer.length >= 2 && ownChars(el, outer) < CONTAINER_OWN_CHARS) out.add(el);
  return out;
}

function feedItems(ctx: FindContext, sets: Candidates): FoundItem[] {
  const { sel, doc, url } = ctx;
  const drop = sel.css('drop', doc);
  const { all, kept, nested, chat } = sets;
  // Blocks nested in a post (its comments) are other people's words: not part of the post's text.
  const keptSet = new Set(kept);
  const skip = new Set(Array.from(all).filter((el) => !keptSet.has(el)));
  return collect(kept, (el) => {
    const inner = nested.get(el) ?? [];
    const text = textOf(el, { drop, skip: inner.length > 0 ? new Set([...skip, ...inner]) : skip });
    if (jobWordCount(text, sel, 1) < 1) return null;
    // A reply's links are the reply's: a legit comment must not carry the t.me link of a scam nested in it.
    const replyLinks = new Set(inner.flatMap((r) => linksIn(r, url, drop)));
    const links = linksIn(el, url, drop).filter((h) => !replyLinks.has(h));
    return makeItem({ element: el, kind: chat.has(el) ? 'message' : 'posting', text, links });
  });
}

function mainContent(doc: Document, sel: Selectors): Element | null {
  for (const s of sel.cssEach('main', doc)) {
    const m = doc.querySelector(s);
    if (m) return m;
  }
  const articles = doc.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : doc.body;
}

/**
 * Only on a full scan (or a change that replaced the main content): re-reading the whole page on every
 * small mutation would cost more than it finds.
 */
function isFullScan(root: ParentNode, main: Element): boolean {
  const r = root as Node;
  return r.nodeType === 9 || (r as Element).contains(main);
}

/** Elements a lead post may be: a container, not a paragraph or a heading of the page. */
const LEAD_TAGS = new Set(['div', 'section', 'article']);
const MAX_LEAD_CHILDREN = 100;
const MAX_LEAD_DEPTH = 8;

/**
 * On a thread page, the post the replies answer. Reddit's <shreddit-post> stands alone above the
 * <shreddit-comment> run; a blog's job post sits above its comments. Descending from the main content
 * through the one child that holds the blocks, the largest child without blocks is the lead post, when
 * it is a container with enough text of its own.
 */
function leadPost(main: Element, sets: Candidates, prune: string): Element | null {
  const holds = new Set<Element>();
  for (const el of sets.kept) for (let p: Element | null = el; p !== null && !holds.has(p); p = p.parentElement) holds.add(p);
  let node = main;
  for (let depth = 0; depth < MAX_LEAD_DEPTH; depth++) {
    let best: Element | null = null;
    let bestLen = 0;
    const holders: Element[] = [];
    let n = 0;
    for (let c = node.firstElementChild; c !== null && n < MAX_LEAD_CHILDREN; c = c.nextElementSibling, n++) {
      if (holds.has(c)) {
        holders.push(c);
        continue;
      }
      if (pruned(c, prune) || !(LEAD_TAGS.has(c.localName) || isCustom(c.localName))) continue;
      const len = measure(c);
      if (len > bestLen) {
        best = c;
        bestLen = len;
      }
    }
    if (best !== null && bestLen >= MIN_ITEM_CHARS) return best;
    if (holders.length !== 1) return null;
    node = holders[0] as Element;
    if (sets.all.has(node) || sets.kept.includes(node)) return null;
  }
  return null;
}

function leadItem(ctx: FindContext, main: Element, sets: Candidates): FoundItem | null {
  const { sel, doc, url } = ctx;
  const lead = leadPost(main, sets, pruneSelector(sel, doc));
  if (!lead || isExcluded(lead)) return null;
  const drop = sel.css('drop', doc);
  const text = textOf(lead, { drop });
  if (jobWordCount(text, sel, 1) < 1) return null;
  return makeItem({ element: innermostPost(lead), kind: 'posting', text, links: linksIn(lead, url, drop) });
}

function singleAd(ctx: FindContext, main: Element, docSets: Candidates): FoundItem[] {
  const { sel, doc, url } = ctx;
  // A feed page whose blocks are not about work has no single ad either.
  if (docSets.kept.length >= MIN_LIST_ITEMS) return [];
  const drop = sel.css('drop', doc);
  const text = textOf(main, { drop });
  if (text.length < MIN_AD_CHARS || jobWordCount(text, sel, MIN_AD_WORDS) < MIN_AD_WORDS) return [];
  const item = makeItem({ element: main, kind: 'posting', text, links: linksIn(main, url, drop) });
  return item ? [item] : [];
}

export default defineSite({
  id: 'generic',
  category: 'any',
  find(ctx) {
    const { root, sel, doc } = ctx;
    const sets = candidateSets(root, sel, doc);
    const feed = feedItems(ctx, sets);
    const main = mainContent(doc, sel);
    if (!main || !isFullScan(root, main)) return feed;
    const r = root as Node;
    const docSets = r.nodeType === 9 || r === doc.documentElement || r === doc.body ? sets : candidateSets(doc, sel, doc);
    // A thread's lead post counts only where the page is a feed (where a single ad is ruled out).
    const lead = docSets.kept.length >= MIN_LIST_ITEMS ? leadItem(ctx, main, docSets) : null;
    if (lead && !feed.some((f) => f.element === lead.element || f.element.contains(lead.element) || lead.element.contains(f.element))) {
      // In document order: the lead post comes before the first item that follows it (O(n), no sort).
      const at = feed.findIndex((f) => lead.element.compareDocumentPosition(f.element) & 4);
      return at < 0 ? [...feed, lead] : [...feed.slice(0, at), lead, ...feed.slice(at)];
    }
    return feed.length > 0 ? feed : singleAd(ctx, main, docSets);
  },
});

/**
 * The shape of repeated blocks, for the generic reader (lib/sites/generic.ts, issue 4 "Site adapters" 2):
 * how a block is keyed, whether it is a leaf (a line, a message) or structured (a post with parts), how much
 * text it carries, and whether a set of alike siblings is a run of posts, a chat, or one document's sections.
 * Pure DOM, no extension APIs.
 */
import type { Selectors } from './selectors';

/** A run needs this many blocks, and this much text per block. */
export const MIN_LIST_ITEMS = 3;
export const MIN_ITEM_CHARS = 60;
/** A block holding ≥ 2 blocks is a container when fewer characters than this are its own. */
export const CONTAINER_OWN_CHARS = 120;
/*
 * Repeated blocks: forum threads (phpBB's div.post), Telegram's t.me/s channel preview, Reddit's
 * <shreddit-comment>s, classified grids and hand-made chat widgets are runs of sibling <div>s, <a>s or
 * custom elements, not articles or list items. A run is ≥ 3 siblings under one parent that share a shape
 * (tag + child tags: classes are hashed on many sites) or the first token of their class attribute (a
 * shared class is a strong hint even when shapes differ, e.g. posts with and without a signature).
 * Each search is bounded: a 10 MB page or 1,000 mutations a second cost a capped walk, never a full one.
 */
/**
 * From this many alike siblings on, short blocks count too: a chat's messages are 20–80 characters, and
 * eight or more alike siblings are a message log rather than a few labels (menus and footers are pruned).
 */
export const MANY_ALIKE = 8;
export const CHAT_MIN_CHARS = 20;
/** Many blocks this short on average, mostly without links, are a chat: messages, not postings. */
export const CHAT_MAX_AVG_CHARS = 160;
/** Text measured per block when judging a run (a giant block cannot make the judging slow). */
export const MEASURE_CHARS = 2_000;

/** Tags a post-like block can have: containers and custom elements, never paragraphs or table parts. */
export const RUN_TAGS = new Set(['div', 'section', 'a']);
/** Children that make a block structured (a post with parts) rather than a leaf (a line, a message). */
export const BLOCKISH = new Set([
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
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never walked into: no posts live there, and some (svg, template) are large. */
export const NO_WALK = new Set([
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
// Repeated blocks

/** What a run says about its blocks. */
export interface RunKind {
  /** Blocks without block-level parts (a line of a post, a chat message). */
  leaf: boolean;
  /** Many short blocks: chat messages. */
  chat: boolean;
  /**
   * The key of a threaded run, whose replies nest inside their parent: a custom tag (<shreddit-comment>)
   * or a comment tree's tag.class (./comment-trees.ts). Its blocks are never mere containers of replies.
   */
  thread: string | null;
}

export interface Keys {
  shape: string;
  cls: string;
}

export const isCustom = (tag: string): boolean => tag.includes('-') && tag !== 'lurewatch-warning';
export const isRunTag = (tag: string): boolean => RUN_TAGS.has(tag) || isCustom(tag);

export function keysOf(el: Element): Keys {
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

export function isLeaf(el: Element): boolean {
  for (let c = el.firstElementChild; c !== null; c = c.nextElementSibling) {
    if (BLOCKISH.has(c.localName) || isCustom(c.localName)) return false;
  }
  return true;
}

/** Characters a reader sees in the block, measured on its first MEASURE_CHARS × 2 characters. */
export function measure(el: Element): number {
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
export function ownChars(el: Element, nested: readonly Element[]): number {
  const len = (e: Element): number => (e.textContent ?? '').replace(/\s+/g, ' ').length;
  return len(el) - nested.reduce((n, k) => n + len(k), 0);
}

/**
 * Alike without a shared class only when both are structured: bare text <div>s in a row are the
 * paragraphs of one text (an editor's output), not posts, unless a class says they are messages.
 */
export function alike(a: Keys, aLeaf: boolean, b: Keys, bLeaf: boolean): boolean {
  if (a.cls !== '' && a.cls === b.cls) return true;
  return a.shape === b.shape && !aLeaf && !bLeaf;
}

/** Whether alike siblings are post-like blocks: enough of them, with enough text, not an ad's sections. */
/** Structured at any depth: a card whose parts sit inside its link (a > h2) has parts too. */
const hasParts = (el: Element): boolean => !isLeaf(el) || el.querySelector('h1, h2, h3, h4, h5, h6, p, div, li') !== null;

export function judgeRun(members: readonly Element[]): RunKind | null {
  if (members.length < MIN_LIST_ITEMS) return null;
  const many = members.length >= MANY_ALIKE;
  // Result cards (a title, a pay figure, a place: 30–60 characters) are short but each is structured and
  // links to its listing; three of them beside a job ad ("Similar jobs") are posts, where three short
  // lines without links are labels. A lure card ("Data entry $500/day, apply on Telegram") is one of them.
  const cards = !many && members.every((m) => hasParts(m) && (m.matches('a[href]') || m.querySelector('a[href]') !== null));
  const floor = many || cards ? CHAT_MIN_CHARS : MIN_ITEM_CHARS;
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

export function pruneSelector(sel: Selectors, doc: Document): string {
  return [sel.css('skipList', doc), sel.css('drop', doc)].filter((s) => s !== '').join(', ');
}

export function skippedTag(el: Element): boolean {
  if (NO_WALK.has(el.localName) || el.hasAttribute('data-lurewatch-ui')) return true;
  const ce = el.getAttribute('contenteditable');
  return ce !== null && ce !== 'false';
}

export function pruned(el: Element, prune: string): boolean {
  return skippedTag(el) || (prune !== '' && el.matches(prune));
}

/**
 * Comment trees for the generic reader (issue 4, "Site adapters" 2): a reply nests inside the comment it
 * answers and has the same markup. WordPress (li.comment), Blogger (li.comment in div.comment-replies),
 * wpDiscuz (div.wpd-comment), VK (div._post replies inside the wall post), Pantip and Disqus-like widgets
 * all build them so. Alike siblings alone miss them: a comment often has one or two replies, below the
 * three a sibling run needs, and without them the replies' words (a scammer's WhatsApp number under a
 * warning, or a warning under the lure) become part of their parent.
 *
 * A tree is a set of ≥ 3 elements sharing one key (tag + first class token) of which at least one lies
 * inside another. Nesting alone is common in layouts (Tailwind's div.flex in div.flex, div.row in div.row),
 * so the class token must also contain a word that names a post ("comment", "reply", "post"…): a short list
 * that is data in selectors.json ("threadClassWords"), matched as escaped literals like the job words.
 */
import { CHAT_MIN_CHARS, MIN_LIST_ITEMS, measure } from './block-shape';
import type { Selectors } from './selectors';

/** Ancestors climbed when asking "is there a comment of my kind above me?". */
const MAX_TREE_DEPTH = 24;
/** Same-class descendants looked at when asking "is there a reply below me?". */
const MAX_DESCENDANTS = 64;
/** Elements remembered per search (a 10 MB page of comments is judged on its first ones). */
const MAX_TREE_ELEMENTS = 4_000;
/** Levels above a change at which the subtree is searched for replies. */
const NEAR_LEVELS = 5;
/** Siblings looked at, each side, for a comment without replies of its own next to one with replies. */
const SIBLING_WINDOW = 6;

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const wordCache = new WeakMap<Selectors, RegExp>();

export function threadWordRegex(sel: Selectors): RegExp {
  const cached = wordCache.get(sel);
  if (cached) return cached;
  const words = sel.list('threadClassWords').map((w) => escapeRe(w.toLowerCase()));
  const re = new RegExp(words.length > 0 ? words.join('|') : '(?!)', 'i');
  wordCache.set(sel, re);
  return re;
}

const firstToken = (el: Element): string => (el.getAttribute('class') ?? '').trim().split(/\s+/, 1)[0] ?? '';

/** The element's tree key when its first class names a post, else null. */
export function treeKey(el: Element, words: RegExp): string | null {
  const token = firstToken(el);
  return token !== '' && words.test(token) ? `${el.localName}.${token}` : null;
}

const sameKey = (el: Element, tag: string, token: string): boolean => el.localName === tag && firstToken(el) === token;

function hasAncestorOfKey(el: Element, tag: string, token: string): boolean {
  let p = el.parentElement;
  for (let i = 0; i < MAX_TREE_DEPTH && p !== null; i++, p = p.parentElement) if (sameKey(p, tag, token)) return true;
  return false;
}

function hasDescendantOfKey(el: Element, tag: string, token: string): boolean {
  // getElementsByClassName: no CSS escaping of page-made class names (a "w-1/4" token breaks a selector).
  const found = el.getElementsByClassName(token);
  for (let i = 0; i < found.length && i < MAX_DESCENDANTS; i++) {
    const d = found[i] as Element;
    if (sameKey(d, tag, token)) return true;
  }
  return false;
}

const splitKey = (key: string): [string, string] => {
  const dot = key.indexOf('.');
  return [key.slice(0, dot), key.slice(dot + 1)];
};

/** Collects keyed elements during a walk; trees() keeps the keys that nest. */
export class TreeCollector {
  private readonly byKey = new Map<string, { el: Element; index: number }[]>();
  private size = 0;

  constructor(private readonly words: RegExp) {}

  add(el: Element, index: number): void {
    if (this.size >= MAX_TREE_ELEMENTS || !el.hasAttribute('class')) return;
    const key = treeKey(el, this.words);
    if (key === null) return;
    const list = this.byKey.get(key);
    if (list) list.push({ el, index });
    else this.byKey.set(key, [{ el, index }]);
    this.size++;
  }

  /** Key → its elements (walk order, with their walk index), for keys that form a comment tree. */
  trees(): Map<string, { el: Element; index: number }[]> {
    const out = new Map<string, { el: Element; index: number }[]>();
    for (const [key, list] of this.byKey) {
      if (list.length < MIN_LIST_ITEMS) continue;
      const members = new Set(list.map((m) => m.el));
      const [tag, token] = splitKey(key);
      // Nesting: a member with a member above it (the ancestor walk stops at the first same-key element).
      const nests = list.some(({ el }) => {
        let p = el.parentElement;
        for (let i = 0; i < MAX_TREE_DEPTH && p !== null; i++, p = p.parentElement) if (sameKey(p, tag, token)) return members.has(p);
        return false;
      });
      if (!nests) continue;
      const posts = list.filter(({ el }) => measure(el) >= CHAT_MIN_CHARS);
      if (posts.length >= MIN_LIST_ITEMS) out.set(key, posts);
    }
    return out;
  }
}

/**
 * For a change at `el`: the innermost ancestor (el included, up to `levels`) that is a comment of a tree:
 * one with a comment of its kind above or below it, or beside it with replies of its own.
 */
export function treeNodeAround(el: Element, words: RegExp, levels: number, stop: Element | null): { el: Element; key: string } | null {
  let level: Element | null = el;
  for (let i = 0; i < levels && level !== null && level !== stop; i++, level = level.parentElement) {
    const key = level.hasAttribute('class') ? treeKey(level, words) : null;
    if (key === null) continue;
    const [tag, token] = splitKey(key);
    if (hasAncestorOfKey(level, tag, token)) return { el: level, key };
    // Looking below costs a walk of the subtree: only near the change (a comment is a few levels up from
    // its text), never for a page-wide "div.posts" far above it.
    if (i >= NEAR_LEVELS) continue;
    if (hasDescendantOfKey(level, tag, token)) return { el: level, key };
    let before = level.previousElementSibling;
    let after = level.nextElementSibling;
    for (let j = 0; j < SIBLING_WINDOW && (before !== null || after !== null); j++) {
      for (const s of [before, after])
        if (s !== null && sameKey(s, tag, token) && hasDescendantOfKey(s, tag, token)) return { el: level, key };
      before = before?.previousElementSibling ?? null;
      after = after?.nextElementSibling ?? null;
    }
  }
  return null;
}

/**
 * The comments nested in `el` that belong to its tree (`key`: a custom tag, or tag.class from treeKey), in
 * document order, at most `max`: a search from inside a comment must leave its replies out of its text,
 * as a full search does.
 */
export function treeMembersIn(el: Element, key: string, max: number): Element[] {
  const dot = key.indexOf('.');
  const out: Element[] = [];
  if (dot < 0) {
    const found = el.getElementsByTagName(key);
    for (let i = 0; i < found.length && out.length < max; i++) out.push(found[i] as Element);
    return out;
  }
  const [tag, token] = splitKey(key);
  const found = el.getElementsByClassName(token);
  for (let i = 0; i < found.length && out.length < max; i++) {
    const d = found[i] as Element;
    if (sameKey(d, tag, token)) out.push(d);
  }
  return out;
}

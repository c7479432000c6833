/**
 * The generic fallback (issue 4, "Site adapters" 2), used where no site adapter matches:
 *  - feeds of repeated post-like blocks: article, role="article", the children of role="feed", and list
 *    items that share one structure. Each block whose text talks about work is its own item;
 *  - otherwise, a page whose main content is a single job ad becomes one item.
 * "Talks about work" is a cheap multilingual prefilter (the word lists are data in selectors.json, so a
 * pack can add a language); the engine decides what is risky. Words are matched as escaped literals,
 * never as pack-supplied regular expressions, so a pack cannot make this slow.
 */
import { defineSite, type FindContext } from './kit/define';
import { collect, linksIn, makeItem } from './kit/dom';
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

/**
 * Post-like blocks. A block holding two or more other blocks is a container (a feed wrapper, a page-wide
 * <article>), so its children count, not it; a block inside a kept block (a comment in a post) is part of it.
 */
export function candidates(root: ParentNode, sel: Selectors, doc: Document): Element[] {
  return candidateSets(root, sel, doc).kept;
}

function candidateSets(root: ParentNode, sel: Selectors, doc: Document): { all: Set<Element>; kept: Element[] } {
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
    const own = (el.textContent?.length ?? 0) - kids.reduce((n, k) => n + (k.textContent?.length ?? 0), 0);
    return own < CONTAINER_OWN_CHARS;
  };
  const kept = new Set(all.filter((el) => !isContainer(el)));
  const outer = all.filter((el) => {
    if (!kept.has(el)) return false;
    for (let p = el.parentElement; p !== null; p = p.parentElement) if (kept.has(p)) return false;
    return true;
  });
  return { all: set, kept: outer };
}

function feedItems(ctx: FindContext): FoundItem[] {
  const { root, sel, doc, url } = ctx;
  const drop = sel.css('drop', doc);
  const { all, kept } = candidateSets(root, sel, doc);
  // Blocks nested in a post (its comments) are other people's words: not part of the post's text.
  const keptSet = new Set(kept);
  const skip = new Set(Array.from(all).filter((el) => !keptSet.has(el)));
  return collect(kept, (el) => {
    const text = textOf(el, { drop, skip });
    if (jobWordCount(text, sel, 1) < 1) return null;
    return makeItem({ element: el, kind: 'posting', text, links: linksIn(el, url, drop) });
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

function singleAd(ctx: FindContext): FoundItem[] {
  const { root, sel, doc, url } = ctx;
  const main = mainContent(doc, sel);
  if (!main) return [];
  // Only on a full scan (or a change that replaced the main content): re-reading the whole page on
  // every small mutation would cost more than it finds.
  const r = root as Node;
  if (r.nodeType !== 9 && !(r as Element).contains(main)) return [];
  // A feed page whose blocks are not about work has no single ad either.
  if (candidates(doc, sel, doc).length >= MIN_LIST_ITEMS) return [];
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
    const feed = feedItems(ctx);
    return feed.length > 0 ? feed : singleAd(ctx);
  },
});

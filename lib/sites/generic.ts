/**
 * The generic fallback (issue 4, "Site adapters" 2), used where no site adapter matches:
 *  - feeds of repeated post-like blocks: article, role="article", the children of role="feed", list
 *    items that share one structure, runs of alike sibling blocks and comment trees (./kit/blocks.ts,
 *    ./kit/comment-trees.ts). Each block whose own words talk about work is its own item; a comment or
 *    reply nested in a post is an item of its own too, and left out of the post's text and links;
 *  - on a thread page (a post followed by a run of replies), the post the replies answer, re-read when a
 *    change touches it;
 *  - otherwise, a page whose main content is a single job ad becomes one item.
 * "Talks about work" is a cheap multilingual prefilter (./kit/job-words.ts; the word lists are data in
 * selectors.json, so a pack can add a language); the engine decides what is risky.
 */
import {
  CONTAINER_OWN_CHARS,
  isCustom,
  isLeaf,
  MIN_ITEM_CHARS,
  MIN_LIST_ITEMS,
  measure,
  ownChars,
  pruned,
  pruneSelector,
} from './kit/block-shape';
import { innermostPost, MAX_CANDIDATES, type Resolved, repeatedBlocks } from './kit/blocks';
import { threadWordRegex, treeKey, treeMembersIn } from './kit/comment-trees';
import { defineSite, type FindContext } from './kit/define';
import { collect, inDocumentOrder, linksIn, makeItem } from './kit/dom';
import { jobWordCount, pageTitles, talksAboutWork } from './kit/job-words';
import type { Selectors } from './kit/selectors';
import { isExcluded, textOf } from './kit/text';
import type { FoundItem } from './types';

const MAX_LISTS = 300;
/** A structured list needs MIN_LIST_ITEMS items, this share of them alike, and MIN_ITEM_CHARS per item. */
const MIN_ALIKE = 0.6;
/** A single ad must say this much and hit this many distinct job words. */
const MIN_AD_CHARS = 150;
const MIN_AD_WORDS = 2;

/** Shape of a list item: its children's tag names (classes are hashed on many sites, tags are not). */
function signature(li: Element): string {
  const tags: string[] = [];
  for (let c = li.firstElementChild; c !== null && tags.length < 6; c = c.nextElementSibling) tags.push(c.localName);
  return tags.join(',');
}

/** Share of a line's characters inside links from which it is a link to elsewhere, not a post. */
const LINK_LINE_SHARE = 0.6;

/**
 * A list entry that is one line of links ("Previous message: [list] Subject", "Related: …"): navigation
 * of an archive or a sidebar without a <nav>, not a post. A card whose link wraps blocks is not one.
 */
function isLinkLine(li: Element): boolean {
  if (!isLeaf(li)) return false;
  const all = (li.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  let linked = 0;
  for (const a of Array.from(li.querySelectorAll('a'))) {
    if (a.querySelector('div, p, h1, h2, h3, h4, h5, h6, ul, ol, section, article')) return false;
    linked += (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  }
  return all > 0 && linked / all >= LINK_LINE_SHARE;
}

const firstClass = (el: Element): string => (el.getAttribute('class') ?? '').trim().split(/\s+/, 1)[0] ?? '';

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
    const sameShape = items.filter((li) => signature(li) === sig);
    const chars = sameShape.reduce((sum, li) => sum + Math.min(li.textContent?.length ?? 0, 2_000), 0);
    if (chars / sameShape.length < MIN_ITEM_CHARS || sameShape.every(isLinkLine)) continue;
    // An entry of another shape with the class the alike ones share is one of them too: a comment with
    // replies (li.comment > …, ol.children) has one child more than the comments without.
    const cls = firstClass(sameShape[0] as Element);
    out.push(...(cls === '' ? sameShape : items.filter((li) => signature(li) === sig || firstClass(li) === cls)));
  }
  return out;
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
 * <article>), so its children count, not it; a block inside a kept block (a comment in a post) is an item
 * of its own, left out of the text of the block around it.
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
    if (up) {
      found.add(up);
      // A change inside a post: its nested comments are found too, so its text leaves them out as a full
      // scan does (and a change inside a comment finds that comment's own replies).
      for (const s of sel.cssEach('post', doc)) for (const el of Array.from(up.querySelectorAll(s))) found.add(el);
    }
  }
  for (const li of structuredListItems(root, sel, doc)) found.add(li);
  // Replies nested in a comment found by the shapes above (WordPress's li.comment in ol.children under
  // its parent li.comment): a comment tree (./kit/comment-trees.ts), each reply an item of its own.
  const words = threadWordRegex(sel);
  const foundBefore = found.size;
  for (const el of Array.from(found)) {
    const key = el.hasAttribute('class') ? treeKey(el, words) : null;
    if (key) for (const d of treeMembersIn(el, key, MAX_CANDIDATES)) found.add(d);
  }
  const inOrder = found.size > foundBefore ? inDocumentOrder(Array.from(found)) : Array.from(found);
  const all = inOrder.filter((el) => !isExcluded(el)).slice(0, MAX_CANDIDATES);
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
  // A comment <article> inside a post <article> is an item of its own (a lure is often a comment under an
  // ordinary post), and the post's text and links leave it out.
  const kept = all.filter((el) => !isContainer(el));
  const keptSet = new Set(kept);
  const nested = new Map<Element, Element[]>();
  for (const el of kept)
    for (let p = el.parentElement; p !== null; p = p.parentElement)
      if (keptSet.has(p)) {
        const list = nested.get(p);
        if (list) list.push(el);
        else nested.set(p, [el]);
        break;
      }

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
    const inOldPost = new Set(Array.from(nested.values()).flat());
    for (const el of kept.slice(0, before)) {
      if (inOldPost.has(el)) continue;
      for (let p = el.parentElement; p !== null; p = p.parentElement)
        if (blocks.has(p)) {
          oldInside.set(p, [...(oldInside.get(p) ?? []), el]);
          break;
        }
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
  // Where several posts share a page, a line that only repeats the page's title ("Re: Agency jobs…", the
  // channel's name) is not a post's own word about work (./kit/job-words.ts). A lone post keeps it.
  const titles = kept.length >= 2 ? pageTitles(doc) : [];
  return collect(kept, (el) => {
    const inner = nested.get(el) ?? [];
    const text = textOf(el, { drop, skip: inner.length > 0 ? new Set([...skip, ...inner]) : skip });
    if (!talksAboutWork(text, sel, titles)) return null;
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
/** Blogger nests its post eleven containers below <body> (content > … > post-outer). */
const MAX_LEAD_DEPTH = 16;
/**
 * A lead post says as much as a single ad: a community's cover ("Jobs in Bishkek | Vacancies — fresh
 * vacancies daily"), a topic's title block or a footer's safety tip above or beside a feed is not a post.
 */
const MIN_LEAD_CHARS = MIN_AD_CHARS;

/**
 * On a thread page, the post the replies answer. Reddit's <shreddit-post> stands alone above the
 * <shreddit-comment> run; a blog's job post sits above its comments. Descending from the main content
 * through the one child that holds the blocks, the largest child without blocks is the lead post, when
 * it is a container with enough text of its own and comes before the blocks (a post, then its replies).
 */
function leadPost(main: Element, sets: Candidates, prune: string): Element | null {
  const holds = new Set<Element>();
  for (const el of sets.kept) for (let p: Element | null = el; p !== null && !holds.has(p); p = p.parentElement) holds.add(p);
  const first = sets.kept[0];
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
    if (best !== null && bestLen >= MIN_LEAD_CHARS && (!first || best.compareDocumentPosition(first) & 4)) return best;
    if (holders.length !== 1) return null;
    node = holders[0] as Element;
    if (sets.all.has(node) || sets.kept.includes(node)) return null;
  }
  return null;
}

/** The lead post found by the last search of each page, re-read when a change touches it. */
const knownLeads = new WeakMap<Document, Element>();

function leadItem(ctx: FindContext, main: Element, sets: Candidates): FoundItem | null {
  const { sel, doc } = ctx;
  const lead = leadPost(main, sets, pruneSelector(sel, doc));
  if (lead) knownLeads.set(doc, lead);
  else knownLeads.delete(doc);
  return lead ? readLead(ctx, lead) : null;
}

function readLead(ctx: FindContext, lead: Element): FoundItem | null {
  const { sel, doc, url } = ctx;
  if (isExcluded(lead)) return null;
  const drop = sel.css('drop', doc);
  const text = textOf(lead, { drop });
  if (jobWordCount(text, sel, 1) < 1) return null;
  return makeItem({ element: innermostPost(lead), kind: 'posting', text, links: linksIn(lead, url, drop) });
}

/**
 * A search from a changed subtree: the lead post when the change touched it (an edit, a "See more"
 * expanded inside it), or when the subtree is a whole thread rendered after the first scan (a single-page
 * app swapping its content in), so a partial search gives the lead post a full scan would give.
 */
function partialLead(ctx: FindContext, root: Element, sets: Candidates): FoundItem | null {
  const known = knownLeads.get(ctx.doc);
  if (known?.isConnected && (known.contains(root) || root.contains(known))) return readLead(ctx, known);
  return sets.kept.length >= MIN_LIST_ITEMS ? leadItem(ctx, root, sets) : null;
}

/** The feed with the lead post in document order (the lead comes before the first item that follows it). */
function withLead(feed: FoundItem[], lead: FoundItem | null): FoundItem[] {
  if (!lead || feed.some((f) => f.element === lead.element || f.element.contains(lead.element) || lead.element.contains(f.element)))
    return feed;
  const at = feed.findIndex((f) => lead.element.compareDocumentPosition(f.element) & 4);
  return at < 0 ? [...feed, lead] : [...feed.slice(0, at), lead, ...feed.slice(at)];
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
    if (!main) return feed;
    const r = root as Node;
    if (!isFullScan(root, main)) return r.nodeType === 1 ? withLead(feed, partialLead(ctx, r as Element, sets)) : feed;
    const docSets = r.nodeType === 9 || r === doc.documentElement || r === doc.body ? sets : candidateSets(doc, sel, doc);
    // A thread's lead post counts only where the page is a feed (where a single ad is ruled out).
    const lead = docSets.kept.length >= MIN_LIST_ITEMS ? leadItem(ctx, main, docSets) : null;
    if (lead) return withLead(feed, lead);
    return feed.length > 0 ? feed : singleAd(ctx, main, docSets);
  },
});

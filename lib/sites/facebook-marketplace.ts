/**
 * Facebook Marketplace (facebook.com/marketplace/…): listings, each a posting item. SITES.md has no
 * Marketplace section; the evidence (confidence B for the grid, C for the listing view) is cited in the
 * fixtures' header comments (tests/fixtures/sites/facebook-marketplace*.html). Only stable hooks are used:
 * listing URLs in hrefs, role="main"/role="dialog", the h1, the seller's /marketplace/profile/ link.
 * Atomic class names (x1i10hfl, x9f619…) churn weekly and are never matched.
 *
 * - Grid (browse, search, category, seller profile): every listing card is an
 *   a[href*="/marketplace/item/<numeric id>"] (or the EU /marketplace/np/item/ form) holding an image and
 *   lines of price, title and location. One item per card; the card's parent is the item element, so the
 *   inline warning never lands inside a link (it would join the link's accessible name).
 * - Listing view: a page of its own (direct load of /marketplace/item/<id>/) or a role="dialog" over the
 *   grid (a click on a card). Title in the last h1, price and "Listed … in <place>" beside it, the seller's
 *   description after its heading, the seller's profile link, the "Send seller a message" box. One item,
 *   built from the header lines and the description; sender = seller.
 *
 * Every listing is an item, job or not: a lure is often filed under "Services" or "Miscellaneous" rather
 * than a jobs category (the category is not even in the DOM), and a sofa costs the engine nothing to
 * clear. The engine decides risk; the adapter only decides what a listing is.
 *
 * Claiming (lib/sites/index.ts: the first adapter to claim an element wins): this adapter is registered
 * before `facebook`, which also matches facebook.com. Listing links that sit inside a Messenger
 * conversation (a shared listing) or a feed post are skipped (field "cardSkip"), so they stay part of the
 * message or post that `facebook` reads. Group pages never reach this adapter ("paths").
 */
import { defineSite, type FindContext } from './kit/define';
import { anchorsIn, collect, commonAncestor, contained, joinLines, linksIn, makeItem, shortText } from './kit/dom';
import type { Selectors } from './kit/selectors';
import { textOf } from './kit/text';
import type { FoundItem } from './types';

/** The numeric listing id in a Marketplace item URL (relative or absolute; /np/ is the EU variant). */
const LISTING_ID = /\/marketplace\/(?:np\/)?item\/(\d+)/;

export function listingId(href: string | null | undefined): string | undefined {
  return href ? LISTING_ID.exec(href)?.[1] : undefined;
}

/** How far up from the description label to look for the block that follows it. */
const LABEL_LEVELS = 4;

interface Detail {
  /** The listing's own column (the item element). */
  element: Element;
  title: Element;
}

function isWithin(el: Element, sel: string): boolean {
  return sel !== '' && el.closest(sel) !== null;
}

/** The listing's title: the last h1 of the view that is not page chrome (the sidebar has its own h1). */
function titleOf(root: Element, ctx: FindContext): Element | null {
  const skip = ctx.sel.css('titleSkip', ctx.doc);
  const h1s = ctx.sel.all(root, 'detailTitle').filter((h) => !isWithin(h, skip) && shortText(h) !== undefined);
  return h1s[h1s.length - 1] ?? null;
}

function matchesItemPath(url: URL, sel: Selectors): boolean {
  return sel.list('itemPaths').some((p) => url.pathname.startsWith(p));
}

/**
 * The block after a "Seller's description" / "Description" heading (the labels are data, per UI language):
 * from the label, climb until an ancestor has a next sibling with text.
 */
function descriptionAfterLabel(scope: Element, sel: Selectors): Element | null {
  const labels = new Set(sel.list('descriptionLabels').map((l) => l.toLowerCase()));
  if (labels.size === 0) return null;
  for (const label of sel.all(scope, 'descriptionLabel')) {
    if (label.childElementCount > 1 || !labels.has((shortText(label, 60) ?? '').toLowerCase())) continue;
    let p: Element | null = label;
    for (let i = 0; p !== null && p !== scope && i < LABEL_LEVELS; i++, p = p.parentElement) {
      const next = p.nextElementSibling;
      if (next && shortText(next, 20) !== undefined) return next;
    }
  }
  return null;
}

/**
 * Without a known label (another UI language, a new layout): the longest text block of the view that is
 * not its header, a link, a button or the message box. Descriptions are the one long free text there.
 */
function longestBlock(scope: Element, header: Element, sel: Selectors, doc: Document): Element | null {
  const skip = [sel.css('descriptionSkip', doc)].filter((s) => s !== '').join(', ');
  let best: Element | null = null;
  let bestLength = 0;
  for (const el of sel.all(scope, 'descriptionText')) {
    if (header.contains(el) || (skip !== '' && el.closest(skip))) continue;
    const length = (el.textContent ?? '').length;
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return best;
}

/** The seller's name: the first profile link with a name in it (not "Seller details", not the avatar). */
function sellerOf(scope: Element, sel: Selectors): { name?: string; link?: Element } {
  const noise = new Set(sel.list('sellerNoise').map((n) => n.toLowerCase()));
  let first: Element | undefined;
  for (const a of sel.all(scope, 'sellerLink')) {
    first ??= a;
    const name = shortText(a, 120);
    if (name && !noise.has(name.toLowerCase())) return { name, link: a };
  }
  return { link: first };
}

/**
 * Listing views on the page: dialogs first (a listing opened over the grid covers it; the grid behind is
 * no listing view even though the URL now names an item), then the main column of a listing page.
 * A view needs a title h1 and either the seller's profile link, or an item URL and a page title that
 * names the listing (logged out, the seller may be hidden; the page title is "Marketplace – <title> |
 * Facebook", which scrapers read the title from: idx:61408827344). A category page's h1 ("Jobs") has
 * neither, nor has a log-in prompt's.
 */
function findDetails(ctx: FindContext, url: URL): Detail[] {
  const { doc, sel } = ctx;
  const onItemUrl = matchesItemPath(url, sel);
  const viewsIn = (roots: Element[]): Detail[] => {
    const out: Detail[] = [];
    for (const root of roots) {
      if (isWithin(root, sel.css('cardSkip', doc))) continue;
      const title = titleOf(root, ctx);
      if (!title) continue;
      const seller = sellerOf(root, sel).link;
      if (!seller && !(onItemUrl && doc.title.includes(shortText(title) ?? '\u0000'))) continue;
      // The view's own column: the smallest region holding the title and the seller's box, so related
      // listings further down ("Today's picks") stay cards of their own.
      const far = seller ?? descriptionAfterLabel(root, sel);
      const column = far ? commonAncestor(title, far) : null;
      // A Marketplace inbox thread (/marketplace/t/<id>) has a title and the partner's profile link too, but
      // it is a conversation for `facebook`'s Messenger reader, no listing. (Docked chat tabs sit outside
      // role="main", so a listing page with a chat open still qualifies.)
      const chat = sel.css('detailSkip', doc);
      if (chat !== '' && root.querySelector(chat)) continue;
      out.push({ element: column && root.contains(column) ? column : root, title });
    }
    return out;
  };
  // Other dialogs (the log-in prompt, a chat) are no listing: then the page's main column may be one.
  const inDialogs = viewsIn(sel.all(doc, 'detailDialog'));
  return inDialogs.length > 0 ? inDialogs : viewsIn(sel.all(doc, 'detailMain'));
}

function detailItem(ctx: FindContext, d: Detail, url: URL): FoundItem | null {
  const { doc, sel } = ctx;
  const drop = sel.css('drop', doc);
  // Title, price and "Listed 2 days ago in <place>" are siblings (the price is h1 + *); their parent is the
  // header, unless the view is flat, then the h1 and the next block stand for it.
  const parent = d.title.parentElement;
  const seller = sellerOf(d.element, sel);
  const flat = !parent || parent === d.element || (seller.link !== undefined && parent.contains(seller.link));
  const header = flat ? d.title : parent;
  const headerText = flat
    ? joinLines(textOf(d.title, { drop }), textOf(d.title.nextElementSibling ?? d.title, { drop }))
    : textOf(header, { drop });
  const description = descriptionAfterLabel(d.element, sel) ?? longestBlock(d.element, header, sel, doc);
  const descriptionText = description ? textOf(description, { drop }) : '';
  return makeItem({
    element: d.element,
    kind: 'posting',
    text: joinLines(headerText, descriptionText),
    links: description ? linksIn(description, url, drop) : [],
    sender: seller.name,
    fields: { title: shortText(d.title), location: placeOf(headerText, sel) },
    key: matchesItemPath(url, sel) ? listingId(url.pathname) : undefined,
  });
}

/** "Listed 2 days ago in Cebu City, Philippines" → "Cebu City, Philippines" (the words are data). */
export function placeOf(headerText: string, sel: Selectors): string | undefined {
  const prefixes = sel.list('listedPrefixes');
  const markers = sel.list('listedIn');
  for (const line of headerText.split('\n')) {
    if (!prefixes.some((p) => line.startsWith(p))) continue;
    // The first marker: the time ("2 days ago", "over a week ago") never holds one, a place name may.
    for (const m of markers) {
      const at = line.indexOf(m);
      if (at >= 0) return line.slice(at + m.length).trim() || undefined;
    }
  }
  return undefined;
}

/**
 * The card's item element: the link's parent when it holds this one listing only (so the warning sits
 * beside the link, not inside it), else the link itself.
 */
function cardElement(link: Element, id: string, cardSel: string): Element {
  const parent = link.parentElement;
  if (!parent || parent.localName === 'body') return link;
  const links = parent.querySelectorAll(cardSel);
  for (const other of Array.from(links)) if (listingId(other.getAttribute('href')) !== id) return link;
  return parent;
}

function cards(ctx: FindContext, url: URL, details: readonly Detail[]): FoundItem[] {
  const { root, doc, sel } = ctx;
  const cardSel = sel.css('card', doc);
  const skip = sel.css('cardSkip', doc);
  const drop = sel.css('drop', doc);
  const links = anchorsIn(root, cardSel).filter((a) => !isWithin(a, skip) && !details.some((d) => d.element.contains(a)));
  return collect(links, (link) => {
    const id = listingId(link.getAttribute('href'));
    if (id === undefined) return null;
    // Lines are block elements (price, title, location); the image alt repeats title and place.
    return makeItem({
      element: cardElement(link, id, cardSel),
      kind: 'posting',
      text: textOf(link, { drop }),
      links: linksIn(link, url, drop),
      key: id,
    });
  });
}

export default defineSite({
  id: 'facebook-marketplace',
  category: 'social',
  find(ctx) {
    const { root, url } = ctx;
    let details: Detail[] = [];
    const views = contained(() => {
      details = findDetails(ctx, url);
      // Only views that the changed subtree touches (a mutation inside the description, a new dialog).
      const r = root as Node;
      const touched = details.filter((d) => r.nodeType === 9 || d.element.contains(r) || r.contains(d.element));
      return collect(touched, (d) => detailItem(ctx, d, url));
    });
    return [...views, ...contained(() => cards(ctx, url, details))];
  },
});

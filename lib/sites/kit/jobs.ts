/**
 * The two shapes every job board has (SITES.md §5): result cards in a list, and a detail view (a pane
 * or a page) with title, company, location and a description. Boards differ only in selectors, which are
 * data; this file holds the shared logic so each board's adapter stays a few lines.
 */
import type { PostingFields } from '../../engine/types';
import type { FoundItem } from '../types';
import type { FindContext } from './define';
import {
  absoluteHref,
  anchorsIn,
  collect,
  commonAncestor,
  joinLines,
  liftToOutermost,
  linksIn,
  makeItem,
  mergeLinks,
  outermost,
  shortText,
} from './dom';
import { textOf } from './text';

/** First match of a field inside `scope`, trying its selectors in order. */
export function pick(ctx: FindContext, scope: ParentNode, field: string): Element | null {
  for (const s of ctx.sel.cssEach(field, ctx.doc)) {
    const el = scope.querySelector(s);
    if (el) return el;
  }
  return null;
}

export interface CardSpec {
  card: string;
  title: string;
  company: string;
  location: string;
  /** Attribute read for the board's job id, on the card or a descendant. */
  keyAttr?: string;
}

/** One posting item per result card: the card's whole visible text, its links, and the fields it shows. */
export function findCards(ctx: FindContext, spec: CardSpec): FoundItem[] {
  const { root, url, doc, sel } = ctx;
  const drop = sel.css('drop', doc);
  const rest = [drop, sel.css(spec.title, doc), sel.css(spec.company, doc), sel.css(spec.location, doc)].filter((s) => s !== '').join(', ');
  const cardSel = sel.css(spec.card, doc);
  return collect(outermost(liftToOutermost(anchorsIn(root, cardSel), cardSel)), (card) => {
    const titleEl = pick(ctx, card, spec.title);
    const fields: PostingFields = {
      title: shortText(titleEl),
      hiringOrganization: shortText(pick(ctx, card, spec.company)),
      location: shortText(pick(ctx, card, spec.location)),
    };
    const keyed = spec.keyAttr ? (card.hasAttribute(spec.keyAttr) ? card : card.querySelector(`[${spec.keyAttr}]`)) : null;
    const key = spec.keyAttr ? (keyed?.getAttribute(spec.keyAttr) ?? undefined) : undefined;
    // Cards are rows of inline elements that CSS lays out as lines; without layout their words would run
    // together, so the known fields get their own lines and the rest of the card follows.
    const text = joinLines(fields.title, fields.hiringOrganization, fields.location, textOf(card, { drop: rest }));
    return makeItem({ element: card, kind: 'posting', text, links: linksIn(card, url, drop), fields, key });
  });
}

export interface DetailSpec {
  /** The description: every detail view has one; it anchors the item. */
  description: string;
  /** The view's container, when the board has a stable one; else the nearest common ancestor of title and description. */
  container?: string;
  title: string;
  /** Field holding literal suffixes to strip from the title (screen-reader text such as " - job post"). */
  titleSuffix?: string;
  company: string;
  location: string;
  /** Short lines worth reading with the description (salary, work type), in order. */
  extra?: string[];
  apply?: string;
}

/** The detail view's container: the named one, else the smallest region holding title and description. */
function containerOf(ctx: FindContext, spec: DetailSpec, desc: Element): Element {
  if (spec.container) {
    const c = ctx.sel.closest(desc, spec.container);
    if (c) return c;
  }
  const title = pick(ctx, ctx.doc, spec.title);
  const common = title ? commonAncestor(title, desc) : null;
  const body = ctx.doc.body;
  return common && common !== body && common !== ctx.doc.documentElement ? common : desc;
}

export function findDetail(ctx: FindContext, spec: DetailSpec): FoundItem[] {
  const { root, url, doc, sel } = ctx;
  const drop = sel.css('drop', doc);
  let descs = outermost(anchorsIn(root, sel.css(spec.description, doc), spec.container ? sel.css(spec.container, doc) : ''));
  // A change in the header (title, salary) re-reads the view it belongs to.
  const r = root as Node;
  if (descs.length === 0 && r.nodeType === 1 && spec.container) {
    const c = sel.closest(r as Element, spec.container);
    const d = c ? sel.first(c, spec.description) : null;
    if (d) descs = [d];
  }
  return collect(descs, (desc) => {
    const view = containerOf(ctx, spec, desc);
    const scope: ParentNode = view === desc ? doc : view;
    const companyEl = pick(ctx, scope, spec.company);
    let title = shortText(pick(ctx, scope, spec.title));
    for (const suffix of spec.titleSuffix ? sel.list(spec.titleSuffix) : [])
      if (title?.endsWith(suffix)) title = title.slice(0, -suffix.length).trim();
    const fields: PostingFields = {
      title,
      hiringOrganization: shortText(companyEl),
      hiringOrganizationUrl: companyEl?.localName === 'a' ? (absoluteHref(companyEl.getAttribute('href'), url) ?? undefined) : undefined,
      location: shortText(pick(ctx, scope, spec.location)),
    };
    const apply = spec.apply ? pick(ctx, scope, spec.apply) : null;
    const applyUrl = apply ? absoluteHref(apply.getAttribute('href'), url) : null;
    if (applyUrl) fields.applyUrls = [applyUrl];
    const extra = (spec.extra ?? []).map((f) => shortText(pick(ctx, scope, f)));
    const text = joinLines(fields.title, fields.hiringOrganization, fields.location, ...extra, textOf(desc, { drop }));
    const links = mergeLinks(linksIn(desc, url, drop), fields.applyUrls);
    return makeItem({ element: view, kind: 'posting', text, links, fields });
  });
}

/** Small DOM helpers shared by the adapters. Pure DOM: no extension APIs, runs in happy-dom. */
import type { ItemKind, PostingFields } from '../../engine/types';
import type { FoundItem } from '../types';
import { EDITABLE_SELECTOR, isExcluded, MAX_TEXT, OWN_UI_SELECTOR } from './text';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:', 'tg:', 'whatsapp:', 'viber:', 'skype:']);
const MAX_LINKS = 50;

/** Resolves an href against the page URL; null for javascript:, fragments and garbage. */
export function absoluteHref(href: string | null, base: URL): string | null {
  if (href === null) return null;
  const h = href.trim();
  if (h === '' || h.startsWith('#')) return null;
  try {
    const u = new URL(h, base);
    return LINK_PROTOCOLS.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * Link shims that wrap the real target in a query parameter (Facebook's and Instagram's outbound-link
 * redirector, Google's /url). The target is what the user is sent to, so that is what the engine must see
 * (a t.me link hidden behind l.facebook.com is still a t.me link, DOMAIN.md §2).
 */
const SHIMS: ReadonlyArray<{ host: RegExp; path: string; param: string }> = [
  { host: /^(?:l|lm)\.facebook\.com$/, path: '/l.php', param: 'u' },
  { host: /^l\.instagram\.com$/, path: '/', param: 'u' },
  { host: /^l\.messenger\.com$/, path: '/l.php', param: 'u' },
  { host: /^(?:www\.)?google\.[a-z.]+$/, path: '/url', param: 'q' },
];

export function unwrapShim(href: string): string {
  try {
    const u = new URL(href);
    const shim = SHIMS.find((s) => s.host.test(u.hostname) && u.pathname === s.path);
    const target = shim ? u.searchParams.get(shim.param) : null;
    if (target && /^https?:\/\//i.test(target)) return new URL(target).href;
  } catch {
    // Not a URL we can read: keep the original.
  }
  return href;
}

/** Elements sorted into document order (several queries merged). */
export function inDocumentOrder<T extends Element>(els: T[]): T[] {
  return els.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** Absolute hrefs of the links inside `el` (not in chrome `drop`, our UI or editable fields), de-duplicated. */
export function linksIn(el: Element, base: URL, drop = ''): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const anchors: Element[] = el.matches('a[href]') ? [el] : [];
  anchors.push(...Array.from(el.querySelectorAll('a[href], area[href]')));
  for (const a of anchors) {
    if (out.length >= MAX_LINKS) break;
    if (a.closest(OWN_UI_SELECTOR) || a.closest(EDITABLE_SELECTOR)) continue;
    if (drop !== '' && a.closest(drop) && el.contains(a.closest(drop))) continue;
    const raw = absoluteHref(a.getAttribute('href'), base);
    const href = raw === null ? null : unwrapShim(raw);
    if (href !== null && !seen.has(href)) {
      seen.add(href);
      out.push(href);
    }
  }
  return out;
}

/** Union of link lists, de-duplicated, order kept. */
export function mergeLinks(...lists: readonly (readonly string[] | undefined)[]): string[] {
  return Array.from(new Set(lists.flatMap((l) => l ?? []))).slice(0, MAX_LINKS);
}

/**
 * The anchors (item elements, or elements that identify an item) found from `root`, where root is the
 * document or a subtree that changed: the matches inside it, plus the anchor `root` sits in (a text
 * edit inside a message must re-find that message). In document order, without duplicates.
 */
export function anchorsIn(root: ParentNode, anchorSel: string, containerSel = ''): Element[] {
  if (anchorSel === '') return [];
  const found: Element[] = [];
  const r = root as Node;
  if (r.nodeType === 1) {
    const el = r as Element;
    const up = el.closest(anchorSel);
    if (up) found.push(up);
    else if (containerSel !== '') {
      const c = el.closest(containerSel);
      if (c && c !== el) found.push(...Array.from(c.querySelectorAll(anchorSel)).filter((a) => a.contains(el) || el.contains(a)));
    }
  }
  for (const a of Array.from(root.querySelectorAll(anchorSel))) if (!found.includes(a)) found.push(a);
  return found;
}

/**
 * Lifts each element to its outermost ancestor that matches `sel` too, then keeps each once. A card selector
 * group may match a card and its inner box (li[data-id] > div.card[data-id]): a whole-page scan keeps the
 * outer one (outermost), so a scan from inside the card must land on the same element.
 */
export function liftToOutermost(els: readonly Element[], sel: string): Element[] {
  if (sel === '') return [...els];
  const out: Element[] = [];
  for (const el of els) {
    let top = el;
    for (let p = el.parentElement; p !== null; p = p.parentElement) if (p.matches(sel)) top = p;
    if (!out.includes(top)) out.push(top);
  }
  return out;
}

/** Drops elements nested inside another element of the list (keeps the outer container). */
export function outermost(els: readonly Element[]): Element[] {
  return els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
}

/** Nearest common ancestor of two elements. */
export function commonAncestor(a: Element, b: Element): Element | null {
  for (let p: Element | null = a; p !== null; p = p.parentElement) if (p.contains(b)) return p;
  return null;
}

/** The first element matching `sel` in `el` or in one of its next few ancestors (nearest wins). */
export function nearestWithin(el: Element, sel: string, levels: number): Element | null {
  if (sel === '') return null;
  let p: Element | null = el;
  for (let i = 0; p !== null && i <= levels; i++, p = p.parentElement) {
    const hit = p.querySelector(sel);
    if (hit) return hit;
  }
  return null;
}

/** Trimmed, white-space-collapsed text content (for short fields: names, titles). */
export function shortText(el: Element | null | undefined, max = 300): string | undefined {
  if (!el) return undefined;
  const t = (el.textContent ?? '')
    .slice(0, max * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
  return t === '' ? undefined : t;
}

/** Joins present, non-empty parts with line breaks. */
export function joinLines(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join('\n');
}

/** Removes undefined values so fields compare cleanly and serialise small. */
export function compactFields(f: PostingFields): PostingFields | undefined {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return Object.keys(out).length > 0 ? (out as PostingFields) : undefined;
}

export interface ItemInput {
  element: Element;
  kind: ItemKind;
  text: string;
  links?: string[];
  sender?: string;
  fields?: PostingFields;
  outgoing?: boolean;
  key?: string;
  thread?: string;
}

/** A FoundItem, or null when there is nothing to scan (empty text, or an element inside our UI / a composer). */
export function makeItem(input: ItemInput): FoundItem | null {
  const text = input.text.slice(0, MAX_TEXT).trim();
  if (text === '' || isExcluded(input.element)) return null;
  const item: FoundItem = { element: input.element, kind: input.kind, text, links: input.links ?? [] };
  const sender = input.sender?.trim();
  if (sender) item.sender = sender;
  const fields = input.fields ? compactFields(input.fields) : undefined;
  if (fields) item.fields = fields;
  if (input.outgoing !== undefined) item.outgoing = input.outgoing;
  if (input.key) item.key = input.key;
  if (input.thread) item.thread = input.thread;
  return item;
}

/** Runs one part of an adapter; if it throws (a hostile page, a redesign), the other parts still run. */
export function contained(part: () => FoundItem[]): FoundItem[] {
  try {
    return part();
  } catch {
    return [];
  }
}

/**
 * Maps each source to at most one item. An error on one item is contained to that item
 * (issue 4 § Robustness): it is skipped, the others are still found. Same element twice → once.
 */
export function collect<T>(sources: readonly T[], build: (source: T) => FoundItem | null): FoundItem[] {
  const out: FoundItem[] = [];
  const seen = new Set<Element>();
  for (const s of sources) {
    let item: FoundItem | null = null;
    try {
      item = build(s);
    } catch {
      item = null;
    }
    if (item && !seen.has(item.element)) {
      seen.add(item.element);
      out.push(item);
    }
  }
  return out;
}

/** True when one element is, contains or sits inside the other. */
export function overlaps(a: Element, b: Element): boolean {
  return a === b || a.contains(b) || b.contains(a);
}

/**
 * Folds a duplicate posting into the one already found: fields the first one lacks are filled from the
 * second (a board's own adapter knows the DOM, its schema.org markup knows the salary unit), links are united.
 */
export function mergeInto(target: FoundItem, extra: FoundItem): void {
  target.links = mergeLinks(target.links, extra.links);
  if (!extra.fields) return;
  const merged: PostingFields = { ...extra.fields, ...(target.fields ?? {}) };
  if (target.fields?.applyUrls || extra.fields.applyUrls) merged.applyUrls = mergeLinks(target.fields?.applyUrls, extra.fields.applyUrls);
  target.fields = compactFields(merged);
}

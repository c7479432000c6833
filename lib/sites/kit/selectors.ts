/**
 * A site's selectors as data. Defaults live in lib/sites/selectors.json; the active rule pack's
 * "sites"[id] overrides them field by field, so a fix for a changed DOM ships as a pack update
 * (issue 4, "Keep the selectors as data in the rule pack").
 *
 * A pack is data from a feed: a field of the wrong type is ignored, and a selector the browser
 * rejects falls back to the bundled default for that field only, so one bad field cannot blind
 * a whole adapter (nor throw into the page).
 */
import type { SiteSelectors } from '../types';

/** Keeps only string / string[] values: anything else in a pack is ignored, never trusted. */
export function cleanSelectors(value: unknown): SiteSelectors {
  const out: SiteSelectors = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string') out[key] = v;
    else if (Array.isArray(v) && v.every((s) => typeof s === 'string')) out[key] = v as string[];
  }
  return out;
}

function asList(v: string | string[] | undefined): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((s) => s.trim() !== '');
}

/** True when the browser accepts `selector` (checked on an empty fragment: O(1), no page walk). */
export function isValidSelector(selector: string, doc: Document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export class Selectors {
  private readonly merged: SiteSelectors;
  /** field → selector string already checked against the browser's parser. */
  private readonly resolved = new Map<string, string>();

  constructor(
    readonly siteId: string,
    private readonly defaults: SiteSelectors,
    overrides?: SiteSelectors,
  ) {
    this.merged = { ...defaults, ...cleanSelectors(overrides) };
  }

  /** Plain string list (host patterns, label prefixes, words): no CSS validation. */
  list(field: string): string[] {
    return asList(this.merged[field]);
  }

  /** First plain string of a field, or ''. */
  text(field: string): string {
    return this.list(field)[0] ?? '';
  }

  /**
   * The field as one CSS selector (a list becomes a selector group). An override the browser
   * rejects falls back to the default; an empty or missing field yields '' (matches nothing).
   */
  css(field: string, doc: Document): string {
    const cached = this.resolved.get(field);
    if (cached !== undefined) return cached;
    let sel = asList(this.merged[field]).join(', ');
    if (sel !== '' && !isValidSelector(sel, doc)) {
      sel = asList(this.defaults[field]).join(', ');
      if (sel !== '' && !isValidSelector(sel, doc)) sel = '';
    }
    this.resolved.set(field, sel);
    return sel;
  }

  /** The field's selectors one by one (for "try this, then that" fields), invalid ones dropped. */
  cssEach(field: string, doc: Document): string[] {
    const own = asList(this.merged[field]).filter((s) => isValidSelector(s, doc));
    return own.length > 0 ? own : asList(this.defaults[field]).filter((s) => isValidSelector(s, doc));
  }

  all(root: ParentNode, field: string): Element[] {
    const sel = this.css(field, docOf(root));
    return sel === '' ? [] : Array.from(root.querySelectorAll(sel));
  }

  first(root: ParentNode, field: string): Element | null {
    const sel = this.css(field, docOf(root));
    return sel === '' ? null : root.querySelector(sel);
  }

  matches(el: Element, field: string): boolean {
    const sel = this.css(field, docOf(el));
    return sel !== '' && el.matches(sel);
  }

  closest(el: Element, field: string): Element | null {
    const sel = this.css(field, docOf(el));
    return sel === '' ? null : el.closest(sel);
  }
}

export function docOf(node: ParentNode | Node): Document {
  const n = node as Node;
  return n.nodeType === 9 ? (n as Document) : (n.ownerDocument as Document);
}

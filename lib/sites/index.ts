/**
 * lib/sites public API.
 * - adaptersFor(url, sites?, doc?): the adapters for a page, site-specific first, then schema.org
 *   JobPosting (not in chat and mail apps), then the generic fallback (only where no site adapter matches).
 * - findItems(root, url, sites?): the items under root, each element claimed once.
 * - observeRootFor(doc, url, sites?): the element worth observing (a chat's message list), if known.
 * `sites` is the active rule pack's "sites" section: it overrides lib/sites/selectors.json field by field.
 */

import { type BoundAdapter, bindSite } from './kit/define';
import { mergeInto, overlaps } from './kit/dom';
import { DEFAULT_SELECTORS, SITES } from './registry';
import type { FoundItem, PackSites, SiteAdapter } from './types';

export { FIXTURE_META, fixtureSiteOf, isLoopback } from './kit/hosts';
export type { FoundItem, PackSites, SiteAdapter, SiteSelectors } from './types';

const NO_OVERRIDES: PackSites = {};
const bound = new WeakMap<PackSites, BoundAdapter[]>();

/** All adapters bound to their selectors (bundled defaults, overridden by the pack), cached per pack. */
export function allAdapters(sites: PackSites = NO_OVERRIDES): BoundAdapter[] {
  // A pack without a "sites" section may hand a fresh {} on every call: share the default binding.
  if (sites !== NO_OVERRIDES && Object.keys(sites).length === 0) sites = NO_OVERRIDES;
  let list = bound.get(sites);
  if (!list) {
    list = SITES.map((def) => bindSite(def, DEFAULT_SELECTORS[def.id] ?? {}, sites[def.id]));
    bound.set(sites, list);
  }
  return list;
}

export function adaptersFor(url: URL, sites?: PackSites, doc?: Document): SiteAdapter[] {
  const all = allAdapters(sites);
  const specific = all.filter((a) => a.category !== 'any' && a.matches(url, doc));
  const appOnly = specific.length > 0 && specific.every((a) => a.category === 'chat' || a.category === 'mail');
  const out: BoundAdapter[] = [...specific];
  for (const a of all) {
    if (a.category !== 'any' || !a.matches(url, doc)) continue;
    // Chat and mail apps carry no schema.org postings, and guessing "feeds" in them would only add noise.
    if (a.id === 'jsonld' && !appOnly) out.push(a);
    if (a.id === 'generic' && specific.length === 0) out.push(a);
  }
  return out;
}

function docOfRoot(root: ParentNode): Document {
  const n = root as Node;
  return n.nodeType === 9 ? (n as Document) : (n.ownerDocument as Document);
}

/**
 * Items under root from every adapter of the page. The first adapter to claim an element wins: a later
 * item on the same, an enclosing or an enclosed element is dropped, except that an overlapping posting
 * lends its structured fields and links (schema.org markup on a board the board adapter already read).
 */
export function findItems(root: ParentNode, url: URL, sites?: PackSites): FoundItem[] {
  const out: FoundItem[] = [];
  for (const adapter of adaptersFor(url, sites, docOfRoot(root))) {
    const before = out.length;
    for (const item of adapter.find(root, url)) {
      item.site = adapter.id;
      // Only items of earlier adapters can collide: an adapter already keeps its own items apart.
      let clash: FoundItem | undefined;
      for (let i = 0; i < before && !clash; i++) {
        const o = out[i] as FoundItem;
        if (overlaps(o.element, item.element)) clash = o;
      }
      if (!clash) out.push(item);
      // Only structured data is worth folding in; a generic region around the posting would only add
      // unrelated links (related jobs, navigation).
      else if (clash.kind === 'posting' && item.kind === 'posting' && item.fields) mergeInto(clash, item);
    }
  }
  return out;
}

export function observeRootFor(doc: Document, url: URL, sites?: PackSites): Element | null {
  for (const a of adaptersFor(url, sites, doc)) {
    const el = a.observeRoot?.(doc);
    if (el) return el;
  }
  return null;
}

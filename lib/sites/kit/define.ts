/**
 * How an adapter file declares itself, and how the registry binds it to its selector data.
 * An adapter is code that knows a site's structure; the selectors it queries are data (selectors.json,
 * overridden by the pack's "sites"[id]), so only the structure, not the class names, lives in code.
 */
import type { FoundItem, SiteAdapter, SiteSelectors } from '../types';
import { fixtureSiteOf, hostMatches, pathMatches } from './hosts';
import { docOf, Selectors } from './selectors';

/**
 * - jobs: job boards (schema.org markup is worth reading there too);
 * - social: feeds of posts and their messengers;
 * - chat / mail: message apps (no schema.org, no generic feed guessing);
 * - any: the fallbacks that run everywhere.
 */
export type SiteCategory = 'jobs' | 'social' | 'chat' | 'mail' | 'any';

export interface FindContext {
  root: ParentNode;
  url: URL;
  doc: Document;
  sel: Selectors;
}

export interface SiteDefinition {
  id: string;
  category: SiteCategory;
  find(ctx: FindContext): FoundItem[];
}

export function defineSite(def: SiteDefinition): SiteDefinition {
  return def;
}

/** A bound adapter keeps its definition, so the registry can order and filter by category. */
export interface BoundAdapter extends SiteAdapter {
  category: SiteCategory;
}

export function bindSite(def: SiteDefinition, defaults: SiteSelectors, overrides?: SiteSelectors): BoundAdapter {
  const sel = new Selectors(def.id, defaults, overrides);
  return {
    id: def.id,
    category: def.category,
    matches(url: URL, doc?: Document): boolean {
      const fixture = fixtureSiteOf(doc, url);
      if (fixture !== null) return fixture === def.id || def.category === 'any';
      return hostMatches(url.hostname, sel.list('hosts')) && pathMatches(url.pathname, sel.list('paths'));
    },
    find(root: ParentNode, url: URL): FoundItem[] {
      try {
        return def.find({ root, url, doc: docOf(root), sel });
      } catch {
        // A site redesign or a hostile page must never throw into the scanner (issue 4 § Robustness).
        return [];
      }
    },
    observeRoot(doc: Document): Element | null {
      for (const s of sel.cssEach('observe', doc)) {
        const el = doc.querySelector(s);
        if (el) return el;
      }
      return null;
    },
  };
}

import type { ItemKind, PostingFields } from '../engine/types';

/** One scannable thing found on a page by a site adapter. */
export interface FoundItem {
  /** The item's own element: the posting container or message bubble (it gets the page marker). */
  element: Element;
  kind: ItemKind;
  /** Visible text of the item, without UI chrome (timestamps, buttons, reactions). */
  text: string;
  /** Absolute hrefs inside the item. */
  links: string[];
  /** Who sent it, when the site shows it (for the allow-list). */
  sender?: string;
  fields?: PostingFields;
}

export interface SiteAdapter {
  /** Stable id, e.g. "whatsapp"; also the key of this site's selectors in the pack's "sites". */
  id: string;
  /** Whether this adapter handles the page at this URL. */
  matches(url: URL): boolean;
  /** Finds the items under root (the whole document, or a subtree that changed). */
  find(root: ParentNode, url: URL): FoundItem[];
}

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
  /** The user's own message (chat apps that show direction); the scanner may skip or soften these. */
  outgoing?: boolean;
  /** A stable id the site gives the item (message id, job id), when it has one; survives node recycling. */
  key?: string;
  /**
   * The conversation a message belongs to, when the site names it in the DOM (WhatsApp's chat id). Without
   * it the page address stands for the conversation (lib/scan/conversation.ts threadOf).
   */
  thread?: string;
  /**
   * Set by the scanner, not by adapters: this item is a sender's last `joined` messages read together
   * (lib/scan/conversation.ts), shown on the newest of them.
   */
  joined?: number;
  /** Id of the adapter that found it (set by findItems). */
  site?: string;
}

export interface SiteAdapter {
  /** Stable id, e.g. "whatsapp"; also the key of this site's selectors in the pack's "sites". */
  id: string;
  /**
   * Whether this adapter handles the page at this URL. With the document, a loopback fixture page may
   * opt in through <meta name="lurewatch-fixture-site"> (see lib/sites/kit/hosts.ts for why loopback only).
   */
  matches(url: URL, doc?: Document): boolean;
  /** Finds the items under root (the whole document, or a subtree that changed). */
  find(root: ParentNode, url: URL): FoundItem[];
  /** The element worth observing for new items (the chat's scroll list), when the site has one. */
  observeRoot?(doc: Document): Element | null;
}

/** Selector data of one site: field → CSS selector (or list of them), host patterns, label prefixes. */
export type SiteSelectors = Record<string, string | string[]>;

/** The rule pack's "sites" section: site id → fields that override lib/sites/selectors.json. */
export type PackSites = Record<string, SiteSelectors>;

/**
 * Inline warnings: a host element <lurewatch-warning data-lurewatch-ui> inside the flagged item, with a
 * CLOSED shadow root holding the badge (contract: ../shared/ARCHITECTURE.md, page marker).
 * - Closed: page scripts get null from host.shadowRoot and cannot read the words.
 * - Out of flow: the host is absolutely positioned and zero-sized, so nothing on the page moves
 *   (issue 4: "must not shift the page layout"); the badge inside overflows visibly at the item's corner.
 * - Pages that remove the host (frameworks re-rendering, or on purpose) get it back at most
 *   MAX_REATTACH times per item, then we give up quietly rather than fight the page in a loop.
 */

import type { AttachShadow } from './natives';
import { HOST_TAG, UI_ATTRIBUTE } from './skip';
import type { WarningActions, WarningRenderer, WarningView } from './view';

export const MAX_REATTACH = 3;
/** Across the page: a page that removes hosts everywhere stops costing us anything after this. */
export const MAX_REATTACH_TOTAL = 100;

// Inline !important beats any page stylesheet rule aimed at the host; the shadow root does the rest.
const HOST_STYLE = [
  'all: initial',
  'position: absolute',
  'display: block',
  'width: 0',
  'height: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'overflow: visible',
  'z-index: 2147483000',
  'pointer-events: auto',
  'visibility: visible',
  'opacity: 1',
  'contain: style',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

interface HostRecord {
  host: HTMLElement;
  root: ShadowRoot;
  view: WarningView;
  /** The view as JSON: the same words again (a dismissal elsewhere on the page re-applies every warning) render nothing. */
  rendered: string;
  reattached: number;
  gaveUp: boolean;
}

export interface WarningLayerOptions {
  doc: Document;
  /** The attachShadow captured at startup; null means a page replaced it: no inline text then. */
  attachShadow: AttachShadow | null;
  render: WarningRenderer;
  actions: (view: WarningView, item: Element) => WarningActions;
  onError?: (error: unknown) => void;
}

export class WarningLayer {
  private readonly records = new Map<Element, HostRecord>();
  private readonly itemOfHost = new WeakMap<Element, Element>();
  private totalReattached = 0;

  constructor(private readonly options: WarningLayerOptions) {}

  /** Whether inline warnings can be shown at all on this page. */
  get enabled(): boolean {
    return this.options.attachShadow !== null;
  }

  /**
   * Shows (or updates) the warning inside item. A view equal to the one shown is not rendered again:
   * feedback and policy changes re-apply every flagged item, and re-rendering hundreds of unchanged
   * warnings at once would be a long task for nothing.
   */
  show(item: Element, view: WarningView): void {
    const { attachShadow } = this.options;
    if (!attachShadow) return;
    const existing = this.records.get(item);
    const rendered = JSON.stringify(view);
    if (existing) {
      if (existing.rendered !== rendered) {
        existing.view = view;
        existing.rendered = rendered;
        this.renderInto(existing, item);
      }
      if (!existing.gaveUp && existing.host.parentNode !== item) this.insert(existing.host, item);
      return;
    }
    const host = this.options.doc.createElement(HOST_TAG);
    host.setAttribute(UI_ATTRIBUTE, '');
    host.setAttribute('style', HOST_STYLE);
    const root = attachShadow.call(host, { mode: 'closed' });
    const record: HostRecord = { host, root, view, rendered, reattached: 0, gaveUp: false };
    this.records.set(item, record);
    this.itemOfHost.set(host, item);
    this.renderInto(record, item);
    this.insert(host, item);
  }

  hide(item: Element): void {
    const record = this.records.get(item);
    if (!record) return;
    this.records.delete(item);
    record.host.remove();
  }

  /** Hides every warning for this key (dismissed or "not a scam" from any place). */
  hideKey(key: string): void {
    for (const [item, record] of [...this.records]) if (record.view.key === key) this.hide(item);
  }

  hideAll(): void {
    for (const item of [...this.records.keys()]) this.hide(item);
  }

  isHost(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).localName === HOST_TAG && this.itemOfHost.has(node as Element);
  }

  /**
   * The page removed one of our hosts. Put it back while the item is still on the page, a few times;
   * an item that left the page (virtualised list) is forgotten.
   */
  hostRemoved(host: Element): void {
    const item = this.itemOfHost.get(host);
    if (!item) return;
    const record = this.records.get(item);
    if (!record || record.host !== host || host.isConnected) return;
    if (!item.isConnected) {
      this.records.delete(item);
      return;
    }
    if (record.gaveUp) return;
    if (record.reattached >= MAX_REATTACH || this.totalReattached >= MAX_REATTACH_TOTAL) {
      record.gaveUp = true;
      return;
    }
    record.reattached++;
    this.totalReattached++;
    this.insert(host, item);
  }

  /** Items whose warning is currently attached (for tests and the report). */
  get count(): number {
    return this.records.size;
  }

  /** Drops records of items that left the page. */
  prune(): void {
    for (const item of [...this.records.keys()]) if (!item.isConnected) this.records.delete(item);
  }

  private insert(host: Element, item: Element): void {
    // First child: the badge sits at the item's top corner, where the reader starts.
    item.insertBefore(host, item.firstChild);
  }

  private renderInto(record: HostRecord, item: Element): void {
    try {
      this.options.render(record.root, record.view, this.options.actions(record.view, item));
    } catch (error) {
      this.options.onError?.(error);
    }
  }
}

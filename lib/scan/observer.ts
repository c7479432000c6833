/**
 * Watches the page for new or changed content and hands over coalesced batches:
 * - elements that were added, or whose text changed (a text node's parent), never our own UI;
 * - our warning hosts that the page removed (so the warning layer can put them back, a few times).
 * The callback does almost nothing per record, because a hostile or busy page can fire thousands
 * per second (issue 4, Robustness); the real work happens later in the idle queue.
 *
 * Without a trustworthy MutationObserver (a page replaced it before we started) it falls back to
 * periodic document rescans, which the scan cache makes cheap.
 */
import { HOST_TAG, isOwnUi } from './skip';

export interface DomBatch {
  changed: Element[];
  removedHosts: Element[];
}

export interface WatchOptions {
  MutationObserver: typeof MutationObserver | null;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  onBatch(batch: DomBatch): void;
  /** Too much changed at once, or no observer: rescan the whole document (throttled by the caller). */
  onRescan(): void;
  /** More changed elements than this in one callback: ask for one document rescan instead. */
  maxBatch?: number;
  pollMs?: number;
}

export interface Watcher {
  mode: 'observer' | 'polling';
  stop(): void;
}

const isElement = (n: Node): n is Element => n.nodeType === 1;

export function watchDom(root: Node, options: WatchOptions): Watcher {
  const maxBatch = options.maxBatch ?? 400;
  const MO = options.MutationObserver;
  if (!MO) {
    const pollMs = options.pollMs ?? 2000;
    let stopped = false;
    let timer = 0;
    const tick = () => {
      if (stopped) return;
      options.onRescan();
      timer = options.setTimeout(tick, pollMs);
    };
    timer = options.setTimeout(tick, pollMs);
    return {
      mode: 'polling',
      stop() {
        stopped = true;
        options.clearTimeout(timer);
      },
    };
  }

  const observer = new MO((records) => {
    const changed = new Set<Element>();
    const removedHosts: Element[] = [];
    let overflow = false;
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of record.removedNodes) if (isElement(node) && node.localName === HOST_TAG) removedHosts.push(node);
        if (overflow) continue;
        for (const node of record.addedNodes) {
          const el = isElement(node) ? node : node.nodeType === 3 ? node.parentElement : null;
          if (el && !isOwnUi(el)) changed.add(el);
        }
      } else if (record.type === 'characterData' && !overflow) {
        const el = record.target.parentElement;
        if (el && !isOwnUi(el)) changed.add(el);
      }
      if (changed.size > maxBatch) {
        overflow = true;
        changed.clear();
      }
    }
    if (overflow) options.onRescan();
    if (changed.size > 0 || removedHosts.length > 0) options.onBatch({ changed: [...changed], removedHosts });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    mode: 'observer',
    stop: () => observer.disconnect(),
  };
}

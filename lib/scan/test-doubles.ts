/**
 * Test doubles shared by the scanner tests (scanner.test.ts, conversation-page.test.ts). Test code only;
 * nothing outside *.test.ts imports it, so it never reaches the content-script bundle.
 */
import type { ScannerOptions } from './scanner';
import { WarningLayer } from './warnings';

/** A warning layer on the test document whose badge is just the item key (tests read which keys show). */
export function keyWarnings(): WarningLayer {
  return new WarningLayer({
    doc: document,
    attachShadow: Element.prototype.attachShadow,
    render: (root, view) => {
      root.textContent = view.key;
    },
    actions: () => ({ dismiss() {}, notScam() {} }),
  });
}

/** The test window's timers, with the given MutationObserver (null: the page replaced it; polling). */
export function windowNatives(MutationObserverCtor: typeof MutationObserver | null = window.MutationObserver): ScannerOptions['natives'] {
  return {
    MutationObserver: MutationObserverCtor,
    setTimeout: (cb, ms) => window.setTimeout(cb, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  };
}

/**
 * The scan cache (issue 4: "each item is scanned once, cached by element and by text hash").
 * - By element: an element already scanned with the same text is skipped outright (mutation bursts
 *   that touch a message's time or reactions cost one WeakMap lookup).
 * - By text key: a virtualised list that recreates a message's node, or the same spam pasted in ten
 *   groups, reuses the verdict instead of running the engine again. Bounded, oldest first out.
 * A new pack or sensitivity makes every verdict stale: clear() starts over.
 */
import type { Verdict } from '../engine/types';

export class ScanCache {
  private byElement = new WeakMap<Element, string>();
  private readonly byKey = new Map<string, Verdict>();

  constructor(private readonly maxKeys = 5000) {}

  /** True when this element was already scanned with exactly this text. */
  seen(element: Element, key: string): boolean {
    return this.byElement.get(element) === key;
  }

  verdictFor(key: string): Verdict | undefined {
    return this.byKey.get(key);
  }

  remember(element: Element, key: string, verdict: Verdict): void {
    this.byElement.set(element, key);
    if (!this.byKey.has(key)) {
      if (this.byKey.size >= this.maxKeys) {
        const oldest = this.byKey.keys().next();
        if (!oldest.done) this.byKey.delete(oldest.value);
      }
      this.byKey.set(key, verdict);
    }
  }

  /** The key an element was last scanned with (to find the item a mutation happened in). */
  keyOf(element: Element): string | undefined {
    return this.byElement.get(element);
  }

  /** Forget which elements were seen (a SPA navigation re-counts them) but keep verdicts. */
  forgetElements(): void {
    this.byElement = new WeakMap();
  }

  clear(): void {
    this.forgetElements();
    this.byKey.clear();
  }

  get size(): number {
    return this.byKey.size;
  }
}

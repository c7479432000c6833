/**
 * Browser built-ins the scanner depends on, captured once at startup. A hostile or clumsy page may
 * replace MutationObserver or Element.prototype.attachShadow (to blind observers, or to grab shadow roots
 * and read what is inside). In Chrome and Firefox a content script already sees its own copies (isolated
 * world / Xray vision), but capturing them before any page code can run again keeps us honest on engines
 * that share globals, and lets us notice when they were replaced BEFORE we started, so we degrade
 * (polling, no inline text) instead of trusting them.
 */

/** Function.prototype.toString as it was when this module loaded. */
const fnToString = Function.prototype.toString;

export function isNativeFunction(fn: unknown): boolean {
  if (typeof fn !== 'function') return false;
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(fnToString.call(fn));
  } catch {
    return false;
  }
}

export type AttachShadow = (this: Element, init: ShadowRootInit) => ShadowRoot;

export interface Natives {
  /** null when missing or replaced before we ran: the scanner then polls instead of observing. */
  MutationObserver: typeof MutationObserver | null;
  /** null when missing or replaced: inline warnings are then not rendered (their text could be read). */
  attachShadow: AttachShadow | null;
  requestIdleCallback: ((cb: IdleRequestCallback, opts?: IdleRequestOptions) => number) | null;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  now: () => number;
  /** Human-readable reasons for any degradation, logged once by the caller. */
  problems: string[];
}

export interface CaptureOptions {
  /** Tests on happy-dom (whose built-ins are plain JS) pass () => true. */
  isNative?: (fn: unknown) => boolean;
}

type WindowLike = Pick<Window, 'setTimeout' | 'clearTimeout'> & {
  MutationObserver?: unknown;
  Element?: { prototype: { attachShadow?: unknown } };
  requestIdleCallback?: unknown;
  performance?: { now(): number };
};

export function captureNatives(win: WindowLike, options: CaptureOptions = {}): Natives {
  const isNative = options.isNative ?? isNativeFunction;
  const problems: string[] = [];

  let mo: typeof MutationObserver | null = null;
  if (isNative(win.MutationObserver)) mo = win.MutationObserver as typeof MutationObserver;
  else problems.push('MutationObserver is missing or was replaced by the page; falling back to periodic rescans');

  let attachShadow: AttachShadow | null = null;
  const attach = win.Element?.prototype.attachShadow;
  if (isNative(attach)) attachShadow = attach as AttachShadow;
  else problems.push('Element.prototype.attachShadow is missing or was replaced by the page; inline warnings are off on this page');

  // requestIdleCallback is an optimisation, not a safety property: a replaced one only changes timing.
  const ric =
    typeof win.requestIdleCallback === 'function'
      ? (win.requestIdleCallback as (cb: IdleRequestCallback, opts?: IdleRequestOptions) => number).bind(win)
      : null;
  const perf = win.performance;
  return {
    MutationObserver: mo,
    attachShadow,
    requestIdleCallback: ric,
    setTimeout: win.setTimeout.bind(win) as (cb: () => void, ms: number) => number,
    clearTimeout: win.clearTimeout.bind(win) as (id: number) => void,
    now: perf ? () => perf.now() : () => Date.now(),
    problems,
  };
}

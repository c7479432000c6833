/**
 * Document order of two elements, cheaply in the common case. Chromium's compareDocumentPosition finds
 * the order of two children of one parent by walking that parent's children from the first: in a chat of
 * 2,000 message rows that is ~1,000 steps per call, and lib/scan/conversation.ts asks it of every message
 * with a signal (~20 ms on the chat-2000 benchmark). Chat messages of one sender are usually a few rows
 * apart, so this walks from one towards the other for a few siblings first, and asks the browser only
 * when they are far apart.
 */

/** Siblings walked each way before falling back to compareDocumentPosition. */
const NEAR = 32;

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out (the Node global is absent where tools run in Node). */
const FOLLOWING = 4;

/** The ancestors of el from the root down, el included. */
function chain(el: Element): Element[] {
  const out: Element[] = [];
  for (let e: Element | null = el; e !== null; e = e.parentElement) out.push(e);
  return out.reverse();
}

/** Whether `node` comes after `ref` in document order (false when either contains the other, or they are the same). */
export function follows(node: Element, ref: Element): boolean {
  if (node === ref || node.contains(ref) || ref.contains(node)) return false;
  const a = chain(node);
  const b = chain(ref);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const mine = a[i];
  const theirs = b[i];
  if (i === 0 || mine === undefined || theirs === undefined) return (ref.compareDocumentPosition(node) & FOLLOWING) !== 0;
  // mine and theirs are children of one parent: walk from mine towards theirs, a few steps each way.
  let back: Element | null = mine.previousElementSibling;
  let ahead: Element | null = mine.nextElementSibling;
  for (let step = 0; step < NEAR && (back !== null || ahead !== null); step++) {
    if (back === theirs) return true;
    if (ahead === theirs) return false;
    back = back?.previousElementSibling ?? null;
    ahead = ahead?.nextElementSibling ?? null;
  }
  return (ref.compareDocumentPosition(node) & FOLLOWING) !== 0;
}

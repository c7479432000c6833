/**
 * What the scanner must never look at (issue 4): the extension's own UI, and anything inside an editable
 * field — the user's own half-written reply is theirs, and scanning it on every keystroke would be slow.
 */

/** Marks every element of the extension's own UI in the page (the inline warning host). */
export const UI_ATTRIBUTE = 'data-lurewatch-ui';
/** The inline warning's host element (a valid custom-element name, so attachShadow accepts it). */
export const HOST_TAG = 'lurewatch-warning';

const EDITABLE_SELECTOR = 'textarea, input, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"]';

export function isOwnUi(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el) return false;
  return el.localName === HOST_TAG || el.closest(`[${UI_ATTRIBUTE}]`) !== null;
}

export function isInEditable(el: Element): boolean {
  if (el.ownerDocument.designMode === 'on') return true;
  if ((el as HTMLElement).isContentEditable === true) return true;
  return el.closest(EDITABLE_SELECTOR) !== null;
}

/** True when an item element must not be scanned. */
export function shouldSkip(el: Element): boolean {
  return isOwnUi(el) || isInEditable(el);
}

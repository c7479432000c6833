/**
 * Visible text of an item, the way a reader sees it, without UI chrome. A hand-written walk instead
 * of innerText: innerText forces layout (slow on a 2,000-message chat, issue 4 § Performance) and
 * happy-dom does not implement it. Block elements and <br> become line breaks, runs of white space
 * collapse, and the walk stops at MAX_TEXT characters so a 10 MB page cannot blow up (issue 4 § Robustness).
 */

export const MAX_TEXT = 20_000;

/** Our own UI: anything the extension injects carries one of these (never scanned, issue 4). */
export const OWN_UI_SELECTOR = '[data-lurewatch-ui], lurewatch-warning';
/** Editable fields: the user is typing there; never scanned (issue 4 § Scanning). */
export const EDITABLE_SELECTOR = '[contenteditable]:not([contenteditable="false"]), [role="textbox"], input, textarea';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'video',
  'audio',
  'iframe',
  'object',
  'input',
  'textarea',
  'select',
  'button',
  'lurewatch-warning',
]);

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/** An <img> alt counts as text only when it is an emoji or symbol (WhatsApp/Telegram render emoji as images). */
const EMOJI_ALT = /^[^\p{L}\p{N}]{1,16}$/u;

export interface TextOptions {
  /** How textOfAll joins parts: a line break (separate blocks, the default) or '' (inline parts of one line). */
  join?: string;
  /** A CSS selector group of chrome to leave out (timestamps, reactions, "See more" buttons). */
  drop?: string;
  /** Elements to leave out, when they are known as elements rather than by a selector (nested posts). */
  skip?: ReadonlySet<Element>;
  max?: number;
}

class Buffer {
  parts: string[] = [];
  length = 0;
  full = false;
  constructor(private readonly max: number) {}
  push(s: string): void {
    if (this.full || s === '') return;
    const room = this.max - this.length;
    // Slice before collapsing so a huge text node costs O(max), not O(node).
    let t = s.length > room * 2 + 16 ? s.slice(0, room * 2 + 16) : s;
    t = t.replace(/[\s\u00a0]+/g, ' ');
    if (t.length >= room) {
      t = t.slice(0, room);
      this.full = true;
    }
    this.parts.push(t);
    this.length += t.length;
  }
  newline(): void {
    if (!this.full && this.parts[this.parts.length - 1] !== '\n') this.parts.push('\n');
  }
  toString(): string {
    return (
      this.parts
        .join('')
        .split('\n')
        .map((l) => l.replace(/ {2,}/g, ' ').trim())
        // A line left with separators only ("·", "•", "|") was glue between chrome that was dropped.
        .filter((l) => l !== '' && !/^[·•|\-–—,:;/]+$/.test(l))
        .join('\n')
    );
  }
}

function isEditableEl(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  return el.getAttribute('role') === 'textbox';
}

function walk(node: Node, buf: Buffer, drop: string, skip: ReadonlySet<Element> | undefined): void {
  for (let c = node.firstChild; c !== null; c = c.nextSibling) {
    if (buf.full) return;
    if (c.nodeType === 3) {
      buf.push((c as Text).data);
      continue;
    }
    if (c.nodeType !== 1) continue;
    const el = c as Element;
    const name = el.localName;
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      buf.newline();
      continue;
    }
    if (name === 'img') {
      const alt = el.getAttribute('alt');
      if (alt !== null && EMOJI_ALT.test(alt)) buf.push(alt);
      continue;
    }
    if (isEditableEl(el) || el.hasAttribute('data-lurewatch-ui') || el.hasAttribute('hidden')) continue;
    if (drop !== '' && el.matches(drop)) continue;
    if (skip?.has(el)) continue;
    const block = BLOCK.has(name);
    if (block) buf.newline();
    else if (name === 'td' || name === 'th') buf.push(' ');
    walk(el, buf, drop, skip);
    if (block) buf.newline();
  }
}

/** Visible text under `el` (its own tag is not checked against `drop`; callers pick the element). */
export function textOf(el: Node, opts: TextOptions = {}): string {
  const buf = new Buffer(opts.max ?? MAX_TEXT);
  walk(el, buf, opts.drop ?? '', opts.skip);
  return buf.toString();
}

/** Text of several elements (e.g. the text spans of a message), in order, skipping ones nested in another. */
export function textOfAll(els: readonly Element[], opts: TextOptions = {}): string {
  const top = els.filter((el) => !els.some((other) => other !== el && other.contains(el)));
  return top
    .map((el) => textOf(el, opts))
    .filter((t) => t !== '')
    .join(opts.join ?? '\n')
    .replace(/ {2,}/g, ' ')
    .slice(0, opts.max ?? MAX_TEXT);
}

const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|li|ul|ol|strong|b|em|i|span|h[1-6])\b[^>]*>/i;

/**
 * Text of an HTML string (JSON-LD descriptions are HTML). Parsed by DOMParser into a document of its
 * own: it is inert, so no script runs and no image loads (and, unlike assigning innerHTML, it is the
 * parser that extension linters and store reviewers accept for untrusted markup). Some boards escape
 * the HTML twice ("&lt;p&gt;"), so a result that still looks like markup is parsed once more.
 */
export function htmlToText(html: string, doc: Document, max = MAX_TEXT): string {
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  let text = html.slice(0, max * 4);
  for (let round = 0; round < 2; round++) {
    const parsed = new Parser().parseFromString(text, 'text/html');
    text = textOf(parsed.body ?? parsed.documentElement, { max });
    if (!LOOKS_LIKE_HTML.test(text)) break;
  }
  return text;
}

/** True when the element sits in our own UI or in an editable field (never an item, never text). */
export function isExcluded(el: Element): boolean {
  return el.closest(OWN_UI_SELECTOR) !== null || el.closest(EDITABLE_SELECTOR) !== null;
}

/**
 * Instagram direct messages (SITES.md §6a, confidence C; the DOM changes often).
 * - Current: rows have no role; a message is div[role="none"] > div[role="presentation"] > text, inside
 *   the "Conversation with …" region. Own messages: a "You sent" label or an inline flex-end style,
 *   read from attributes and text, never from getComputedStyle (too slow on long chats). The label is
 *   localized: selectors.json bundles the exact texts found for nine more UI languages (idx:77058041, C).
 * - Older: role="grid" "Messages in conversation with …" > role="row" > div[dir="auto"].
 * The sender of an incoming message in a one-to-one chat is named by the region's label; group DMs show no
 * name we could find (SITES.md: "not found"), except the hover menu's label when present.
 */
import { defineSite, type FindContext } from './kit/define';
import { anchorsIn, collect, linksIn, makeItem } from './kit/dom';
import { textOf, textOfAll } from './kit/text';

function labelAfter(el: Element | null, prefix: string): string | undefined {
  const label = el?.getAttribute('aria-label') ?? '';
  return prefix !== '' && label.startsWith(prefix) ? label.slice(prefix.length).trim() || undefined : undefined;
}

function isOwn(unit: Element, ctx: FindContext): boolean {
  const { sel } = ctx;
  if (sel.matches(unit, 'ownStyle') || sel.first(unit, 'ownStyle')) return true;
  const labels = sel.list('ownLabels');
  return Array.from(unit.querySelectorAll('span')).some((s) => labels.includes((s.textContent ?? '').trim()));
}

export default defineSite({
  id: 'instagram',
  category: 'chat',
  find(ctx) {
    const { root, url, doc, sel } = ctx;
    const drop = sel.css('drop', doc);
    const conv = sel.css('conversation', doc);
    const grid = sel.css('grid', doc);
    const contents = conv === '' ? [] : anchorsIn(root, sel.css('content', doc)).filter((c) => c.closest(conv));
    const rows = grid === '' ? [] : anchorsIn(root, sel.css('gridRow', doc)).filter((r) => r.closest(grid));
    const units = [
      ...contents.map((c) => ({ el: sel.closest(c, 'bubble') ?? c, region: c.closest(conv), prefix: 'conversationPrefix' })),
      ...rows.map((r) => ({ el: r, region: r.closest(grid), prefix: 'gridPrefix' })),
    ];
    return collect(units, ({ el, region, prefix }) => {
      const parts = sel.all(el, 'text');
      const text = parts.length > 0 ? textOfAll(parts, { drop }) : textOf(el, { drop });
      const outgoing = isOwn(el, ctx);
      const sender = outgoing
        ? undefined
        : (labelAfter(sel.first(el, 'menuLabel'), sel.text('menuPrefix')) ?? labelAfter(region, sel.text(prefix)));
      return makeItem({ element: el, kind: 'message', text, links: linksIn(el, url, drop), sender, outgoing });
    });
  },
});

/**
 * Discord (SITES.md §6c, confidence B). One item per li[id^="chat-messages-"]; its role="article" is the
 * element. Continuation messages have no header, so the author is carried forward from the nearest earlier
 * row that has one; a reply's quoted preview holds another author and another message-content, both
 * excluded. Class names are hashed (username_c19a55) and matched by their stable prefix only.
 */
import { defineSite, type FindContext } from './kit/define';
import { anchorsIn, collect, linksIn, makeItem, mergeLinks, shortText } from './kit/dom';
import { textOf } from './kit/text';

/** The first match of a field in `el` that is not inside a reply preview. */
function ownMatch(el: Element, field: string, ctx: FindContext): Element | undefined {
  const reply = ctx.sel.css('reply', ctx.doc);
  return ctx.sel.all(el, field).find((m) => reply === '' || !m.closest(reply));
}

/**
 * The author of a row: its own header, else the author of the nearest earlier row. Memoised per scan, so a
 * 2,000-message channel costs one step per row instead of a walk back from each continuation.
 */
function author(li: Element, ctx: FindContext, memo: Map<Element, string | undefined>): string | undefined {
  const chain: Element[] = [];
  let found: string | undefined;
  let row: Element | null = li;
  for (let steps = 0; row && steps < 100; steps++, row = row.previousElementSibling) {
    if (memo.has(row)) {
      found = memo.get(row);
      break;
    }
    if (!ctx.sel.matches(row, 'item')) continue;
    chain.push(row);
    found = shortText(ownMatch(row, 'username', ctx));
    if (found) break;
  }
  for (const r of chain) memo.set(r, found);
  return found;
}

export default defineSite({
  id: 'discord',
  category: 'chat',
  find(ctx) {
    const { root, url, doc, sel } = ctx;
    const drop = sel.css('drop', doc);
    const memo = new Map<Element, string | undefined>();
    return collect(anchorsIn(root, sel.css('item', doc)), (li) => {
      const content = ownMatch(li, 'content', ctx);
      if (!content) return null;
      const accessories = sel.first(li, 'accessories');
      const links = mergeLinks(linksIn(content, url, drop), accessories ? linksIn(accessories, url, drop) : []);
      return makeItem({
        element: sel.first(li, 'article') ?? li,
        kind: 'message',
        text: textOf(content, { drop }),
        links,
        sender: author(li, ctx, memo),
        key: li.id,
      });
    });
  },
});

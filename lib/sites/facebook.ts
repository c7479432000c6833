/**
 * Facebook (SITES.md §4a/§4b, confidence B/C).
 * - Feed and group posts: anchored on the post's message (data-ad-rendering-role="story_message", the
 *   2025 hook), then lifted to the post container (aria-posinset, then FeedUnit pagelet, then
 *   role="article"). Comments are role="article" too but never carry a story_message, so they are not posts,
 *   and the post's text is read from its message only: comments don't leak into it.
 * - Messenger (facebook.com/messages and messenger.com), both generations: role="log" with
 *   aria-roledescription="message", and the grid of role="row"s. No semantic direction flag exists, so
 *   "You sent" labels, the "You" of the aria-label and the delivery status mark own messages. The labels are
 *   data a pack can extend; besides English, only labels with public evidence of their exact text are
 *   bundled (es "Enviaste", fr, de, it, pt, zh-Hans: FB-Chat-Monitor chatManager.js @a0a4bdfc, the
 *   Messenger translation adapter idx:68672307204, the Instagram unsend script idx:77058041; confidence C).
 *   The aria-label prefix ("At 10:02, …") was found in English only.
 * Marketplace listings (facebook.com/marketplace/…) are read by facebook-marketplace.ts, registered before
 * this adapter: it claims listings first, and leaves listing links inside posts and chats to this one.
 */
import { defineSite, type FindContext } from './kit/define';
import { anchorsIn, collect, contained, inDocumentOrder, linksIn, makeItem, shortText } from './kit/dom';
import { textOf, textOfAll } from './kit/text';
import type { FoundItem } from './types';

function posts(ctx: FindContext): FoundItem[] {
  const { root, url, doc, sel } = ctx;
  const drop = sel.css('postDrop', doc);
  const postSelectors = sel.cssEach('post', doc);
  const messages = anchorsIn(root, sel.css('postMessage', doc), sel.css('post', doc));
  return collect(messages, (message) => {
    // Lift to the post, preferring the outermost hook (aria-posinset wraps the FeedUnit pagelet).
    let post: Element | null = null;
    for (const s of postSelectors) {
      post = message.closest(s);
      if (post) break;
    }
    const element = post ?? message;
    // The outer story_message wraps the preview div: read the outermost message only.
    const body = element.querySelector(sel.css('postMessage', doc)) ?? message;
    let sender: string | undefined;
    for (const s of sel.cssEach('postAuthor', doc)) {
      sender = shortText(element.querySelector(s));
      if (sender) break;
    }
    return makeItem({ element, kind: 'posting', text: textOf(body, { drop }), links: linksIn(body, url, drop), sender });
  });
}

/** "At 10:02, Ann Lee: Is the job still open?" → "Ann Lee" (English UI; the prefix is data). */
export function senderFromAriaLabel(label: string | null, prefix: string): string | undefined {
  if (!label || prefix === '' || !label.startsWith(prefix)) return undefined;
  const afterTime = label.indexOf(', ');
  const colon = label.indexOf(': ', afterTime + 2);
  if (afterTime < 0 || colon < 0) return undefined;
  return label.slice(afterTime + 2, colon).trim() || undefined;
}

function messenger(ctx: FindContext): FoundItem[] {
  const { root, url, doc, sel } = ctx;
  const conv = sel.css('conversation', doc);
  if (conv === '') return [];
  const drop = sel.css('messageDrop', doc);
  const ownLabels = sel.list('ownLabels');
  // Rows (grid generation) and bare messages (log generation), only inside a conversation.
  const rows = anchorsIn(root, sel.css('row', doc)).filter((r) => r.closest(conv));
  const bare = anchorsIn(root, sel.css('message', doc)).filter((m) => m.closest(conv) && !m.closest(sel.css('row', doc)));
  return collect(inDocumentOrder([...rows, ...bare]), (unit) => {
    if (sel.first(unit, 'dateBreak') || sel.matches(unit, 'dateBreak')) return null;
    const msg = sel.matches(unit, 'message') ? unit : (sel.first(unit, 'message') ?? unit);
    const parts = sel.all(msg, 'messageText');
    const text = parts.length > 0 ? textOfAll(parts, { drop }) : textOf(msg, { drop });
    const labelSender = senderFromAriaLabel(msg.getAttribute('aria-label'), sel.text('ariaLabelPrefix'));
    const h5 = shortText(sel.first(unit, 'groupSender'));
    const outgoing =
      (labelSender !== undefined && ownLabels.includes(labelSender)) ||
      (h5 !== undefined && ownLabels.includes(h5)) ||
      sel.first(unit, 'ownStatus') !== null;
    let sender: string | undefined;
    if (!outgoing) {
      sender = labelSender ?? h5;
      sender ??= sel.first(unit, 'avatar')?.getAttribute('alt')?.trim() || undefined;
    }
    return makeItem({ element: msg, kind: 'message', text, links: linksIn(msg, url, drop), sender, outgoing });
  });
}

export default defineSite({
  id: 'facebook',
  category: 'social',
  find(ctx) {
    return [posts, messenger].flatMap((part) => contained(() => part(ctx)));
  },
});

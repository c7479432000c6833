/**
 * Telegram Web, both clients (SITES.md §2a Web K, source morethanwords/tweb; §2b Web A, source
 * Ajaxy/telegram-tt; confidence A). Both render the time (and reactions) INSIDE the text element, so
 * those are dropped. Sender: the name shown on the first message of a sender group is carried forward to
 * the rest of the group; in private chats (no names in bubbles) the chat header names the other person.
 */
import { defineSite, type FindContext } from './kit/define';
import { anchorsIn, collect, contained, linksIn, makeItem, shortText } from './kit/dom';
import { textOf } from './kit/text';
import type { FoundItem } from './types';

function webK({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  return collect(anchorsIn(root, sel.css('kMessage', doc)), (bubble) => {
    const body = sel.first(bubble, 'kText');
    const text = body ? textOf(body, { drop }) : '';
    const outgoing = sel.matches(bubble, 'kOut');
    let sender: string | undefined;
    if (!outgoing) {
      sender = shortText(sel.first(bubble, 'kSender'));
      const group = sel.closest(bubble, 'kGroup');
      if (!sender && group) sender = shortText(sel.first(group, 'kSender'));
      // tweb: peer ids of users are positive, of groups and channels negative; only a private chat's
      // header names the sender.
      const peer = Number(bubble.getAttribute('data-peer-id') ?? '0');
      if (!sender && peer > 0) sender = shortText(sel.first(doc, 'kChatTitle'));
    }
    const key = bubble.getAttribute('data-mid') ?? undefined;
    return makeItem({ element: bubble, kind: 'message', text, links: body ? linksIn(body, url, drop) : [], sender, outgoing, key });
  });
}

function webA({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  return collect(anchorsIn(root, sel.css('aMessage', doc)), (msg) => {
    const body = sel.first(msg, 'aText');
    const text = body ? textOf(body, { drop }) : '';
    const outgoing = sel.matches(msg, 'aOut');
    let sender: string | undefined;
    if (!outgoing) {
      sender = shortText(sel.first(msg, 'aSender'));
      const group = sel.closest(msg, 'aGroup');
      if (!sender && group) sender = shortText(sel.first(group, 'aSender'));
      // Private chats and channels have no sender groups: the header names the other side.
      if (!sender && !group) sender = shortText(sel.first(doc, 'aChatTitle'));
    }
    const key = msg.getAttribute('data-message-id') ?? undefined;
    return makeItem({ element: msg, kind: 'message', text, links: body ? linksIn(body, url, drop) : [], sender, outgoing, key });
  });
}

export default defineSite({
  id: 'telegram',
  category: 'chat',
  find(ctx) {
    const drop = ctx.sel.css('drop', ctx.doc);
    return [webK, webA].flatMap((part) => contained(() => part(ctx, drop)));
  },
});

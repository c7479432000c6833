/**
 * WhatsApp Web (SITES.md §1, confidence A for the scroll container, B for the rest). One item per
 * message: div[data-id] inside a role="row"; date separators and system notices are rows without a
 * .message-in/.message-out bubble and are skipped. Text comes from the .selectable-text spans only, which
 * leaves out the time span that sits beside them. Sender from data-pre-plain-text ("[1:02 AM, 12/10/2025]
 * Esha T: "), which is locale-formatted but always ends in "Name: ".
 */
import { defineSite } from './kit/define';
import { anchorsIn, collect, linksIn, makeItem, shortText } from './kit/dom';
import { textOfAll } from './kit/text';

/**
 * The chat a message belongs to, from its data-id ("false_<chat jid>_<message id>[_<author jid>]"): the
 * page address stays web.whatsapp.com/ in every chat, so this is what tells two chats apart
 * (lib/scan/conversation.ts joins a sender's recent messages within one chat only).
 */
export function chatOfMessageId(id: string): string | undefined {
  return id.match(/^(?:true|false)_([^_@]+@[a-z.]+)_/)?.[1];
}

/** "[10:54 PM, 12/9/2025] Esha T: " → "Esha T". */
export function senderFromPrePlainText(meta: string | null): string | undefined {
  const m = meta?.match(/^\s*\[[^\]]*\]\s*(.+?):\s*$/s);
  return m?.[1]?.trim() || undefined;
}

export default defineSite({
  id: 'whatsapp',
  category: 'chat',
  find({ root, url, doc, sel }) {
    const drop = sel.css('drop', doc);
    const textSelectors = sel.cssEach('text', doc);
    return collect(anchorsIn(root, sel.css('message', doc)), (msg) => {
      const bubble = sel.first(msg, 'bubble');
      if (!bubble) return null;
      let text = '';
      for (const s of textSelectors) {
        const parts = Array.from(msg.querySelectorAll(s));
        if (parts.length > 0) {
          text = textOfAll(parts, { drop });
          break;
        }
      }
      const id = msg.getAttribute('data-id') ?? '';
      // Direction: the bubble class, else the data-id prefix (true_ = sent by me).
      const outgoing = bubble.matches(sel.css('incoming', doc))
        ? false
        : bubble.classList.contains('message-out') || id.startsWith('true_');
      let sender: string | undefined;
      if (!outgoing) {
        sender = senderFromPrePlainText(sel.first(msg, 'meta')?.getAttribute('data-pre-plain-text') ?? null);
        sender ??= sel.first(msg, 'senderLabel')?.getAttribute('aria-label')?.replace(/:\s*$/, '');
        // In a one-to-one chat the other person is the chat's title; in a group (@g.us) it is not.
        if (!sender && !id.includes('@g.us')) sender = shortText(sel.first(doc, 'chatTitle'));
      }
      return makeItem({
        element: msg,
        kind: 'message',
        text,
        links: linksIn(msg, url, drop),
        sender,
        outgoing,
        key: id || undefined,
        thread: chatOfMessageId(id),
      });
    });
  },
});

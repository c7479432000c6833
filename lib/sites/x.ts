/**
 * X / Twitter direct messages (SITES.md §6b, confidence B/C), two generations:
 * - XChat (/i/chat): li > div[data-testid="message-<UUID>"]; the text element also holds the time, so
 *   only its span[dir="auto"] parts are read. Direction: the Tailwind class justify-end (own) /
 *   justify-start (peer), semantic but fragile, hence data.
 * - Legacy (/messages): messageEntry > tweetText, with messageSender when shown.
 * The peer of a one-to-one chat is named in the conversation header.
 */
import { defineSite } from './kit/define';
import { anchorsIn, collect, linksIn, makeItem, shortText } from './kit/dom';
import { textOf, textOfAll } from './kit/text';

export default defineSite({
  id: 'x',
  category: 'chat',
  find({ root, url, doc, sel }) {
    const drop = sel.css('drop', doc);
    const list = sel.css('messageList', doc);
    const peer = shortText(sel.first(doc, 'header'));
    const chat = collect(
      anchorsIn(root, sel.css('message', doc)).filter((m) => list !== '' && m.closest(list)),
      (msg) => {
        const textEl = sel.first(msg, 'messageText');
        if (!textEl) return null;
        const parts = sel.all(textEl, 'messageTextPart');
        // The parts are inline spans of one paragraph: joined as written, not as lines.
        const text = parts.length > 0 ? textOfAll(parts, { drop, join: ' ' }) : textOf(textEl, { drop });
        const outgoing = sel.matches(msg, 'outgoing');
        const key = msg.getAttribute('data-testid')?.replace(/^message-/, '');
        return makeItem({
          element: msg,
          kind: 'message',
          text,
          links: linksIn(msg, url, drop),
          sender: outgoing ? undefined : peer,
          outgoing,
          key,
        });
      },
    );
    const legacy = collect(anchorsIn(root, sel.css('legacyMessage', doc)), (entry) => {
      const body = sel.first(entry, 'legacyText');
      if (!body) return null;
      // Only the entry's own sender: the XChat header belongs to the other generation.
      const sender = shortText(sel.first(entry, 'legacySender'));
      return makeItem({ element: entry, kind: 'message', text: textOf(body, { drop }), links: linksIn(body, url, drop), sender });
    });
    return [...chat, ...legacy];
  },
});

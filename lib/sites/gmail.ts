/**
 * Gmail (SITES.md §6d, confidence B; the class names are short but have been stable for years, gmail.js
 * relies on them). One item per open message (div.adn.ads); collapsed messages have no body and are
 * skipped. Quoted history (.gmail_quote) is left out: it repeats earlier messages. The subject and the
 * From line lead the text, because a recruiter writing from a free-mail address is itself a warning sign
 * (DOMAIN.md §2, "Free-mail HR addresses") and the engine only sees text.
 */
import { defineSite } from './kit/define';
import { anchorsIn, collect, joinLines, linksIn, makeItem, nearestWithin, shortText } from './kit/dom';
import { textOf } from './kit/text';

export default defineSite({
  id: 'gmail',
  category: 'mail',
  find({ root, url, doc, sel }) {
    const drop = sel.css('drop', doc);
    const account = doc.title.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0]?.toLowerCase();
    return collect(anchorsIn(root, sel.css('message', doc)), (msg) => {
      const body = sel.first(msg, 'body');
      if (!body) return null;
      const from = sel.first(msg, 'sender');
      const email = from?.getAttribute('email')?.trim() || undefined;
      const name = from?.getAttribute('name')?.trim() || shortText(from);
      const fromLine = email ? `From: ${name && name !== email ? `${name} <${email}>` : email}` : undefined;
      const subject = shortText(nearestWithin(msg, sel.css('subject', doc), 8));
      const text = joinLines(subject, fromLine, textOf(body, { drop }));
      const key = msg.getAttribute('data-message-id') ?? msg.getAttribute('data-legacy-message-id') ?? undefined;
      // Gmail has no direction marker; the signed-in address is in the page title ("Inbox - me@gmail.com - Gmail").
      const outgoing = email !== undefined && account !== undefined ? email.toLowerCase() === account : undefined;
      return makeItem({
        element: msg,
        kind: 'message',
        text,
        links: linksIn(body, url, drop),
        sender: outgoing ? undefined : (email ?? name),
        outgoing,
        key,
      });
    });
  },
});

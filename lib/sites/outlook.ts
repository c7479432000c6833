/**
 * Outlook on the web (SITES.md §6e, confidence B). Anchored on the message body
 * (div[id^="UniqueMessageBody"][role="document"]); the compose editor carries the same aria-label but is
 * contenteditable, and is never read. The item's element is the smallest ancestor that also holds the
 * message's From line (one message in a thread), else the body. Subject and From lead the text, as in Gmail.
 * Quoted history (after the reply header) is left out: it repeats earlier messages.
 */
import { defineSite } from './kit/define';
import { anchorsIn, collect, joinLines, linksIn, makeItem, nearestWithin, shortText } from './kit/dom';
import { textOf } from './kit/text';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * Body text without the quoted history. Outlook marks where the quote starts (div#x_divRplyFwdMsg, the
 * "From: / Sent: / Subject:" header) and puts the quoted message in the siblings that FOLLOW it, so
 * dropping the marker alone is not enough: its following siblings are cut from the text too.
 */
export function withoutQuotedHistory(body: Element, quoteStart: string, drop: string): string {
  const text = textOf(body, { drop });
  const marker = quoteStart === '' ? null : body.querySelector(quoteStart);
  if (!marker) return text;
  const quoted: string[] = [];
  for (let n = marker.nextElementSibling; n; n = n.nextElementSibling) quoted.push(textOf(n, { drop }));
  const tail = quoted.filter((t) => t !== '').join('\n');
  return tail !== '' && text.endsWith(tail) ? text.slice(0, -tail.length).trim() : text;
}

export default defineSite({
  id: 'outlook',
  category: 'mail',
  find({ root, url, doc, sel }) {
    const drop = sel.css('drop', doc);
    const fromSel = sel.css('from', doc);
    const bodySel = sel.css('body', doc);
    return collect(anchorsIn(root, bodySel), (body) => {
      const fromEl = nearestWithin(body, fromSel, 6);
      let element: Element = body;
      if (fromEl) {
        for (let p = body.parentElement; p; p = p.parentElement) {
          if (p.contains(fromEl)) {
            // A container holding several messages is the thread, not this message.
            if (p.querySelectorAll(bodySel).length === 1) element = p;
            break;
          }
        }
      }
      const fromText = shortText(fromEl) ?? fromEl?.getAttribute('aria-label')?.replace(sel.text('fromPrefix'), '').trim();
      const email = fromText?.match(EMAIL)?.[0] ?? fromEl?.getAttribute('aria-label')?.match(EMAIL)?.[0];
      const subject = shortText(nearestWithin(body, sel.css('subject', doc), 10));
      const text = joinLines(
        subject,
        fromText ? `From: ${fromText}` : undefined,
        withoutQuotedHistory(body, sel.css('quoteStart', doc), drop),
      );
      return makeItem({ element, kind: 'message', text, links: linksIn(body, url, drop), sender: email ?? fromText });
    });
  },
});

/**
 * LinkedIn (SITES.md §3). Two job-view layouts live side by side (§3a): server-driven "SDUI" (hashed
 * classes, no h1: anchored on data-sdui-screen / componentkey / data-testid, title found by comparing
 * with document.title) and classic Ember; the search result cards of both (evidence in the fixtures
 * linkedin-job-classic.html and linkedin-jobs-search-sdui.xhtml). Feed posts in SDUI and legacy markup (§3b). Messaging (§3c):
 * the sender's name is shown on the first message of a group only, so it is carried forward.
 * LinkedIn renders names twice (visible + .visually-hidden), hence the drop list.
 */
import type { PostingFields } from '../engine/types';
import { defineSite, type FindContext } from './kit/define';
import {
  absoluteHref,
  anchorsIn,
  collect,
  contained,
  joinLines,
  liftToOutermost,
  linksIn,
  makeItem,
  mergeLinks,
  outermost,
  shortText,
} from './kit/dom';
import { textOf } from './kit/text';
import type { FoundItem } from './types';

function sduiJobs({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  const pageTitle = doc.title.split(' | ')[0]?.trim() ?? '';
  return collect(anchorsIn(root, sel.css('sduiJob', doc)), (screen) => {
    const desc = sel.first(screen, 'sduiJobDescription');
    if (!desc) return null;
    const component = sel.css('sduiComponent', doc);
    let titleEl: Element | undefined;
    if (pageTitle !== '')
      for (const s of sel.cssEach('sduiJobTitle', doc)) {
        titleEl = Array.from(screen.querySelectorAll(s)).find((e) => shortText(e) === pageTitle);
        if (titleEl) break;
      }
    const titleP = titleEl?.closest('p') ?? undefined;
    const companyEl = sel.all(screen, 'company').find((a) => component === '' || !a.closest(component));
    // The line after the title: "<span>Berlin, Germany</span> · <span>2 days ago</span> · …" (SITES.md §3a).
    const next = titleP?.nextElementSibling;
    const location = next?.localName === 'p' ? shortText(next.querySelector('span')) : undefined;
    const fields: PostingFields = {
      title: shortText(titleEl),
      hiringOrganization: shortText(companyEl),
      hiringOrganizationUrl: companyEl ? (absoluteHref(companyEl.getAttribute('href'), url) ?? undefined) : undefined,
      location,
    };
    const text = joinLines(fields.title, fields.hiringOrganization, location, textOf(desc, { drop }));
    const key = desc.closest('[componentkey^="JobDetails_AboutTheJob_"]')?.getAttribute('componentkey')?.replace(/^\D+/, '');
    return makeItem({ element: screen, kind: 'posting', text, links: linksIn(desc, url, drop), fields, key });
  });
}

function classicJobs({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  return collect(outermost(anchorsIn(root, sel.css('classicJob', doc))), (pane) => {
    const desc = sel.first(pane, 'classicDescription');
    if (!desc) return null;
    const titleEl = sel.first(pane, 'classicTitle');
    const companyEl = sel.first(pane, 'classicCompany');
    const fields: PostingFields = {
      title: shortText(titleEl),
      hiringOrganization: shortText(companyEl),
      hiringOrganizationUrl: companyEl ? (absoluteHref(companyEl.getAttribute('href'), url) ?? undefined) : undefined,
      location: shortText(sel.first(pane, 'classicLocation')),
    };
    const text = joinLines(fields.title, fields.hiringOrganization, fields.location, textOf(desc, { drop }));
    const jobLink = titleEl?.querySelector('a[href*="/jobs/view/"]')?.getAttribute('href') ?? '';
    const key = jobLink.match(/\/jobs\/view\/(\d+)/)?.[1];
    return makeItem({ element: pane, kind: 'posting', text, links: linksIn(desc, url, drop), fields, key });
  });
}

/** The job id of a result card: its data attribute, its componentkey suffix, or its /jobs/view/<id>/ link. */
function cardKey(card: Element, sel: FindContext['sel']): string | undefined {
  for (const attr of sel.list('jobCardIdAttrs')) {
    const value = card.getAttribute(attr)?.match(/\d{4,}/)?.[0];
    if (value) return value;
  }
  return card
    .querySelector('a[href*="/jobs/view/"]')
    ?.getAttribute('href')
    ?.match(/\/jobs\/view\/(?:[^/?#]*?-)?(\d+)/)?.[1];
}

/**
 * Search result cards, both layouts (SITES.md §3a): classic li[data-occludable-job-id] (empty until scrolled
 * into view, so an empty card is no item yet) and SDUI div[role="button"][componentkey^="job-card-component-ref-"]
 * holding plain <p> lines (title, company, location, then chips such as "Promoted"). The card's own lines are
 * its text; the fields come from the classic classes, or from the SDUI card's first three <p>s.
 * A card inside a job view ("similar jobs" in a detail screen) belongs to that view's screen, not to the list.
 */
function jobCards({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  const views = [sel.css('sduiJob', doc), sel.css('classicJob', doc)].filter((s) => s !== '').join(', ');
  const cardSel = sel.css('jobCard', doc);
  const cards = outermost(liftToOutermost(anchorsIn(root, cardSel), cardSel)).filter((c) => views === '' || !c.closest(views));
  return collect(cards, (card) => {
    const lines = sel.matches(card, 'sduiJobCard') ? Array.from(card.querySelectorAll('p')) : [];
    const pick = (field: string, line: number): string | undefined => {
      const el = sel.first(card, field) ?? lines[line] ?? null;
      return shortText(el?.querySelector('[aria-hidden="true"]') ?? el);
    };
    const fields: PostingFields = {
      title: pick('jobCardTitle', 0),
      hiringOrganization: pick('jobCardCompany', 1),
      location: pick('jobCardLocation', 2),
    };
    // A role="button" card would take the warning into its accessible name: mark its wrapper when it holds
    // this card only.
    const parent = card.parentElement;
    const element = sel.matches(card, 'sduiJobCard') && parent && parent.childElementCount === 1 && parent !== doc.body ? parent : card;
    return makeItem({
      element,
      kind: 'posting',
      text: textOf(card, { drop }),
      links: linksIn(card, url, drop),
      fields,
      key: cardKey(card, sel),
    });
  });
}

function sduiPosts({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  const prefix = sel.text('postMenuPrefix');
  return collect(anchorsIn(root, sel.css('sduiPost', doc)), (post) => {
    const body = sel.first(post, 'postText');
    if (!body) return null;
    const label = sel.first(post, 'postMenu')?.getAttribute('aria-label') ?? '';
    // The header is a run of <p>: name, "• 2nd", headline, "3h"; the control menu's label names the author.
    let sender = prefix !== '' && label.startsWith(prefix) ? label.slice(prefix.length).trim() : undefined;
    sender ??= shortText(Array.from(post.querySelectorAll('p')).find((p) => !p.contains(body)));
    return makeItem({ element: post, kind: 'posting', text: textOf(body, { drop }), links: linksIn(body, url, drop), sender });
  });
}

function legacyPosts({ root, url, doc, sel }: FindContext, drop: string): FoundItem[] {
  return collect(anchorsIn(root, sel.css('legacyPost', doc)), (post) => {
    const body = sel.first(post, 'legacyText');
    if (!body) return null;
    let sender: string | undefined;
    for (const s of sel.cssEach('legacyAuthor', doc)) {
      sender = shortText(post.querySelector(s));
      if (sender) break;
    }
    const key = post.getAttribute('data-urn') ?? undefined;
    return makeItem({ element: post, kind: 'posting', text: textOf(body, { drop }), links: linksIn(body, url, drop), sender, key });
  });
}

/** Messaging: walk back over earlier events of the list for the group's name (SITES.md §3c). */
function carriedSender(msg: Element, ctx: FindContext): string | undefined {
  const { sel } = ctx;
  const own = shortText(sel.first(msg, 'messageSender'));
  if (own) return own;
  let event = sel.closest(msg, 'messageEvent');
  for (let steps = 0; event && steps < 200; steps++) {
    event = event.previousElementSibling;
    if (!event) break;
    // A different direction starts a new group: a name found before it is someone else's.
    const ev = event.querySelector(sel.css('message', ctx.doc));
    if (ev && sel.matches(ev, 'messageIncoming') !== sel.matches(msg, 'messageIncoming')) break;
    const name = shortText(event.querySelector(sel.css('messageSender', ctx.doc)));
    if (name) return name;
  }
  // Last resort, English UI only: "Ann Lee sent the following message at 10:02 AM".
  const heading = shortText(sel.first(msg, 'messageA11y')) ?? '';
  const suffix = sel.text('messageA11ySuffix');
  const at = suffix === '' ? -1 : heading.indexOf(suffix);
  return at > 0 ? heading.slice(0, at) : undefined;
}

function messages(ctx: FindContext, drop: string): FoundItem[] {
  const { root, url, doc, sel } = ctx;
  return collect(anchorsIn(root, sel.css('message', doc)), (msg) => {
    const bodies = sel.all(msg, 'messageText');
    const text = bodies.map((b) => textOf(b, { drop })).join('\n');
    const outgoing = !sel.matches(msg, 'messageIncoming');
    const sender = outgoing ? undefined : carriedSender(msg, ctx);
    const links = mergeLinks(...bodies.map((b) => linksIn(b, url, drop)));
    const key = msg.getAttribute('data-event-urn') ?? undefined;
    return makeItem({ element: msg, kind: 'message', text, links, sender, outgoing, key });
  });
}

export default defineSite({
  id: 'linkedin',
  category: 'social',
  find(ctx) {
    const drop = ctx.sel.css('drop', ctx.doc);
    return [sduiJobs, classicJobs, jobCards, sduiPosts, legacyPosts, messages].flatMap((part) => contained(() => part(ctx, drop)));
  },
});

/**
 * schema.org JobPosting, the markup job boards publish for search engines (issue 4, "Site adapters" 1),
 * read from JSON-LD and from microdata. Each posting becomes one item; its structured fields feed the
 * engine's checks of ../shared/DOMAIN.md §2 (no hiring organisation, outsized pay per day or hour,
 * applications through t.me / wa.me). Field meanings: schema.org/JobPosting, schema.org/MonetaryAmount.
 */
import type { PostingFields } from '../engine/types';
import { defineSite, type FindContext } from './kit/define';
import { absoluteHref, collect, joinLines, linksIn, makeItem, mergeInto, mergeLinks, overlaps, shortText } from './kit/dom';
import { htmlToText, textOf } from './kit/text';
import type { FoundItem } from './types';

/** A JSON value as parsed; microdata is converted into the same shape. */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const MAX_SCRIPT = 1_000_000;
const MAX_NODES = 5_000;

function isObj(v: Json | undefined): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: Obj): string[] {
  const t = o['@type'] ?? o.type;
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Every JobPosting object in a JSON-LD document (top level, arrays, @graph, nested), bounded. */
export function jobPostingsIn(root: Json): Obj[] {
  const out: Obj[] = [];
  const stack: Json[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObj(v)) {
      if (typesOf(v).includes('JobPosting')) out.push(v);
      else for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return out.reverse();
}

function first(v: Json | undefined): Json | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function str(v: Json | undefined): string | undefined {
  const f = first(v);
  if (typeof f === 'string') return f.trim() || undefined;
  if (typeof f === 'number') return String(f);
  if (isObj(f)) return str(f.name ?? f['@value']);
  return undefined;
}

function num(v: Json | undefined): number | undefined {
  const f = first(v);
  if (typeof f === 'number' && Number.isFinite(f)) return f;
  if (typeof f === 'string') {
    const n = Number.parseFloat(f.replace(/[,\s]/g, ''));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

const UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
type Unit = (typeof UNITS)[number];

function unitOf(v: Json | undefined): Unit | undefined {
  const s = str(v)?.toUpperCase();
  return UNITS.find((u) => u === s);
}

/** baseSalary: a MonetaryAmount (value: number | QuantitativeValue) or a bare number. */
export function salaryOf(v: Json | undefined): PostingFields['salary'] {
  const f = first(v);
  if (f === undefined || f === null) return undefined;
  if (!isObj(f)) {
    const n = num(f);
    return n === undefined ? undefined : { min: n, max: n };
  }
  const currency = str(f.currency ?? f.salaryCurrency);
  const value = first(f.value);
  let min: number | undefined;
  let max: number | undefined;
  let unit = unitOf(f.unitText);
  if (isObj(value)) {
    const exact = num(value.value);
    min = num(value.minValue) ?? exact;
    max = num(value.maxValue) ?? exact;
    unit = unitOf(value.unitText) ?? unit;
  } else {
    min = max = num(value) ?? num(f.minValue);
    max = num(f.maxValue) ?? max;
  }
  if (min === undefined && max === undefined) return undefined;
  const salary: NonNullable<PostingFields['salary']> = {};
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  if (currency) salary.currency = currency.toUpperCase();
  if (unit) salary.unit = unit;
  return salary;
}

function placeText(v: Json): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (!isObj(v)) return undefined;
  const addr = v.address;
  if (typeof addr === 'string') return addr.trim() || undefined;
  if (isObj(addr)) {
    const parts = [addr.streetAddress, addr.addressLocality, addr.addressRegion, addr.addressCountry].map(str).filter(Boolean);
    if (parts.length > 0) return Array.from(new Set(parts)).join(', ');
  }
  return str(v.name);
}

function locationOf(v: Json | undefined): string | undefined {
  if (v === undefined) return undefined;
  const places = (Array.isArray(v) ? v : [v]).map(placeText).filter((p): p is string => p !== undefined);
  return places.length > 0 ? places.join(' / ') : undefined;
}

function urls(v: Json | undefined, base: URL): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v])
    .map((u) => (typeof u === 'string' ? absoluteHref(u, base) : null))
    .filter((u): u is string => u !== null);
}

/** Application routes: the posting's url, applicationContact (url, email) and the apply action's target. */
function applyUrlsOf(p: Obj, base: URL): string[] {
  const out = urls(p.url, base);
  for (const c of Array.isArray(p.applicationContact) ? p.applicationContact : [p.applicationContact]) {
    if (!isObj(c)) continue;
    out.push(...urls(c.url, base));
    const email = str(c.email);
    if (email) out.push(`mailto:${email.replace(/^mailto:/i, '')}`);
  }
  const action = first(p.potentialAction);
  if (isObj(action)) {
    const target = first(action.target);
    out.push(...urls(isObj(target) ? target.urlTemplate : target, base));
  }
  return Array.from(new Set(out));
}

export interface Posting {
  fields: PostingFields;
  description: string;
}

/** JobPosting object → fields + plain-text description. */
export function postingOf(p: Obj, base: URL, doc: Document): Posting {
  const org = first(p.hiringOrganization);
  const orgName = isObj(org) ? str(org.name) : str(org);
  const orgUrl = isObj(org) ? (urls(org.sameAs, base)[0] ?? urls(org.url, base)[0]) : undefined;
  const locationType = str(p.jobLocationType)?.toUpperCase();
  const description = typeof first(p.description) === 'string' ? htmlToText(first(p.description) as string, doc) : '';
  const fields: PostingFields = {
    title: str(p.title) ?? str(p.name),
    hiringOrganization: orgName,
    hiringOrganizationUrl: orgUrl,
    location: locationOf(p.jobLocation),
    remote: locationType === 'TELECOMMUTE' ? true : undefined,
    salary: salaryOf(p.baseSalary) ?? salaryOf(p.estimatedSalary),
    datePosted: str(p.datePosted),
    applyUrls: applyUrlsOf(p, base),
  };
  return { fields, description };
}

// ---- microdata → the same JSON shape (WHATWG HTML "Microdata", itemprop values) ----

function itemValue(el: Element, base: URL, depth: number): Json {
  if (el.hasAttribute('itemscope')) return depth > 6 ? null : microdataObject(el, base, depth + 1);
  const name = el.localName;
  if (name === 'meta') return el.getAttribute('content') ?? '';
  if (name === 'a' || name === 'link' || name === 'area') return absoluteHref(el.getAttribute('href'), base) ?? '';
  if (name === 'img' || name === 'source') return absoluteHref(el.getAttribute('src'), base) ?? '';
  if (name === 'time') return el.getAttribute('datetime') ?? shortText(el) ?? '';
  if (name === 'data' || name === 'meter') return el.getAttribute('value') ?? '';
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  // Descriptions keep their markup so htmlToText can turn paragraphs into lines.
  return el.innerHTML;
}

/** Properties of one itemscope: descendants with itemprop whose nearest enclosing itemscope is `scope`. */
export function microdataObject(scope: Element, base: URL, depth = 0): Obj {
  const obj: Obj = { '@type': scope.getAttribute('itemtype') ?? '' };
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner !== scope) continue;
    const value = itemValue(el, base, depth);
    for (const prop of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const prev = obj[prop];
      obj[prop] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  return obj;
}

// ---- where a JSON-LD posting lives on the page ----

/** JSON-LD sits in <head>: the posting's element is the page's main content, or the heading bearing its title. */
function elementFor(ctx: FindContext, title: string | undefined, many: boolean): Element | null {
  const { doc, sel } = ctx;
  if (many && title) {
    const headings = Array.from(doc.querySelectorAll('h1, h2, h3')).slice(0, 300);
    const h = headings.find((e) => shortText(e) === title);
    if (h) return h.closest('article, li, section') ?? h.parentElement;
  }
  for (const s of sel.cssEach('main', doc)) {
    const m = doc.querySelector(s);
    if (m) return m;
  }
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1) return articles[0] ?? null;
  return doc.body;
}

function fromJsonLd(ctx: FindContext): FoundItem[] {
  const { doc, url, sel, root } = ctx;
  // JSON-LD is page-level: read it when the whole document is scanned (the content script starts its
  // scans at <html>; tests and tools may pass the Document), not on every subtree change.
  if ((root as Node).nodeType !== 9 && root !== doc.documentElement) return [];
  const postings: Obj[] = [];
  for (const script of sel.all(doc, 'script')) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT) continue;
    try {
      postings.push(...jobPostingsIn(JSON.parse(text) as Json));
    } catch {
      // Broken JSON-LD is common on the web; skip that block, keep the others.
    }
  }
  const many = postings.length > 1;
  return collect(postings, (p) => {
    const { fields, description } = postingOf(p, url, doc);
    const element = elementFor(ctx, fields.title, many);
    if (!element) return null;
    const text = joinLines(fields.title, fields.hiringOrganization, fields.location, description);
    return makeItem({ element, kind: 'posting', text, fields, links: fields.applyUrls ?? [] });
  });
}

function fromMicrodata(ctx: FindContext): FoundItem[] {
  const { root, url, doc, sel } = ctx;
  const scopes = sel.all(root, 'microdata');
  const r = root as Node;
  if (r.nodeType === 1) {
    const up = sel.closest(r as Element, 'microdata');
    if (up && !scopes.includes(up)) scopes.unshift(up);
  }
  const drop = sel.css('drop', doc);
  return collect(scopes, (scope) => {
    const { fields, description } = postingOf(microdataObject(scope, url), url, doc);
    // Visible text of the posting itself; the description alone when the scope is mostly chrome.
    const visible = textOf(scope, { drop });
    const text = visible.length >= description.length ? visible : joinLines(fields.title, fields.hiringOrganization, description);
    return makeItem({ element: scope, kind: 'posting', text, fields, links: mergeLinks(fields.applyUrls, linksIn(scope, url, drop)) });
  });
}

export default defineSite({
  id: 'jsonld',
  category: 'any',
  find(ctx) {
    const out = fromMicrodata(ctx);
    // A page carrying both forms: the microdata element is the better anchor; an overlapping JSON-LD
    // posting only adds the fields the microdata lacked.
    for (const ld of fromJsonLd(ctx)) {
      const same = out.find((m) => overlaps(m.element, ld.element));
      if (same) mergeInto(same, ld);
      else out.push(ld);
    }
    return out;
  },
});

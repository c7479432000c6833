/**
 * "Talks about work": the generic reader's cheap multilingual prefilter (issue 4, "Site adapters" 2). The
 * word lists are data in selectors.json ("jobWords", "jobWordsAnywhere"), so a pack can add a language; the
 * engine decides what is risky. Words are matched as escaped literals, never as pack-supplied regular
 * expressions, so a pack cannot make this slow.
 *
 * A thread's title is not a reply's words: phpBB, mailing-list archives and t.me channel pages repeat the
 * topic title ("Re: Agency jobs in Dubai…") or the channel name ("Jobs Abroad Daily") in every post, and the
 * page's <title> carries the same line. Such echo lines are left out when a post is asked whether it talks
 * about work, so "Thanks, see you Monday" under a job thread is not scanned as a posting.
 */
import type { Selectors } from './selectors';

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const wordCache = new WeakMap<Selectors, RegExp>();

/**
 * One regex for both lists: Latin-script words must start a word, CJK/Thai/Khmer words may sit anywhere.
 * The start-of-word check applies to words that begin with a letter or digit only: "/day" in "$300/day"
 * follows a digit by design.
 */
export function jobWordRegex(sel: Selectors): RegExp {
  const cached = wordCache.get(sel);
  if (cached) return cached;
  const wordStart = /^[\p{L}\p{N}]/u;
  const words = sel.list('jobWords').map((w) => w.toLowerCase());
  const bounded = words.filter((w) => wordStart.test(w)).map(escapeRe);
  const anywhere = [...words.filter((w) => !wordStart.test(w)), ...sel.list('jobWordsAnywhere').map((w) => w.toLowerCase())].map(escapeRe);
  const parts: string[] = [];
  if (bounded.length > 0) parts.push(`(?<![\\p{L}\\p{N}])(?:${bounded.join('|')})`);
  if (anywhere.length > 0) parts.push(`(?:${anywhere.join('|')})`);
  const re = new RegExp(parts.length > 0 ? parts.join('|') : '(?!)', 'giu');
  wordCache.set(sel, re);
  return re;
}

/**
 * Tags of a card written without white space between them ("Nairobi</span><span>Full Time") read as one
 * word ("NairobiFull Time"), where the reader sees two boxes: a lower-case letter followed by a capital
 * starts a new word for the prefilter.
 */
const GLUED = /(\p{Ll})(\p{Lu})/gu;

/** Distinct job words in the text, counting up to `enough`. */
export function jobWordCount(text: string, sel: Selectors, enough: number): number {
  const re = jobWordRegex(sel);
  re.lastIndex = 0;
  const seen = new Set<string>();
  const lower = text.replace(GLUED, '$1 $2').toLowerCase();
  for (let m = re.exec(lower); m !== null && seen.size < enough; m = re.exec(lower)) seen.add(m[0]);
  return seen.size;
}

/** Reply prefixes of mail and forum software (Re:, AW:, SV:, Ответ:, 回复:), stripped before comparing. */
const REPLY_PREFIX = /^(?:(?:re|aw|sv|vs|antw|odp|ynt|ответ|回复|回覆)\s*(?:\[\d+\])?\s*[:：]\s*)+/iu;
/** Shorter lines ("Jobs", "Home") are words, not titles: they stay. */
const MIN_ECHO_CHARS = 8;
const MAX_TITLE_CHARS = 500;

const normalizeLine = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The page's titles, lower-cased: the document title and the first top-level headings. */
export function pageTitles(doc: Document): string[] {
  const titles = [normalizeLine(doc.title.slice(0, MAX_TITLE_CHARS))];
  const h1s = doc.getElementsByTagName('h1');
  for (let i = 0; i < h1s.length && i < 3; i++) titles.push(normalizeLine((h1s[i]?.textContent ?? '').slice(0, MAX_TITLE_CHARS)));
  return titles.filter((t) => t.length >= MIN_ECHO_CHARS);
}

/** The text without its lines that only repeat the page's title (after a reply prefix). */
export function withoutTitleEchoes(text: string, titles: readonly string[]): string {
  if (titles.length === 0) return text;
  return text
    .split('\n')
    .filter((line) => {
      const l = normalizeLine(line).replace(REPLY_PREFIX, '');
      return l.length < MIN_ECHO_CHARS || !titles.some((t) => t.includes(l));
    })
    .join('\n');
}

/** Whether a post's own words (its echoes of the page title left out) talk about work. */
export function talksAboutWork(text: string, sel: Selectors, titles: readonly string[]): boolean {
  return jobWordCount(withoutTitleEchoes(text, titles), sel, 1) >= 1;
}

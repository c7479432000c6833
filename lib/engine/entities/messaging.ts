/**
 * Messaging-app links and ids: recruiters who can only be reached on Telegram, WhatsApp, Line, Zalo,
 * WeChat or KakaoTalk (../shared/DOMAIN.md §1(a), §2 "Messaging links": t.me, telegram.me, telegram.dog,
 * tg://, <user>.t.me, joinchat, t.me/+ invites; wa.me/<digits>, api.whatsapp.com/send?phone=,
 * whatsapp://send, chat.whatsapp.com/<code>). Reads the normalised text (lower case, homoglyphs folded).
 */
import type { EntityKind } from '../../rules/vocabulary';
import { Automaton } from '../automaton';
import { hitFromNormalized, matchAll } from './span';
import type { EntityDetector, EntityHit } from './types';

type App = 'telegram' | 'whatsapp' | 'line' | 'zalo' | 'wechat' | 'kakao';

interface Rule {
  app: App;
  /** Substrings of which one must occur for the regex to be worth running over the text. */
  hint: readonly string[];
  re: RegExp;
  /** Whether a match of this rule is a group invite link. */
  invite?: (match: string) => boolean;
  /**
   * The match starts where a hint occurs (an app name before an id): try the regex, sticky, at each
   * occurrence instead of scanning the whole text (cost follows the hints, not the text length).
   */
  atHint?: boolean;
}

const NOT_AFTER = '(?<![a-z0-9_.-])';

const RULES: Rule[] = [
  {
    app: 'telegram',
    hint: ['t.me/', 'telegram.me/', 'telegram.dog/'],
    re: new RegExp(
      `${NOT_AFTER}(?:https?://)?(?:www\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog)/(?:\\+[\\w-]{6,}|joinchat/[\\w-]{6,}|[a-z][a-z0-9_]{3,31})`,
      'g',
    ),
    invite: (m) => /\/(?:\+|joinchat\/)/.test(m),
  },
  { app: 'telegram', hint: ['tg://'], re: /tg:\/\/[a-z]+\?[\w=&%.+-]+/g, invite: (m) => m.includes('join?invite') },
  { app: 'telegram', hint: ['.t.me'], re: new RegExp(`${NOT_AFTER}[a-z][a-z0-9_]{3,31}\\.t\\.me(?![a-z0-9])`, 'g') },
  {
    app: 'telegram',
    hint: ['tele', 'tg', 'телеграм', 'тг', '电报', '飞机', 'เทเลแกรม'],
    atHint: true,
    re: /(?<![a-z])(?:telegram|telegarm|telegran|tele|tg|телеграмм?|тг|电报|飞机|纸飞机|เทเลแกรม)\s*(?:id|username|account|acc|号|號)?\s*(?:[:：]\s*@?|@)[a-z][a-z0-9_]{3,31}/g,
  },
  {
    app: 'whatsapp',
    hint: ['wa.me/', 'whatsapp.com/', 'whatsapp://'],
    re: /(?:https?:\/\/)?(?:wa\.me\/(?:\+?\d{6,15}|message\/[a-z0-9]+|qr\/[a-z0-9]+)|api\.whatsapp\.com\/send\/?\?phone=\+?\d{6,15}|whatsapp:\/\/send\?phone=\+?\d{6,15}|chat\.whatsapp\.com\/(?:invite\/)?[a-z0-9]{10,})/g,
    invite: (m) => m.includes('chat.whatsapp.com'),
  },
  {
    app: 'whatsapp',
    hint: ['wha', 'wa', 'wsp', 'ватсап', 'вотсап', 'واتس', 'วอทส์แอป'],
    atHint: true,
    re: /(?<![a-z])(?:whatsapp|whats app|whatsap|watsap|watsapp|wasap|wsp|wa|ватсап|вотсап|واتساب|واتس|วอทส์แอป)\s*(?:no|number|num|nomor|#)?\.?\s*[:：]?\s*\+?\d[\d -]{7,16}\d/g,
  },
  {
    app: 'line',
    hint: ['line.me/'],
    re: /(?:https?:\/\/)?line\.me\/(?:r\/)?(?:ti\/[pg]2?\/[\w~@%-]+|[a-z]{2}\/[\w~@%-]+)/g,
    invite: (m) => /\/ti\/g/.test(m),
  },
  {
    app: 'line',
    hint: ['line', 'ไลน', 'ไอดีไลน์'],
    atHint: true,
    re: /(?<![a-z])(?:line\s*id|ไลน์ไอดี|ไอดีไลน์|ไลน์|ไลน)\s*[:：]?\s*@?[a-z0-9._-]*[a-z][a-z0-9._-]{2,19}/g,
  },
  {
    // "Line: atenaa1", "ID Line: eev333", "แอดline : tiktok25": Thai lures write the app's Latin name with a
    // colon. English uses "line:" too ("bottom line: great", "wait in line: 5 people"), so this form needs an
    // id with both a letter and a digit, as Line ids given out in ads nearly always have.
    app: 'line',
    hint: ['line'],
    atHint: true,
    re: /(?<![a-z])line\s*[:：]\s*@?(?=[a-z._-]{0,19}\d)(?=[0-9._-]{0,19}[a-z])[a-z0-9._-]{3,20}(?![a-z0-9._-])/g,
  },
  { app: 'zalo', hint: ['zalo.me/'], re: /(?:https?:\/\/)?zalo\.me\/(?:g\/)?[\w-]+/g, invite: (m) => m.includes('/g/') },
  { app: 'zalo', hint: ['zalo'], atHint: true, re: /(?<![a-z])zalo\s*[:：]?\s*\+?\d[\d .]{7,14}\d/g },
  { app: 'wechat', hint: ['wechat.com/', 'weixin.qq.com/'], re: /(?:u\.wechat\.com\/[\w-]+|weixin\.qq\.com\/r\/[\w-]+)/g },
  {
    app: 'wechat',
    hint: ['wechat', 'weixin', '微信', '薇信', '威信', 'vx', 'wx', 'v信'],
    atHint: true,
    re: /(?<![a-z])(?:wechat|weixin|微信|薇信|威信|vx|wx|v信)\s*(?:id|号|號)?\s*[:：]\s*[a-z][a-z0-9_-]{5,19}/g,
  },
  { app: 'wechat', hint: ['加'], atHint: true, re: /加(?:微信|vx|v|薇|威|wx)\s*[:：]?\s*[a-z][a-z0-9_-]{5,19}/g },
  { app: 'kakao', hint: ['open.kakao.com/'], re: /(?:https?:\/\/)?open\.kakao\.com\/o\/[\w]+/g, invite: () => true },
  {
    app: 'kakao',
    hint: ['kakao', '카톡', '카카오'],
    atHint: true,
    re: /(?<![a-z])(?:kakao(?:talk)?|카톡|카카오톡|카카오)\s*(?:id|아이디)?\s*[:：]?\s*[a-z][a-z0-9._-]{3,19}/g,
  },
];

const STICKY = RULES.map((r) => (r.atHint ? new RegExp(r.re.source, 'y') : undefined));
/**
 * Rules tried at their hints whose regex starts with "(?<![a-z])": a hint right after a letter ("wa" in
 * "was", "line" in "online") cannot start a match, so it is dropped before any regex runs (the same test,
 * done first).
 */
const NOT_AFTER_LETTER = RULES.map((r) => r.atHint === true && r.re.source.startsWith('(?<![a-z])'));
const HINTS = new Automaton();
const HINT_OF: Array<{ rule: number; length: number }> = [];
RULES.forEach((r, rule) => {
  for (const h of r.hint) {
    HINTS.add(h, HINT_OF.length);
    HINT_OF.push({ rule, length: h.length });
  }
});
HINTS.build();
/**
 * The same hints for long texts: a native search for the places where one starts (a zero-width
 * lookahead, so overlapping hints are all found), then the hints with that first unit are compared there.
 * On a 5 KB posting this is twice as fast as the automaton pass; on a chat message the automaton wins.
 */
const HINT_STRINGS: string[] = RULES.flatMap((r) => [...r.hint]);
const HINT_START = new RegExp(
  `(?=${[...new Set(HINT_STRINGS)]
    .sort((a, b) => b.length - a.length)
    .map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|')})`,
  'g',
);
const HINTS_BY_FIRST = new Map<number, number[]>();
HINT_STRINGS.forEach((h, id) => {
  const list = HINTS_BY_FIRST.get(h.charCodeAt(0));
  if (list) list.push(id);
  else HINTS_BY_FIRST.set(h.charCodeAt(0), [id]);
});
/** Texts from this length on take the native search. */
const SEARCH_FROM = 512;

// The text being searched and the hint positions found so far, per rule (module state rather than
// closures: detect runs for every chat message, synchronously, and must not allocate when nothing is found).
let searched = '';
let starts: Array<number[] | undefined> | undefined;

function record(id: number, start: number): void {
  const h = HINT_OF[id]!;
  if (NOT_AFTER_LETTER[h.rule] && start > 0) {
    const before = searched.charCodeAt(start - 1);
    if (before >= 0x61 && before <= 0x7a) return;
  }
  starts ??= new Array(RULES.length);
  const list = starts[h.rule];
  if (list) list.push(start);
  else starts[h.rule] = [start];
}

function recordEnd(id: number, end: number): void {
  record(id, end - HINT_OF[id]!.length);
}

/**
 * Where each rule's hints start in the text, per rule (undefined: no hint at all). Every occurrence of
 * every hint: one automaton pass over a short text; on a long one, the native search (HINT_START).
 */
function hintStarts(text: string): Array<number[] | undefined> | undefined {
  searched = text;
  starts = undefined;
  if (text.length < SEARCH_FROM) HINTS.scan(text, recordEnd);
  else {
    HINT_START.lastIndex = 0;
    for (let m = HINT_START.exec(text); m; m = HINT_START.exec(text)) {
      const at = m.index;
      for (const id of HINTS_BY_FIRST.get(text.charCodeAt(at)) ?? []) if (text.startsWith(HINT_STRINGS[id]!, at)) record(id, at);
      HINT_START.lastIndex = at + 1;
    }
  }
  const found = starts;
  searched = '';
  starts = undefined;
  return found;
}

export const messaging: EntityDetector = {
  name: 'messaging',
  kinds: ['telegram', 'whatsapp', 'line', 'zalo', 'wechat', 'kakao', 'messaging', 'invite'],
  detect(input) {
    const text = input.n.text;
    const at = hintStarts(text);
    if (!at) return [];
    const hits: EntityHit[] = [];
    const taken: Array<[number, number]> = [];
    const take = (rule: Rule, start: number, match: string) => {
      const end = start + match.length;
      if (taken.some(([s, e]) => start < e && s < end)) return; // one entity, one report
      taken.push([start, end]);
      const kinds: EntityKind[] = [rule.app, 'messaging'];
      if (rule.invite?.(match)) kinds.push('invite');
      for (const kind of kinds) hits.push(hitFromNormalized(input, kind, start, end));
    };
    // Positions per rule: the rules tried at each hint take them in text order; for the others only
    // whether there is one matters.
    RULES.forEach((rule, r) => {
      const positions = at[r];
      if (!positions) return;
      if (rule.atHint) {
        const sticky = STICKY[r]!;
        positions.sort((a, b) => a - b);
        for (const i of positions) {
          sticky.lastIndex = i;
          const m = sticky.exec(text);
          if (m) take(rule, i, m[0]);
        }
        return;
      }
      for (const m of matchAll(rule.re, text)) take(rule, m.index, m[0]);
    });
    return hits;
  },
};

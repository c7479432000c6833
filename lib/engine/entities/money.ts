/**
 * Pay amounts with a period ("$300 a day", "₱9,000/day", "月薪60万元", "15 triệu/tháng", "일당 15만원"),
 * normalised to US-equivalent pay per period, so "earn $300 a day for one hour of work" stands out in any
 * currency (issue 3; ../shared/DOMAIN.md §2 "Pay anomalies" lists the sourced scam amounts).
 * Reports `money` for every amount with a period and `high-pay` when it is outsized for its period.
 * Reads the normalised text: lower case, fullwidth digits folded, diacritics removed ("triệu" → "trieu").
 */
import { CURRENCIES } from '../data/currencies';
import { hitFromNormalized } from './span';
import type { EntityDetector, EntityHit } from './types';

export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * Outsized pay, in US-equivalent (amount × USD rate × wage ratio). Wide margins: real postings quote
 * $20–60/hour and yearly salaries; the scam amounts in DOMAIN.md §2 are $200–1,000/day, $9,000+/month.
 */
export const OUTSIZED: Record<Period, number> = { hour: 75, day: 250, week: 2500, month: 9000, year: Number.POSITIVE_INFINITY };

const PREFIX: Record<string, string> = {
  us$: 'USD',
  $: 'USD',
  usd: 'USD',
  r$: 'BRL',
  s$: 'SGD',
  a$: 'AUD',
  c$: 'CAD',
  hk$: 'HKD',
  '€': 'EUR',
  eur: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  inr: 'INR',
  rp: 'IDR',
  'rp.': 'IDR',
  idr: 'IDR',
  '₱': 'PHP',
  php: 'PHP',
  '₫': 'VND',
  vnd: 'VND',
  '฿': 'THB',
  thb: 'THB',
  rmb: 'CNY',
  cny: 'CNY',
  '¥': 'CNY',
  '₩': 'KRW',
  krw: 'KRW',
  rm: 'MYR',
  myr: 'MYR',
  ksh: 'KES',
  kes: 'KES',
  aed: 'AED',
  sgd: 'SGD',
  sar: 'SAR',
  '₽': 'RUB',
  rub: 'RUB',
  brl: 'BRL',
  '₦': 'NGN',
  ngn: 'NGN',
  pkr: 'PKR',
  '৳': 'BDT',
  bdt: 'BDT',
  mmk: 'MMK',
  khr: 'KHR',
  '៛': 'KHR',
  '₭': 'LAK',
  lak: 'LAK',
  '₺': 'TRY',
  mxn: 'MXN',
  egp: 'EGP',
  jpy: 'JPY',
  zar: 'ZAR',
  tzs: 'TZS',
  ugx: 'UGX',
};
const SUFFIX: Record<string, string> = {
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '€': 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pounds: 'GBP',
  '₹': 'INR',
  rupees: 'INR',
  rupee: 'INR',
  inr: 'INR',
  rs: 'INR',
  idr: 'IDR',
  rupiah: 'IDR',
  '₱': 'PHP',
  php: 'PHP',
  pesos: 'PHP',
  piso: 'PHP',
  '₫': 'VND',
  vnd: 'VND',
  dong: 'VND',
  '฿': 'THB',
  baht: 'THB',
  บาท: 'THB',
  thb: 'THB',
  元: 'CNY',
  块: 'CNY',
  塊: 'CNY',
  rmb: 'CNY',
  cny: 'CNY',
  yuan: 'CNY',
  '¥': 'CNY',
  '₩': 'KRW',
  원: 'KRW',
  krw: 'KRW',
  won: 'KRW',
  myr: 'MYR',
  ringgit: 'MYR',
  reais: 'BRL',
  brl: 'BRL',
  ksh: 'KES',
  kes: 'KES',
  shillings: 'KES',
  shilingi: 'KES',
  aed: 'AED',
  dirham: 'AED',
  dirhams: 'AED',
  درهم: 'AED',
  sgd: 'SGD',
  sar: 'SAR',
  riyal: 'SAR',
  riyals: 'SAR',
  ريال: 'SAR',
  '₽': 'RUB',
  руб: 'RUB',
  'руб.': 'RUB',
  рублей: 'RUB',
  рубля: 'RUB',
  rub: 'RUB',
  naira: 'NGN',
  '₦': 'NGN',
  taka: 'BDT',
  kyat: 'MMK',
  riel: 'KHR',
  kip: 'LAK',
  lira: 'TRY',
  円: 'JPY',
  jpy: 'JPY',
};
/** Multipliers; some also imply a currency when none is written ("15 triệu", "7 juta", "60万"). */
const MULT: Record<string, { x: number; cur?: string }> = {
  k: { x: 1e3 },
  m: { x: 1e6 },
  mn: { x: 1e6 },
  million: { x: 1e6 },
  millions: { x: 1e6 },
  mio: { x: 1e6 },
  mil: { x: 1e3 },
  mille: { x: 1e3 },
  bn: { x: 1e9 },
  billion: { x: 1e9 },
  juta: { x: 1e6, cur: 'IDR' },
  jt: { x: 1e6, cur: 'IDR' },
  ribu: { x: 1e3, cur: 'IDR' },
  rb: { x: 1e3, cur: 'IDR' },
  trieu: { x: 1e6, cur: 'VND' },
  tr: { x: 1e6, cur: 'VND' },
  nghin: { x: 1e3, cur: 'VND' },
  ngan: { x: 1e3, cur: 'VND' },
  lakh: { x: 1e5, cur: 'INR' },
  lakhs: { x: 1e5, cur: 'INR' },
  lac: { x: 1e5, cur: 'INR' },
  crore: { x: 1e7, cur: 'INR' },
  万: { x: 1e4, cur: 'CNY' },
  萬: { x: 1e4, cur: 'CNY' },
  千: { x: 1e3, cur: 'CNY' },
  百万: { x: 1e6, cur: 'CNY' },
  亿: { x: 1e8, cur: 'CNY' },
  億: { x: 1e8, cur: 'CNY' },
  만: { x: 1e4, cur: 'KRW' },
  천: { x: 1e3, cur: 'KRW' },
  억: { x: 1e8, cur: 'KRW' },
  백만: { x: 1e6, cur: 'KRW' },
  млн: { x: 1e6, cur: 'RUB' },
  тыс: { x: 1e3, cur: 'RUB' },
  'тыс.': { x: 1e3, cur: 'RUB' },
  тысяч: { x: 1e3, cur: 'RUB' },
  elfu: { x: 1e3, cur: 'KES' },
  laki: { x: 1e5, cur: 'KES' },
  milyon: { x: 1e6 },
};
const PERIOD_WORDS: Record<string, Period> = {};
for (const [period, words] of Object.entries({
  hour: 'hour hours hr hrs h hora horas heure heures jam gio ชั่วโมง ชม 小时 小時 时 時 시간 час часа ساعة بالساعة घंटा घंटे saa oras',
  day: 'day days daily dia dias diaria diario jour journee hari sehari ngay วัน 天 日 일 하루 день сутки يوم يوميا اليوم दिन रोज प्रतिदिन siku araw',
  week: 'week weekly wk semana semaine minggu tuan สัปดาห์ 周 週 星期 주 неделю неделя أسبوع हफ्ता सप्ताह wiki linggo',
  month: 'month monthly mo mth mes mois bulan sebulan thang เดือน 月 월 месяц мес شهر شهريا महीना महीने माह mwezi buwan',
  year: 'year yearly yr annum annual ano an annee tahun nam ปี 年 년 год سنة साल mwaka taon',
} as Record<Period, string>)) {
  for (const w of words.split(' ')) PERIOD_WORDS[w] = period as Period;
}
/** Period words written before the amount (zh, ko, th, and "daily"). */
const PERIOD_BEFORE: Record<string, Period> = {
  日赚: 'day',
  日薪: 'day',
  日结: 'day',
  每天: 'day',
  一天: 'day',
  天赚: 'day',
  每日: 'day',
  日入: 'day',
  月薪: 'month',
  月入: 'month',
  每月: 'month',
  月赚: 'month',
  时薪: 'hour',
  每小时: 'hour',
  일당: 'day',
  하루: 'day',
  시급: 'hour',
  월급: 'month',
  주급: 'week',
  วันละ: 'day',
  ต่อวัน: 'day',
  รายวัน: 'day',
  เดือนละ: 'month',
  เงินเดือน: 'month',
  ชั่วโมงละ: 'hour',
  daily: 'day',
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const NUM = '\\d{1,3}(?:[,. ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?';
const MULT_RE = `(?:\\s?(${alt(Object.keys(MULT))})(?![a-z]))?`;
export const AMOUNT = new RegExp(
  `(?<![\\w.,])(?:(${alt(Object.keys(PREFIX))})\\s?(${NUM})${MULT_RE}|(${NUM})${MULT_RE}(?:\\s?(${alt(Object.keys(SUFFIX))})(?![a-z]))?)`,
  'g',
);
const RANGE = new RegExp(
  `^\\s?(?:-|~|to|a|à|hasta|ate|den|dén|至|到|đến)\\s?(?:${alt(Object.keys(PREFIX))})?\\s?(${NUM})${MULT_RE}(?:\\s?(?:${alt(Object.keys(SUFFIX))})(?![a-z]))?`,
);
const PERIOD_AFTER = new RegExp(
  `^\\s?(?:\\+\\s?)?(?:/|per|a|an|each|every|par|por|al|ao|pro|в|kwa|bawat|kada|moi|mot|setiap|se|ต่อ|每|一|/ ?)\\s?(${alt(Object.keys(PERIOD_WORDS))})(?![a-z])|^\\s?(daily|weekly|monthly|hourly|diario|diaria|mensual|mensal|semanal|sehari|sebulan|seminggu|perjam|per jam|per hari|per bulan|يوميا|شهريا|प्रतिदिन)(?![a-z])`,
);
const HOURLY_WORDS: Record<string, Period> = {
  hourly: 'hour',
  perjam: 'hour',
  'per jam': 'hour',
  weekly: 'week',
  semanal: 'week',
  seminggu: 'week',
  monthly: 'month',
  mensual: 'month',
  mensal: 'month',
  sebulan: 'month',
  'per bulan': 'month',
  شهريا: 'month',
  daily: 'day',
  diario: 'day',
  diaria: 'day',
  sehari: 'day',
  'per hari': 'day',
  يوميا: 'day',
  प्रतिदिन: 'day',
};
const BEFORE = new RegExp(`(${alt(Object.keys(PERIOD_BEFORE))})\\s?(?:赚|收入|可赚|可达|高达|:|：|최대|ได้)?\\s?$`);

/** "1,500" → 1500; "1.500" → 1500; "1.5" → 1.5; "1,5" → 1.5; "15 000" → 15000. */
export function parseNumber(raw: string): number {
  const s = raw.replace(/ /g, '');
  if (/^\d{1,3}(?:[,.]\d{3})+$/.test(s)) return Number(s.replace(/[,.]/g, ''));
  const m = /^(\d{1,3}(?:[,.]\d{3})+)[.,](\d{1,2})$/.exec(s);
  if (m) return Number(`${m[1]!.replace(/[,.]/g, '')}.${m[2]}`);
  return Number(s.replace(',', '.'));
}

export interface Pay {
  amount: number;
  currency: string;
  period: Period;
  /** US-equivalent per period (amount × rate × wage ratio). */
  usdEquivalent: number;
}

export function usdEquivalent(amount: number, currency: string): number | undefined {
  const c = CURRENCIES[currency.toUpperCase()];
  return c ? amount * c.usd * c.wage : undefined;
}

export function isOutsized(amount: number, currency: string, period: Period): boolean {
  const eq = usdEquivalent(amount, currency);
  return eq !== undefined && eq >= OUTSIZED[period];
}

/** AMOUNT tried at one position (sticky). */
const AMOUNT_AT = new RegExp(AMOUNT.source, 'y');
/** How far before its first digit an amount can start: the longest prefix and one space. */
const MAX_LEAD = Math.max(...Object.keys(PREFIX).map((p) => p.length)) + 1;
/** The first digit of each run of digits. */
const DIGIT_RUN = /(?<!\d)\d/g;

/**
 * The matches of AMOUNT over the text, in order, as a global search would find them. Every amount has a
 * digit at most MAX_LEAD units after its start, and the first digit of a run (no amount starts after a
 * word character), so AMOUNT is tried, sticky, only at those few places before each run of digits: a
 * global search tries it at every word start, which on a long posting is most of this detector's time.
 */
export function* amounts(text: string): Generator<RegExpExecArray> {
  let from = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let d = DIGIT_RUN.exec(text); d; d = DIGIT_RUN.exec(text)) {
    const digit = d.index;
    for (let at = Math.max(from, digit - MAX_LEAD); at <= digit; at++) {
      AMOUNT_AT.lastIndex = at;
      const m = AMOUNT_AT.exec(text);
      if (!m) continue;
      yield m;
      from = at + m[0].length;
      if (DIGIT_RUN.lastIndex < from) DIGIT_RUN.lastIndex = from;
      break;
    }
  }
}

/** All pay amounts with a period in a normalised text, with their ranges in that text. */
export function findPay(text: string): Array<Pay & { start: number; end: number }> {
  const out: Array<Pay & { start: number; end: number }> = [];
  if (!/\d/.test(text)) return out;
  for (const m of amounts(text)) {
    const [whole, pre, preNum, preMult, postNum, postMult, suf] = m;
    const numRaw = preNum ?? postNum;
    if (!numRaw) continue;
    const multKey = preMult ?? postMult;
    const mult = multKey ? MULT[multKey] : undefined;
    const currency = (pre && PREFIX[pre]) || (suf && SUFFIX[suf]) || mult?.cur;
    if (!currency) continue;
    let amount = parseNumber(numRaw) * (mult?.x ?? 1);
    let end = m.index + whole.length;
    const range = RANGE.exec(text.slice(end, end + 40));
    if (range) {
      const mult2 = range[2] ? MULT[range[2]] : mult;
      amount = Math.max(amount, parseNumber(range[1]!) * (mult2?.x ?? 1));
      end += range[0].length;
    }
    let period: Period | undefined;
    const after = PERIOD_AFTER.exec(text.slice(end, end + 30));
    if (after) {
      period = after[1] ? PERIOD_WORDS[after[1]] : HOURLY_WORDS[after[2]!];
      end += after[0].length;
    }
    let start = m.index;
    if (!period) {
      const before = BEFORE.exec(text.slice(Math.max(0, start - 12), start));
      if (before) {
        period = PERIOD_BEFORE[before[1]!];
        start -= before[0].length;
      }
    }
    if (!period || !Number.isFinite(amount) || amount <= 0) continue;
    const eq = usdEquivalent(amount, currency);
    if (eq === undefined) continue;
    out.push({ amount, currency, period, usdEquivalent: eq, start, end });
  }
  return out;
}

export const money: EntityDetector = {
  name: 'money',
  kinds: ['money', 'high-pay'],
  detect(input) {
    if (input.isLink) return [];
    const hits: EntityHit[] = [];
    for (const pay of findPay(input.n.text)) {
      hits.push(hitFromNormalized(input, 'money', pay.start, pay.end));
      if (pay.usdEquivalent >= OUTSIZED[pay.period]) hits.push(hitFromNormalized(input, 'high-pay', pay.start, pay.end));
    }
    return hits;
  },
};

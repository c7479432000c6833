/**
 * Pay amounts with a period ("$300 a day", "₱9,000/day", "月薪60万元", "15 triệu/tháng", "일당 15만원"),
 * normalised to US-equivalent pay per period, so "earn $300 a day for one hour of work" stands out in any
 * currency (issue 3; ../shared/DOMAIN.md §2 "Pay anomalies" lists the sourced scam amounts).
 * Reports `money` for every amount with a period and `high-pay` when it is outsized for its period.
 * Reads the normalised text: lower case, fullwidth digits folded, diacritics removed ("triệu" → "trieu"),
 * with native digits (Bengali ৫, Devanagari ५, Myanmar ၅, Khmer ៥, Thai ๕, Arabic-Indic ٥/۵) read as ASCII ones.
 * So the words of the tables below are written as the normaliser writes text (moneyWords() and its test check
 * it): Arabic-script words with the folded letters (Urdu «یومیہ» is written «يوميہ», «ساعة» «ساعه»), Cyrillic
 * without the breve («рублей» is «рублеи»).
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
  // Languages added in 2026-11 (de ja ms tr it pl ro bn ur ne my km am).
  pln: 'PLN',
  ron: 'RON',
  tk: 'BDT',
  'tk.': 'BDT',
  etb: 'ETB',
  npr: 'NPR',
  रु: 'INR',
  'रु.': 'INR',
  ကျပ်: 'MMK',
  ဒေါ်လာ: 'USD',
  // "Singapore dollar" ends with the Burmese word for dollar, and Burmese is written without spaces.
  စင်ကာပူဒေါ်လာ: 'SGD',
  ဘတ်: 'THB',
  ដុល្លារ: 'USD',
  // Languages added in session 3 (uk fa ta): hryvnia sign, Tamil "ரூ.25,000" (rupee).
  '₴': 'UAH',
  uah: 'UAH',
  'ரூ.': 'INR',
  ரூ: 'INR',
  // lo "₭500,000", si "රු. 5000" (Sri Lankan rupee; "Rs." in Sinhala text too, see localize) and "ඩොලර් 1200",
  // kk "₸", mn "₮" (₭ is above).
  'රු.': 'LKR',
  රු: 'LKR',
  ඩොලර්: 'USD',
  '₸': 'KZT',
  '₮': 'MNT',
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
  рублеи: 'RUB',
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
  // Languages added in 2026-11.
  $: 'USD',
  dolar: 'USD',
  // es "50-300 dólares al día" (task-scam pay, DOMAIN.md §1(b)); pt "dólares" too.
  dolares: 'USD',
  dolari: 'USD',
  dolarow: 'USD',
  ドル: 'USD',
  tl: 'TRY',
  '₺': 'TRY',
  zl: 'PLN',
  zlotych: 'PLN',
  pln: 'PLN',
  lei: 'RON',
  leu: 'RON',
  ron: 'RON',
  টাকা: 'BDT',
  '৳': 'BDT',
  tk: 'BDT',
  ডলার: 'USD',
  pkr: 'PKR',
  روپے: 'PKR',
  روپيہ: 'PKR',
  روپئے: 'PKR',
  ڈالر: 'USD',
  रुपैयाँ: 'NPR',
  रुपैयां: 'NPR',
  npr: 'NPR',
  रुपये: 'INR',
  रुपए: 'INR',
  रुपया: 'INR',
  डलर: 'USD',
  डॉलर: 'USD',
  ကျပ်: 'MMK',
  ဒေါ်လာ: 'USD',
  ဘတ်: 'THB',
  ដុល្លារ: 'USD',
  រៀល: 'KHR',
  '៛': 'KHR',
  ብር: 'ETB',
  birr: 'ETB',
  etb: 'ETB',
  ዶላር: 'USD',
  // Languages added in session 3: uk hryvnia ("2000 грн", "гривень"), fa toman and rial (ريال is the Saudi riyal
  // unless the text is Persian, see localize), Persian and Ukrainian dollar words, Tamil rupee and dollar words.
  грн: 'UAH',
  'грн.': 'UAH',
  гривень: 'UAH',
  гривні: 'UAH',
  гривня: 'UAH',
  uah: 'UAH',
  '₴': 'UAH',
  доларів: 'USD',
  долари: 'USD',
  долар: 'USD',
  تومان: 'IRT',
  تومن: 'IRT',
  toman: 'IRT',
  irt: 'IRT',
  irr: 'IRR',
  دلار: 'USD',
  ரூபாய்: 'INR',
  ரூ: 'INR',
  டாலர்: 'USD',
  டொலர்: 'USD',
  // lo kip/dollar/baht words; si rupees/dollars; kk tenge (тг is how chat shortens it); uz so'm in Latin (with
  // the apostrophe, the Uzbek turned comma ʻ, or none) and Cyrillic (сўм loses its breve: сум); mn tögrög.
  ກີບ: 'LAK',
  '₭': 'LAK',
  ໂດລາ: 'USD',
  ດອນລາ: 'USD',
  ບາດ: 'THB',
  රුපියල්: 'LKR',
  lkr: 'LKR',
  ඩොලර්: 'USD',
  '₸': 'KZT',
  теңге: 'KZT',
  тенге: 'KZT',
  тг: 'KZT',
  kzt: 'KZT',
  tenge: 'KZT',
  "so'm": 'UZS',
  som: 'UZS',
  сум: 'UZS',
  uzs: 'UZS',
  '₮': 'MNT',
  төгрөг: 'MNT',
  төгрөгиин: 'MNT',
  mnt: 'MNT',
  tugrik: 'MNT',
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
  // Languages added in 2026-11: tr "2 bin TL", pl "5 tys. zł", ro "2 mii lei", it "2 mila euro", and the
  // South and South-East Asian thousand / lakh / ten-thousand words.
  bin: { x: 1e3 },
  tys: { x: 1e3 },
  'tys.': { x: 1e3 },
  mii: { x: 1e3 },
  mila: { x: 1e3 },
  हजार: { x: 1e3, cur: 'INR' },
  हज़ार: { x: 1e3, cur: 'INR' },
  लाख: { x: 1e5, cur: 'INR' },
  करोड: { x: 1e7, cur: 'INR' },
  হাজার: { x: 1e3, cur: 'BDT' },
  লাখ: { x: 1e5, cur: 'BDT' },
  ہزار: { x: 1e3, cur: 'PKR' },
  لاكھ: { x: 1e5, cur: 'PKR' },
  ထောင်: { x: 1e3, cur: 'MMK' },
  သောင်း: { x: 1e4, cur: 'MMK' },
  သိန်း: { x: 1e5, cur: 'MMK' },
  ពាន់: { x: 1e3, cur: 'KHR' },
  ម៉ឺន: { x: 1e4, cur: 'KHR' },
  សែន: { x: 1e5, cur: 'KHR' },
  លាន: { x: 1e6, cur: 'KHR' },
  ሺ: { x: 1e3, cur: 'ETB' },
  ሺህ: { x: 1e3, cur: 'ETB' },
  // Session 3: uk "15 тис. грн", fa "۵۰۰ هزار تومان" / "۱۵ میلیون تومان" (written normalised: ی is ي), ta ஆயிரம்/லட்சம்.
  тис: { x: 1e3 },
  'тис.': { x: 1e3 },
  тисяч: { x: 1e3 },
  هزار: { x: 1e3 },
  ميليون: { x: 1e6 },
  ميليارد: { x: 1e9 },
  ஆயிரம்: { x: 1e3, cur: 'INR' },
  லட்சம்: { x: 1e5, cur: 'INR' },
  // lo ພັນ/ໝື່ນ (NFKC ຫມື່ນ)/ແສນ/ລ້ານ; si දහස/ලක්ෂ; uz ming/mln (минг; млн is above, its currency word wins);
  // mn мянга/сая; kk мың.
  ພັນ: { x: 1e3, cur: 'LAK' },
  ຫມື່ນ: { x: 1e4, cur: 'LAK' },
  ແສນ: { x: 1e5, cur: 'LAK' },
  ລ້ານ: { x: 1e6, cur: 'LAK' },
  දහස: { x: 1e3, cur: 'LKR' },
  ලක්ෂ: { x: 1e5, cur: 'LKR' },
  ming: { x: 1e3 },
  mln: { x: 1e6 },
  минг: { x: 1e3 },
  мың: { x: 1e3 },
  мянга: { x: 1e3 },
  сая: { x: 1e6 },
};
const PERIOD_WORDS: Record<string, Period> = {};
// Words after a connector ("per day", "pro Tag", "al giorno", "na godzinę", "pe zi", "/saat").
for (const [period, words] of Object.entries({
  hour: 'hour hours hr hrs h hora horas heure heures jam gio ชั่วโมง ชม 小时 小時 时 時 시간 час часа ساعه بالساعه घंटा घंटे saa oras stunde std ora godzine godz saat годину година ساعت ຊົ່ວໂມງ awa',
  day: 'day days daily dia dias diaria diario jour journee hari sehari ngay วัน 天 日 일 하루 день сутки يوم يوميا اليوم दिन रोज प्रतिदिन siku araw tag giorno dzien zi gun روز ມື້ rana',
  week: 'week weekly wk semana semaine minggu tuan สัปดาห์ 周 週 星期 주 неделю неделя اسبوع हफ्ता सप्ताह wiki linggo woche settimana tydzien saptamana hafta тиждень هفته ອາທິດ sati mako',
  month:
    'month monthly mo mth mes mois bulan sebulan thang เดือน 月 월 месяц мес شهر شهريا महीना महीने माह mwezi buwan monat mese miesiac luna ay місяць міс ماه ເດືອນ wata',
  year: 'year yearly yr annum annual ano an annee tahun nam ปี 年 년 год سنه साल mwaka taon jahr anno rok yil рік',
} as Record<Period, string>)) {
  for (const w of words.split(' ')) PERIOD_WORDS[w] = period as Period;
}

interface Before {
  period: Period;
  /** The currency a bare "万" means after this word (Japanese 月給 30万 is yen, not yuan). */
  cur?: string;
}
/** Period words written before the amount (zh, ko, th, ja, tr, South and South-East Asian languages, "daily"). */
const PERIOD_BEFORE: Record<string, Before> = {
  日赚: { period: 'day' },
  日薪: { period: 'day' },
  日结: { period: 'day' },
  每天: { period: 'day' },
  一天: { period: 'day' },
  天赚: { period: 'day' },
  每日: { period: 'day' },
  日入: { period: 'day' },
  月薪: { period: 'month' },
  月入: { period: 'month' },
  每月: { period: 'month' },
  月赚: { period: 'month' },
  时薪: { period: 'hour' },
  每小时: { period: 'hour' },
  일당: { period: 'day' },
  하루: { period: 'day' },
  시급: { period: 'hour' },
  월급: { period: 'month' },
  // ko: "월 800만원", "월수입 천만원", "월 수익 500만원" (the month word alone, before the amount, is "a month").
  월: { period: 'month' },
  월수입: { period: 'month' },
  월수익: { period: 'month' },
  '월 수입': { period: 'month' },
  '월 수익': { period: 'month' },
  매월: { period: 'month' },
  한달: { period: 'month' },
  주급: { period: 'week' },
  วันละ: { period: 'day' },
  ต่อวัน: { period: 'day' },
  รายวัน: { period: 'day' },
  เดือนละ: { period: 'month' },
  เงินเดือน: { period: 'month' },
  ชั่วโมงละ: { period: 'hour' },
  daily: { period: 'day' },
  // ja: 日給 (day), 日当 (day allowance), 時給 (hour), 月給/月収 (month), 週給 (week), 1日 (a day).
  日給: { period: 'day', cur: 'JPY' },
  日当: { period: 'day', cur: 'JPY' },
  '1日': { period: 'day', cur: 'JPY' },
  時給: { period: 'hour', cur: 'JPY' },
  月給: { period: 'month', cur: 'JPY' },
  月収: { period: 'month', cur: 'JPY' },
  週給: { period: 'week', cur: 'JPY' },
  // de, tr, pl, ro, ms: "Stundenlohn 35 €", "günlük 2.000 TL", "dziennie 500 zł", "zilnic 200 lei", "sehari RM300".
  stundenlohn: { period: 'hour' },
  tageslohn: { period: 'day' },
  gunluk: { period: 'day' },
  gunde: { period: 'day' },
  saatlik: { period: 'hour' },
  saatte: { period: 'hour' },
  haftalik: { period: 'week' },
  aylik: { period: 'month' },
  ayda: { period: 'month' },
  dziennie: { period: 'day' },
  zilnic: { period: 'day' },
  sehari: { period: 'day' },
  sejam: { period: 'hour' },
  sebulan: { period: 'month' },
  seminggu: { period: 'week' },
  // hi, ne: रोज/रोजाना (daily), दिनको (per day), दैनिक (daily), घण्टाको (per hour), महिनाको/मासिक (monthly), हप्ताको (weekly).
  रोज: { period: 'day' },
  रोजाना: { period: 'day' },
  प्रतिदिन: { period: 'day' },
  दिनको: { period: 'day' },
  दैनिक: { period: 'day' },
  घण्टाको: { period: 'hour' },
  महिनाको: { period: 'month' },
  मासिक: { period: 'month' },
  हप्ताको: { period: 'week' },
  // bn: দিনে (a day), প্রতিদিন (every day), দৈনিক (daily), ঘণ্টায় (an hour), মাসে/মাসিক (a month), সপ্তাহে (a week).
  দিনে: { period: 'day' },
  প্রতিদিন: { period: 'day' },
  দৈনিক: { period: 'day' },
  ঘণ্টায়: { period: 'hour' },
  মাসে: { period: 'month' },
  মাসিক: { period: 'month' },
  সপ্তাহে: { period: 'week' },
  // ur: روزانہ/یومیہ (daily), فی دن (per day), فی گھنٹہ (per hour), ماہانہ/ماہوار (monthly), ہفتہ وار (weekly);
  // written with the normaliser's Arabic yeh (ي).
  روزانہ: { period: 'day' },
  يوميہ: { period: 'day' },
  'في دن': { period: 'day' },
  'في گھنٹہ': { period: 'hour' },
  ماہانہ: { period: 'month' },
  ماہوار: { period: 'month' },
  'ہفتہ وار': { period: 'week' },
  // my: တစ်ရက်/တစ်နေ့ (one day), နေ့စဉ် (daily), တစ်နာရီ (one hour), တစ်လ (one month), လစဉ် (monthly), တစ်ပတ် (one week).
  တစ်ရက်: { period: 'day' },
  တစ်နေ့: { period: 'day' },
  နေ့စဉ်: { period: 'day' },
  တစ်နာရီ: { period: 'hour' },
  တစ်လ: { period: 'month' },
  လစဉ်: { period: 'month' },
  တစ်ပတ်: { period: 'week' },
  // km: ថ្ងៃ (day), ម៉ោងមួយ/មួយម៉ោង (an hour), ខែ (month, also the end of ប្រាក់ខែ "salary"), សប្តាហ៍ (week).
  ថ្ងៃ: { period: 'day' },
  ម៉ោងមួយ: { period: 'hour' },
  មួយម៉ោង: { period: 'hour' },
  ខែ: { period: 'month' },
  សប្តាហ៍: { period: 'week' },
  // am: በቀን/በየቀኑ (per day), በሰዓት (per hour), በወር/በየወሩ (per month), በሳምንት (per week).
  በቀን: { period: 'day' },
  በየቀኑ: { period: 'day' },
  በሰዓት: { period: 'hour' },
  በወር: { period: 'month' },
  በየወሩ: { period: 'month' },
  በሳምንት: { period: 'week' },
  // Session 3. fa: روزانه (daily), ماهانه/ماهیانه (monthly), هفتگی (weekly), ساعتی (hourly), written normalised (ی is ي).
  روزانه: { period: 'day' },
  ماهانه: { period: 'month' },
  ماهيانه: { period: 'month' },
  هفتگي: { period: 'week' },
  ساعتي: { period: 'hour' },
  // uk: щодня (daily), щомісяця (monthly). ta: தினமும் (every day), ஒரு நாளைக்கு (a day), மாதம்/மாத சம்பளம் (month).
  щодня: { period: 'day' },
  щомісяця: { period: 'month' },
  தினமும்: { period: 'day' },
  'ஒரு நாளைக்கு': { period: 'day' },
  மாதம்: { period: 'month' },
  'மாத சம்பளம்': { period: 'month' },
  வாரம்: { period: 'week' },
  // lo: ມື້ລະ (a day), ເດືອນລະ/ເງິນເດືອນ (a month, salary), ຊົ່ວໂມງລະ (an hour), ອາທິດລະ (a week).
  ມື້ລະ: { period: 'day' },
  ເດືອນລະ: { period: 'month' },
  ເງິນເດືອນ: { period: 'month' },
  ຊົ່ວໂມງລະ: { period: 'hour' },
  ອາທິດລະ: { period: 'week' },
  // si: දවසට/දිනකට (a day), මාසික වැටුප/මසකට/මාසෙට (a month), පැයකට (an hour), සතියකට (a week).
  දවසට: { period: 'day' },
  දිනකට: { period: 'day' },
  'මාසික වැටුප': { period: 'month' },
  මාසික: { period: 'month' },
  මසකට: { period: 'month' },
  මාසෙට: { period: 'month' },
  පැයකට: { period: 'hour' },
  සතියකට: { period: 'week' },
  // kk: күніне (a day), айына/айлық (a month, "айлық 1500$"), сағатына (an hour); chat Latin kunine/aiyna/ailyq.
  күніне: { period: 'day' },
  аиына: { period: 'month' },
  аилық: { period: 'month' },
  сағатына: { period: 'hour' },
  аптасына: { period: 'week' },
  kunine: { period: 'day' },
  aiyna: { period: 'month' },
  ailyq: { period: 'month' },
  // uz: kuniga/kunlik (a day), oyiga/oylik (a month), soatiga (an hour), haftasiga (a week); Cyrillic кунига,
  // ойига/ойлик (й loses its breve).
  kuniga: { period: 'day' },
  kunlik: { period: 'day' },
  oyiga: { period: 'month' },
  oylik: { period: 'month' },
  soatiga: { period: 'hour' },
  haftasiga: { period: 'week' },
  кунига: { period: 'day' },
  кунлик: { period: 'day' },
  оиига: { period: 'month' },
  оилик: { period: 'month' },
  соатига: { period: 'hour' },
  // mn: өдөрт (a day), сард/сарын (a month, "сарын цалин"), цагт (an hour), долоо хоногт (a week).
  өдөрт: { period: 'day' },
  сард: { period: 'month' },
  сарын: { period: 'month' },
  'сарын цалин': { period: 'month' },
  цагт: { period: 'hour' },
  'долоо хоногт': { period: 'week' },
  // ha: kullum (every day); yo: lojoojumo (every day, tone marks removed), owo osu (monthly pay).
  kullum: { period: 'day' },
  lojoojumo: { period: 'day' },
  'owo osu': { period: 'month' },
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
/** Range words of the languages written in other scripts (hi से, ne देखि, bn থেকে, ur سے, my မှ, km ដល់, am እስከ;
 * session 3: uk до, fa تا, ta முதல், lo ຫາ, si සිට, ha zuwa). */
const RANGE_WORDS = ['से', 'देखि', 'থেকে', 'سے', 'မှ', 'ដល់', 'እስከ', 'до', 'تا', 'முதல்', 'ຫາ', 'සිට', 'zuwa'];
/** The upper end of a range: "-800", "to $500", "bis 400 €", "〜5万円", "देखि ९०००", "እስከ 2000 ዶላር". */
const RANGE = new RegExp(
  `^\\s?(?:-|~|〜|to|a|à|hasta|ate|den|dén|至|到|đến|bis|do|la|ile|${alt(RANGE_WORDS)})\\s?(${alt(Object.keys(PREFIX))})?\\s?(${NUM})${MULT_RE}(?:\\s?(${alt(Object.keys(SUFFIX))})(?![a-z]))?`,
);
/** Period words standing alone after the amount ("daily", "täglich", "dziennie", "pe zi" is a connector form). */
const ADVERBS: Record<string, Period> = {
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
  diarios: 'day',
  diarias: 'day',
  sehari: 'day',
  'per hari': 'day',
  يوميا: 'day',
  प्रतिदिन: 'day',
  // Languages added in 2026-11.
  sejam: 'hour',
  stundlich: 'hour',
  saatlik: 'hour',
  taglich: 'day',
  giornalieri: 'day',
  dziennie: 'day',
  zilnic: 'day',
  gunluk: 'day',
  wochentlich: 'week',
  tygodniowo: 'week',
  saptamanal: 'week',
  haftalik: 'week',
  monatlich: 'month',
  mensili: 'month',
  miesiecznie: 'month',
  lunar: 'month',
  aylik: 'month',
  দৈনিক: 'day',
  প্রতিদিন: 'day',
  روزانہ: 'day',
  يوميہ: 'day',
  ماہانہ: 'month',
  दैनिक: 'day',
  रोज: 'day',
  တစ်ရက်: 'day',
  တစ်နာရီ: 'hour',
  တစ်ပတ်: 'week',
  တစ်လ: 'month',
  ក្នុងមួយថ្ងៃ: 'day',
  មួយថ្ងៃ: 'day',
  ក្នុងមួយម៉ោង: 'hour',
  មួយម៉ោង: 'hour',
  ក្នុងមួយសប្តាហ៍: 'week',
  ក្នុងមួយខែ: 'month',
  មួយខែ: 'month',
  በቀን: 'day',
  በሰዓት: 'hour',
  በሳምንት: 'week',
  በወር: 'month',
  // Session 3 (uk fa ta).
  щодня: 'day',
  щотижня: 'week',
  щомісяця: 'month',
  погодинно: 'hour',
  روزانه: 'day',
  ماهانه: 'month',
  ماهيانه: 'month',
  هفتگي: 'week',
  ساعتي: 'hour',
  தினமும்: 'day',
  'ஒரு நாளைக்கு': 'day',
  நாளொன்றுக்கு: 'day',
  மாதம்: 'month',
  மாதத்திற்கு: 'month',
  'மணி நேரத்திற்கு': 'hour',
  வாரத்திற்கு: 'week',
  // lo ຕໍ່ມື້/ຕໍ່ເດືອນ; si දවසට/දිනකට/මසකට; kk/uz/mn after the amount; ha kullum; yo lojoojumo/losu.
  ຕໍ່ມື້: 'day',
  ຕໍ່ເດືອນ: 'month',
  ຕໍ່ຊົ່ວໂມງ: 'hour',
  දවසට: 'day',
  දිනකට: 'day',
  මසකට: 'month',
  මාසෙට: 'month',
  පැයකට: 'hour',
  күніне: 'day',
  аиына: 'month',
  kunine: 'day',
  kuniga: 'day',
  oyiga: 'month',
  кунига: 'day',
  оиига: 'month',
  өдөрт: 'day',
  сард: 'month',
  kullum: 'day',
  lojoojumo: 'day',
  losu: 'month',
};
const PERIOD_AFTER = new RegExp(
  `^\\s?(?:\\+\\s?)?(?:/|per|a|an|each|every|par|por|al|ao|pro|в|kwa|bawat|kada|moi|mot|setiap|se|ต่อ|每|一|am|im|die|all'|l'|na|za|pe|на|за|у|در|/ ?)\\s?(${alt(Object.keys(PERIOD_WORDS))})(?![a-z])|^\\s?(${alt(Object.keys(ADVERBS))})(?![a-z])`,
);
/** Words allowed between a period word and the amount after it ("日赚可达", "1日あたり", "günlük kazanç", "በወር ከ1200"). */
const FILLERS = ['赚', '收入', '可赚', '可达', '高达', ':', '최대', 'ได้', 'あたり', '最大', '約', 'kazanc', 'sehingga', 'ከ', 'ကို'];
const BEFORE = new RegExp(`(${alt(Object.keys(PERIOD_BEFORE))})\\s?(?:${alt(FILLERS)})?\\s?$`);

/** Every word the tables above match: the text they meet is normalised, so they must be written normalised. */
export function moneyWords(): string[] {
  return [
    ...Object.keys(PREFIX),
    ...Object.keys(SUFFIX),
    ...Object.keys(MULT),
    ...Object.keys(PERIOD_WORDS),
    ...Object.keys(PERIOD_BEFORE),
    ...Object.keys(ADVERBS),
    ...RANGE_WORDS,
    ...FILLERS,
  ];
}

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

/**
 * US-equivalent pay: amount × USD rate × wage ratio. `wageOf` names the currency whose country's wages the pay is
 * judged by, when that is not the currency's own (US dollars quoted in Khmer are Cambodian pay, see localWage).
 */
export function usdEquivalent(amount: number, currency: string, wageOf = currency): number | undefined {
  const c = CURRENCIES[currency.toUpperCase()];
  const w = CURRENCIES[wageOf.toUpperCase()];
  return c && w ? amount * c.usd * w.wage : undefined;
}

/** Khmer script: Cambodia pays wages in US dollars ("ប្រាក់ខែ $300"), so its dollars are local pay. */
const KHMER = /[\u1780-\u17ff]/;
/** Letters only Urdu writes among Arabic-script languages (ٹ ڈ ں ہ ے), kept by the normaliser. */
const URDU = /[\u0679\u0688\u06ba\u06c1\u06d2]/;
/** Sinhala script: "Rs." in Sinhala text is the Sri Lankan rupee. */
const SINHALA = /[\u0d80-\u0dff]/;
/**
 * Persian text: the letters Persian (and Urdu) add to Arabic (پ چ ژ گ), or Persian money and period words that
 * Arabic does not use (میلیون, where Arabic writes مليون; تومان; روزانه/ماهانه; "در ماه"). "ریال" in such text
 * without Urdu letters is the Iranian rial. Written normalised (ی is ي).
 */
const PERSIAN = /[\u067e\u0686\u0698\u06af]|ميليون|تومان|روزانه|ماهانه|ماهيانه|در ماه|در روز/;

/**
 * The currency a pay amount is really in, and whose wages it is judged by, where the text's script settles what
 * the currency alone cannot: "Rs"/"₨" in Urdu text is the Pakistani rupee, and a dollar amount in Khmer text is
 * paid in Cambodia, where an outsized day is ~US$30, not US$250 (the KHR row's wage ratio; DOMAIN.md §1(a)).
 */
function localize(currency: string, text: string): { currency: string; wageOf: string } {
  if (currency === 'INR' && URDU.test(text)) return { currency: 'PKR', wageOf: 'PKR' };
  if (currency === 'SAR' && PERSIAN.test(text) && !URDU.test(text)) return { currency: 'IRR', wageOf: 'IRR' };
  if (currency === 'INR' && SINHALA.test(text)) return { currency: 'LKR', wageOf: 'LKR' };
  if (currency === 'USD' && KHMER.test(text)) return { currency, wageOf: 'KHR' };
  return { currency, wageOf: currency };
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
 * The code units an amount can start with: a digit, or the first unit of a currency prefix. AMOUNT
 * starts with a prefix or with a number, so it cannot match anywhere else; skipping those places saves
 * trying its long alternation up to MAX_LEAD times before every number (a chat message's "(12)").
 */
const AMOUNT_FIRST = new Set([...'0123456789', ...Object.keys(PREFIX).map((p) => p[0]!)].map((c) => c.charCodeAt(0)));

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
      if (!AMOUNT_FIRST.has(text.charCodeAt(at))) continue;
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

/** Native decimal digits (Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai, Lao, Myanmar, Khmer). */
const NATIVE = '[\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u1040-\\u1049\\u17e0-\\u17e9]';
const NATIVE_DIGIT = new RegExp(NATIVE, 'g');
const HAS_NATIVE_DIGIT = new RegExp(NATIVE);
const ANY_DIGIT = new RegExp(`\\d|${NATIVE}`);
/** The zero of each native digit block above. */
const NATIVE_ZERO = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];

/** The text with native digits written as ASCII ones, one unit for one, so positions do not move. */
export function asciiDigits(text: string): string {
  return text.replace(NATIVE_DIGIT, (d) => {
    const c = d.charCodeAt(0);
    const zero = NATIVE_ZERO.find((z) => c >= z && c <= z + 9)!;
    return String.fromCharCode(48 + c - zero);
  });
}

/** All pay amounts with a period in a normalised text, with their ranges in that text. */
export function findPay(normalized: string): Array<Pay & { start: number; end: number }> {
  const out: Array<Pay & { start: number; end: number }> = [];
  if (!ANY_DIGIT.test(normalized)) return koreanWordAmounts(normalized);
  const text = HAS_NATIVE_DIGIT.test(normalized) ? asciiDigits(normalized) : normalized;
  /** End of the last range read: its upper amount is not read again on its own. */
  let consumed = 0;
  for (const m of amounts(text)) {
    if (m.index < consumed) continue;
    const [whole, pre, preNum, preMult, postNum, postMult, suf] = m;
    const numRaw = preNum ?? postNum;
    if (!numRaw) continue;
    const multKey = preMult ?? postMult;
    const mult = multKey ? MULT[multKey] : undefined;
    let currency = (pre && PREFIX[pre]) || (suf && SUFFIX[suf]) || undefined;
    let amount = parseNumber(numRaw) * (mult?.x ?? 1);
    let end = m.index + whole.length;
    // "150–400 € pro Tag", "ከ1200 እስከ 2000 ዶላር": the currency may be written after the range's upper end only.
    const range = RANGE.exec(text.slice(end, end + 40));
    if (range) {
      const mult2 = range[3] ? MULT[range[3]] : mult;
      amount = Math.max(amount, parseNumber(range[2]!) * (mult2?.x ?? 1));
      currency ||= (range[1] && PREFIX[range[1]]) || (range[4] && SUFFIX[range[4]]) || undefined;
      end += range[0].length;
    }
    let period: Period | undefined;
    const after = PERIOD_AFTER.exec(text.slice(end, end + 30));
    if (after) {
      period = after[1] ? PERIOD_WORDS[after[1]] : ADVERBS[after[2]!];
      end += after[0].length;
    }
    let start = m.index;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const word = before ? PERIOD_BEFORE[before[1]!] : undefined;
    if (!period && word) {
      period = word.period;
      start -= before![0].length;
    }
    // A bare multiplier implies a currency ("60万" is yuan), unless the period word says whose ("月給30万" is yen).
    currency ||= mult?.cur ? (word?.cur ?? mult.cur) : undefined;
    if (!currency || !period || !Number.isFinite(amount) || amount <= 0) continue;
    const local = localize(currency, text);
    const eq = usdEquivalent(amount, local.currency, local.wageOf);
    if (eq === undefined) continue;
    consumed = end;
    out.push({ amount, currency: local.currency, period, usdEquivalent: eq, start, end });
  }
  for (const pay of koreanWordAmounts(text)) if (pay.start >= consumed) out.push(pay);
  return out;
}

/**
 * Korean amounts written without a digit: "월 천만원 보장" (10 million won a month), "월 억대 수입"; lures in
 * DOMAIN.md §1(a) (0404.go.kr warnings) quote them so. Only with a period word before them, like the digit forms.
 */
const KO_WORD_AMOUNT = /(?<![\p{L}\d])(수천만|천만|오천만|삼천만|이천만|일억|억대?)\s?원?/gu;
const KO_WORD_VALUE: Record<string, number> = {
  수천만: 3e7,
  천만: 1e7,
  이천만: 2e7,
  삼천만: 3e7,
  오천만: 5e7,
  일억: 1e8,
  억: 1e8,
  억대: 1e8,
};
function koreanWordAmounts(text: string): Array<Pay & { start: number; end: number }> {
  const out: Array<Pay & { start: number; end: number }> = [];
  if (!text.includes('만') && !text.includes('억')) return out;
  KO_WORD_AMOUNT.lastIndex = 0;
  for (let m = KO_WORD_AMOUNT.exec(text); m; m = KO_WORD_AMOUNT.exec(text)) {
    const before = BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const word = before ? PERIOD_BEFORE[before[1]!] : undefined;
    const amount = KO_WORD_VALUE[m[1]!];
    if (!word || amount === undefined) continue;
    const eq = usdEquivalent(amount, 'KRW');
    if (eq === undefined) continue;
    const start = m.index - before![0].length;
    out.push({ amount, currency: 'KRW', period: word.period, usdEquivalent: eq, start, end: m.index + m[0].length });
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

// @vitest-environment node
/**
 * Regression table: scams that any person who has read an advisory would call obvious must score HIGH,
 * not merely medium (a "low 22" on a textbook task scam was a real defect). One row per family and
 * language, written from the shapes in ../shared/DOMAIN.md §1 (cited per row), not copied from a dataset.
 * A second table holds the everyday look-alikes that must stay below medium, so that making the first
 * table pass by loosening rules shows up here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../rules';
import { compilePack } from './compile';
import { analyze } from './index';
import type { ItemKind, Risk } from './types';

const validated = validatePack(JSON.parse(readFileSync(new URL('../../public/rules/core.json', import.meta.url), 'utf8')), {
  checkRedos: false,
});
if (!validated.ok) throw new Error(`core pack invalid: ${JSON.stringify(validated.errors.slice(0, 3))}`);
const pack = compilePack(validated.value);

interface Row {
  name: string;
  kind: ItemKind;
  text: string;
}

const OBVIOUS: Row[] = [
  // (b) task scams: paid likes + deposit to unlock + chat contact (DOMAIN.md §1(b), FTC).
  {
    name: 'en task: likes + USDT deposit + VIP + t.me',
    kind: 'message',
    text: 'Earn $300 a day liking videos, only 1 hour of work! Make a 50 USDT deposit to unlock VIP level 2 and get bigger commissions. Contact our mentor t.me/earnvip_mentor',
  },
  {
    name: 'en task: recruiter opener, boosting, WhatsApp',
    kind: 'message',
    text: 'Hi, your resume was recommended by several online recruitment agencies. Our part-time job is product boosting for merchants, 60-90 minutes a day, earn $200-$800 daily. Contact me on WhatsApp +1 415 555 0132',
  },
  {
    name: 'en task: frozen balance, top up',
    kind: 'message',
    text: 'Your account has a combination order and your balance is frozen at -86 USDT. Recharge 120 USDT now to complete the task and withdraw your commission, or you lose your earnings.',
  },
  {
    name: 'es task: likes de Instagram, 50-600 euros al día',
    kind: 'message',
    text: 'Hola, trabajamos con empresas de Instagram. Solo tienes que dar me gusta a publicaciones y puedes ganar entre 50 y 600 euros al día. Para subir a nivel VIP hay que hacer una recarga de 100 USDT. Escríbeme por Telegram @trabajo_likes',
  },
  {
    name: 'pt task: trabalho meio período, tarefa pré-paga',
    kind: 'message',
    text: 'Olá, você foi selecionado para um trabalho meio período online, com salário diário de R$ 1000. É só curtir vídeos. Para liberar a tarefa pré-paga deposite R$ 200 via Pix. Fale comigo: wa.me/5511988887777',
  },
  {
    name: 'fr task: avis Google Maps, 300 euros par jour',
    kind: 'message',
    text: 'Bonjour, nous aimerions vous proposer un emploi à temps partiel : laisser des avis sur Google Maps. Les salaires journaliers varient de 300 à 1 000 euros. Pour débloquer le niveau VIP, faites un dépôt de 50 USDT. Contactez-moi sur Telegram @emploi_avis',
  },
  {
    name: 'th task: กดไลค์ รายได้วันละ ฝากเงิน',
    kind: 'message',
    text: 'ยินดีด้วยคุณได้รับงาน หารายได้เสริม เพียงกดไลค์กดติดตาม TikTok รายได้วันละ 500-3,000 บาท ทำภารกิจเสร็จต้องวางเงินมัดจำ 300 บาท เพื่อรับค่าคอมมิชชั่น แอดไลน์ @job-like88',
  },
  {
    name: 'zh task: 刷单 点赞 日结 充值',
    kind: 'message',
    text: '招聘兼职，抖音点赞关注，一单5元，日入300+，当天结算。做任务前需要先充值100元激活会员，加微信 ab12345 了解',
  },
  {
    name: 'vi task: chốt đơn ảo, nạp tiền',
    kind: 'message',
    text: 'Tuyển cộng tác viên làm tại nhà, chốt đơn ảo nhận hoa hồng, thu nhập 500.000 – 1 triệu đồng/ngày. Nạp tiền trước để nhận nhiệm vụ, hoàn tiền ngay. Liên hệ Zalo 0912 345 678',
  },
  {
    name: 'id task: like video, deposit untuk naik level',
    kind: 'message',
    text: 'Lowongan kerja paruh waktu: cukup like video YouTube, gaji Rp 500.000 per hari. Untuk naik level VIP wajib deposit Rp 200.000 dulu. Hubungi admin di Telegram @kerja_like_id',
  },
  // (a) scam-centre trafficking lures (DOMAIN.md §1(a)).
  {
    name: 'en trafficking: Sihanoukville, free flight, passport photo, Telegram',
    kind: 'posting',
    text: 'Customer service staff needed in Sihanoukville, Cambodia. $1,800/month, no experience needed. Free air ticket, visa and accommodation. Send your passport photo to our HR on Telegram @kh_hr_team today, only 5 seats left.',
  },
  {
    name: 'tl trafficking: libreng plane ticket, hindi na kailangan ng visa',
    kind: 'posting',
    text: 'HIRING! Call center agent sa Thailand, 50,000 pesos kada buwan. Libreng plane ticket at tirahan, hindi na kailangan ng Visa, tourist visa lang. Ipadala ang passport mo sa Telegram @ph_deploy_now',
  },
  {
    name: 'zh trafficking: 境外高薪 包吃包住 机票报销',
    kind: 'posting',
    text: '柬埔寨西港高薪招聘客服，月薪2万起，无需经验，会打字就行，包吃包住，机票报销。有意者飞机联系 @xg_hr88，先发护照照片',
  },
  {
    name: 'sw trafficking: huduma kwa wateja Thailand, tiketi bure, picha ya pasipoti, Telegram',
    kind: 'message',
    text: 'Habari! Kuna nafasi ya huduma kwa wateja Thailand, mshahara $1300, tiketi ya ndege bure na malazi bure. Tuma picha ya pasipoti kupitia Telegram leo.',
  },
  {
    name: 'fr trafficking: conseiller client à Dubaï, vol et visa offerts, passeport sur Telegram',
    kind: 'posting',
    text: 'Recrutement : conseiller client à Dubaï, vol offert, visa offert, logement gratuit, 2 200 USD par mois. Envoyez la photo de votre passeport sur Telegram @dxb_recrutement',
  },
  {
    name: 'ru trafficking: оператор чата в Таиланде, перелёт, фото паспорта в телеграм',
    kind: 'posting',
    text: 'Ищем операторов чата в Таиланде, 1500$ в месяц, перелёт и проживание за счёт компании. Скинь фото паспорта в телеграм @thai_hr_team',
  },
  // (c) upfront fees (DOMAIN.md §1(c)).
  {
    name: 'en fee: refundable registration fee to secure the position',
    kind: 'message',
    text: 'Congratulations, you have been selected for the remote data entry position, $35/hour. To secure your position pay a refundable registration fee of $150 for the training kit today. Reply on WhatsApp.',
  },
  {
    name: 'vi fee: phí hồ sơ, đặt cọc giữ vị trí',
    kind: 'message',
    text: 'Công ty tuyển gấp nhân viên đóng gói tại nhà, lương 12 triệu/tháng. Ứng viên nộp phí hồ sơ 500k và đặt cọc giữ vị trí, tiền đồng phục. Liên hệ Zalo 0987 654 321',
  },
  // (d) fake cheque (DOMAIN.md §1(d)).
  {
    name: 'en cheque: deposit the check, buy equipment from our vendor, send remainder',
    kind: 'message',
    text: 'Welcome aboard! We will mail you a check for $4,850. Deposit the check in your bank, purchase your home-office equipment from our approved vendor, and send the remainder back by Zelle.',
  },
  {
    name: 'en cheque: check mailed, deposit it, pay our vendor by Zelle for equipment',
    kind: 'message',
    text: 'Good news, your check for $3,200 went out in the mail today. Deposit it as soon as it arrives and Zelle $2,700 to our vendor so your home office setup can ship.',
  },
  {
    name: 'en cheque: mystery shopper cheque, keep the fee, send the rest by MoneyGram',
    kind: 'message',
    text: 'As our new mystery shopper you will receive a cheque of $2,000. Deposit it, keep $250 for your time and send the rest via MoneyGram as part of the service evaluation.',
  },
  {
    name: 'es cheque: cheque, deposítelo, el resto al proveedor',
    kind: 'message',
    text: 'Le mandamos su cheque por 3.000 dólares. Deposite el cheque y envíe el resto a nuestro proveedor para comprar su equipo de oficina.',
  },
  // (e) money mule (DOMAIN.md §1(e)).
  {
    name: 'en mule: payment processing agent, receive and transfer, keep 10%',
    kind: 'posting',
    text: 'Work from home as a Payment Processing Agent. Receive customer payments into your personal bank account, transfer the funds to our partners and keep 10% commission. No experience needed. Contact hr.payments.dept@gmail.com',
  },
  {
    name: 'zh mule: 出租银行卡 日结',
    kind: 'message',
    text: '高价收一类银行卡，出租银行卡一天500，日结不压款，安全稳定，有卡的老板私聊 @card_boss',
  },
  // (f) identity harvesting (DOMAIN.md §1(f)).
  {
    name: 'en identity: SSN and bank login before interview',
    kind: 'message',
    text: "You're hired for the remote assistant job! Before your interview please send your SSN, a photo of your driver's license and your online banking login so HR can set up direct deposit.",
  },
  // (g) impersonated recruiter, chat-only interview (DOMAIN.md §1(g)).
  {
    name: 'en impersonation: Teams chat interview, free-mail HR, download app',
    kind: 'message',
    text: 'This is the HR department of Robert Half. Your interview will be a text chat on Telegram, please download the app and add @rh_hiring_manager. Send your details to roberthalf.hr.jobs@outlook.com. Starting pay $45/hour working from home.',
  },
  // (h) "wrong number" opener to crypto mentor (DOMAIN.md §1(h)).
  {
    name: 'en romance: wrong number pivots to crypto mentor on Telegram',
    kind: 'message',
    text: 'Oh sorry, wrong number! But nice to meet you anyway. My uncle is a crypto trading mentor, he helped me earn 30% a week on a trading platform. Add me on Telegram so I can show you, t.me/annie_trades',
  },
  // Other languages, other families.
  {
    name: 'ko task: 고액 미션 포인트 충전',
    kind: 'message',
    text: '유튜브 좋아요 알바, 건당 1000원, 하루 30만원 가능! 고액 미션은 포인트 충전 후 진행, 텔레그램 @mission_kr 로 연락주세요',
  },
  {
    name: 'ar task: مهام بسيطة رسوم تفعيل',
    kind: 'message',
    text: 'فرص عمل جزئي عن بُعد: دخل سريع مقابل مهام بسيطة، اربح 300 دولار يومياً بالإعجاب بالفيديوهات. ادفع رسوم تفعيل 50 USDT لفتح مستوى VIP. تواصل عبر تيليجرام @job_vip_ar',
  },
  {
    name: 'hi task: घर बैठे कमाई, रजिस्ट्रेशन शुल्क',
    kind: 'message',
    text: 'घर बैठे पैसे कमाओ! सिर्फ वीडियो लाइक करके रोज ₹3,000 कमाएं। VIP लेवल के लिए ₹500 रिचार्ज करें। टेलीग्राम पर संपर्क करें @ghar_baithe_job',
  },
];

/** Look-alikes of the rows above that are ordinary (DOMAIN.md / issue 3 "These stay below medium"). */
const ORDINARY: Row[] = [
  { name: 'en: study group telegram', kind: 'message', text: 'send me the Telegram link for the study group t.me/cs101_study' },
  { name: 'en: lost money on crypto', kind: 'message', text: 'I lost money on crypto again, never buying USDT on a whim again lol' },
  {
    name: 'en: congrats on Dubai job',
    kind: 'message',
    text: 'congrats on the Dubai job!! when do you fly? the company pays the flight right?',
  },
  { name: 'en: liked your video', kind: 'message', text: 'I liked your video about the trip, how much did the hotel cost per day?' },
  {
    name: 'en: real relocation ad',
    kind: 'posting',
    text: 'Senior Backend Engineer (Go) – Berlin. We offer a salary of €75,000–€90,000 a year, visa sponsorship and relocation support including flights for you and your family. Interviews: a call with the hiring manager and a technical interview. Apply on our careers page.',
  },
  { name: 'en: split the bill on Venmo', kind: 'message', text: 'I covered the concert tickets, send the rest via Venmo when you can' },
  {
    name: 'en: real Dubai customer service ad',
    kind: 'posting',
    text: 'Customer service team leader, Dubai. Employment visa, annual return flight and housing allowance provided; AED 11,000 a month. Apply on our careers site; we ask for passport details only after the final interview.',
  },
];

const RANK: Record<Risk, number> = { none: 0, low: 1, medium: 2, high: 3 };

describe('obvious scams score high', () => {
  it.each(OBVIOUS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const v = analyze({ text: row.text, kind: row.kind }, pack);
    expect(v.risk, `${v.score} [${v.signals.map((s) => s.id).join(', ')}]`).toBe('high');
  });
  it('has at least 20 rows', () => {
    expect(OBVIOUS.length).toBeGreaterThanOrEqual(20);
  });
});

describe('their everyday look-alikes stay below medium', () => {
  it.each(ORDINARY.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const v = analyze({ text: row.text, kind: row.kind }, pack);
    expect(RANK[v.risk], `${v.risk} ${v.score} [${v.signals.map((s) => s.id).join(', ')}]`).toBeLessThan(RANK.medium);
  });
});

// @vitest-environment node
/**
 * The bundled pack on the two causes of the "warehouse ad" false alarm, generalised (issue 3 "Verdicts":
 * real job ads that mention salaries stay below medium; "other languages"):
 * 1. money signals fire on pay that is OUTSIZED for its period (DOMAIN.md §2 "Pay anomalies"), in any
 *    currency, never on an ordinary wage with a period;
 * 2. terms of one language never fire on an ordinary word of another (false friends): terms of every
 *    language are matched in every text (docs/pack-format.md "Signals"), so each short term must be safe
 *    in all of them.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { bundledPack } from './bundled';

const pack = bundledPack();
const idsOf = (text: string, kind: 'posting' | 'message' = 'message') => analyze({ text, kind }, pack).signals.map((s) => s.id);
const MONEY_SIGNALS = ['context.daily-pay', 'context.pay-amount', 'context.high-pay'];

describe('money signals depend on the amount being outsized for its period', () => {
  it.each([
    '12 USD per hour',
    '$19.50 an hour',
    '£11.44 an hour',
    '15 EUR per hour',
    '€70,000–85,000 per year',
    '18,000 THB per month',
    'PHP 28,000 per month',
    '₹15,000 per month',
    'Rp 5.500.000 per bulan',
    '8 triệu/tháng',
    '月薪6000元',
    '시급 10,030원',
    'KES 25,000 kwa mwezi',
    '₱610 kada araw',
    '8 hours a day',
  ])('an ordinary wage or schedule: %s', (pay) => {
    const ids = idsOf(`Warehouse job, ${pay}, apply on our careers page.`);
    expect(
      ids.filter((id) => MONEY_SIGNALS.includes(id)),
      ids.join(','),
    ).toEqual([]);
  });

  it.each(['earn $300 a day', '500 USD per day', '₱9,000/day', 'Rp 1.500.000 per hari', '일당 50만원', '300 € al día'])(
    'outsized pay: %s',
    (pay) => {
      const ids = idsOf(`Easy job from home, ${pay}.`);
      expect(ids, ids.join(',')).toContain('context.high-pay');
      expect(ids, ids.join(',')).toContain('context.pay-amount');
    },
  );
});

describe('a term of one language does not fire on an ordinary word of another', () => {
  it.each([
    ['task.deposit-amount', 'Warehouse assistant wanted in our local depot, full time, 12 USD per hour.'], // fr dépôt
    ['task.deposit-amount', 'I need a nap, back at 3 pm'], // vi nạp
    ['task.deposit-amount', 'Weka nafasi ya mkutano saa 3 kesho'], // sw weka = book
    ['task.deposit-amount', 'Udlejeren vil have et depositum på 15.000 kr.'], // da depositum
    ['task.deposit', 'Napping after the night shift'], // vi nạp
    ['task.deposit', 'The landlord wants a deposit before we move in'], // id/hi "deposit"
    ['context.urgency', 'mind the gap between the two interviews'], // vi gấp
    ['context.urgency', 'Aku tinggal di kos dekat stasiun, semoga cepat sembuh'], // id tinggal, cepat
    ['context.chat-contact', 'check your inbox, I sent the notes'], // vi inbox
    ['context.chat-contact', 'Bottom line: the new job pays better'], // th "line:"
    ['context.wfh', 'Apply online through our careers page'], // pt/id online
    ['context.earn', 'Kita ketemu di kampus jam 3 ya'], // tl kita = Indonesian "we"
    ['context.daily-pay', 'Daily standup is at 9'], // hi daily
    ['romance.mentor', 'We build a payments platform used by merchants'], // tl platform
    ['cheque.cheque', 'wait a sec, I am on the phone'], // vi séc
    ['mule.account', 'Stripe is hiring engineers for our payment processing team'], // tl payment processing
    ['mule.account', "I'll transfer the rest of the rent to your personal bank account tomorrow"], // en, everyday chat
  ])('%s stays silent on: %s', (id, text) => {
    expect(idsOf(text)).not.toContain(id);
  });

  it.each([
    ['task.deposit-amount', 'Nạp tiền 500k để mở khóa nhiệm vụ VIP'],
    ['task.deposit-amount', 'Weka pesa 5000 kwenye akaunti ili kufungua kazi'],
    ['task.deposit-amount', 'Vous devez faire un dépôt de 100 USDT pour débloquer vos gains'],
    ['context.urgency', 'Tuyển gấp nhân viên, đi làm ngay'],
    ['context.chat-contact', 'inbox me for details'],
  ])('but %s still fires with its context: %s', (id, text) => {
    expect(idsOf(text)).toContain(id);
  });
});

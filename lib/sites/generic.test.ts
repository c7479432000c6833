import { describe, expect, it } from 'vitest';
import type { FoundItem } from './index';
import { findItems } from './index';
import { loadFixture, summary } from './kit/load-fixture';

const FEED_URL = new URL('https://expat-board.example/');
const AD_URL = new URL('https://lokerluar.example/cs-kamboja');

// Reviewed by hand against tests/fixtures/sites/generic-feed.html: job posts from the three feed shapes
// (article, role="feed" children, same-structure list items), without comments nested in a post, the reply
// form, the recipe/football/classified posts that don't talk about work, or the nav/footer lists.
const FEED = [
  {
    kind: 'posting',
    text: 'งานแอดมินต่างประเทศ รายได้ดี\nรับสมัครพนักงานแอดมินทำงานที่เมียวดี เงินเดือน 35,000 บาท บินฟรี ที่พักฟรี Free flight ticket, just send your passport photo to our agent on Telegram: t.me/mw_admin_jobs',
    links: ['https://t.me/mw_admin_jobs'],
    site: 'generic',
  },
  {
    kind: 'posting',
    text: '兼职刷单\n在家兼职，每天只需1小时，日结300-800元！先垫付100元做任务，完成后返还本金加佣金。加微信 abc8899',
    links: [],
    site: 'generic',
  },
  {
    kind: 'posting',
    text: 'We are hiring\nOur café in Chiang Mai is hiring a barista, full-time, 18,000 THB per month plus tips. Apply in person.',
    links: [],
    site: 'generic',
  },
  {
    kind: 'posting',
    text: 'English teacher position\nLanguage school needs a part-time English teacher, 600 THB per hour, work permit provided.',
    links: [],
    site: 'generic',
  },
];

// Reviewed by hand against tests/fixtures/sites/generic-single-ad.html: the main content, without nav,
// aside (an ad) or footer.
const AD = [
  {
    kind: 'posting',
    text: 'Lowongan Kerja Customer Service di Kamboja\nDibutuhkan segera 20 orang customer service untuk perusahaan asing di Phnom Penh. Gaji Rp 15.000.000 per bulan, tiket pesawat dan visa gratis, mess disediakan.\nSyarat: bisa mengetik, usia 18–35, siap berangkat minggu ini. Kirim foto paspor dan KTP ke HR via WhatsApp: +855 12 345 678\nApply now, limited positions! Salary paid monthly, no experience needed.',
    links: ['https://wa.me/85512345678'],
    site: 'generic',
  },
];

describe('generic adapter', () => {
  it('finds exactly the job posts of a feed page', () => {
    expect(findItems(loadFixture('generic-feed.html'), FEED_URL).map(summary)).toEqual(FEED);
  });

  it('reads a single job ad page as one item on <main>', () => {
    const doc = loadFixture('generic-single-ad.html');
    expect(findItems(doc, AD_URL).map(summary)).toEqual(AD);
    expect(findItems(doc, AD_URL)[0]?.element.localName).toBe('main');
  });

  it('finds nothing on a page that is not about work', () => {
    const doc = new DOMParser().parseFromString(
      '<main><h1>Pad thai</h1><p>Soak the noodles, fry the tofu, add tamarind and palm sugar, then toss with peanuts and lime. Serve hot with bean sprouts and chili flakes on the side for everyone.</p></main>',
      'text/html',
    );
    expect(findItems(doc, AD_URL)).toEqual([]);
  });

  it('finds a post appended to the feed, from its subtree', () => {
    const doc = loadFixture('generic-feed.html');
    const card = doc.createElement('div');
    card.innerHTML = '<h3>Urgent</h3><p>Vacancy: data entry from home, salary 500 USD per day</p>';
    doc.querySelector('[role="feed"]')!.append(card);
    expect(findItems(card, FEED_URL).map((i) => i.text)).toEqual(['Urgent\nVacancy: data entry from home, salary 500 USD per day']);
  });

  it('is not used where a site adapter matches', () => {
    const doc = loadFixture('generic-feed.html');
    expect(findItems(doc, new URL('https://web.whatsapp.com/'))).toEqual([]);
  });
});

/** A fixture page and the items it must give, each with a selector for its element in the page. */
interface Expected {
  file: string;
  url: string;
  items: { at: string; item: Record<string, unknown> }[];
}

// Reviewed by hand against tests/fixtures/sites/generic-forum.html. phpBB thread: each post on its own, the mark on the post (div.inner, the one child of div.post), not on the thread or on div.content (the author is a sibling of it). Every reply repeats "Re: Agency jobs…", the page's title: that line alone does not make a reply talk about work, so anna_k's warning and the moderator's note (no work words of their own) are left out; only the lure (p9102) carries its Telegram link.
const FORUM: Expected = {
  file: 'generic-forum.html',
  url: 'https://forum.overseasworkers.example/viewtopic.php?t=2231',
  items: [
    {
      at: '#p9101 > .inner',
      item: {
        kind: 'posting',
        text: 'nurse_mara\nPosts: 3\nJoined: Mon Jan 06, 2025\nAgency jobs in Dubai or Cambodia - anyone tried?\nQuote\nPostby nurse_mara »\nHi all, I am a nurse with 5 years experience and I am looking for a job in Dubai.\nHas anyone here worked with a recruitment agency there? Which ones are licensed?\nTop',
        links: [
          'https://forum.overseasworkers.example/memberlist.php?mode=viewprofile&u=311',
          'https://forum.overseasworkers.example/search.php?author_id=311&sr=posts',
          'https://forum.overseasworkers.example/posting.php?mode=quote&p=9101',
          'https://forum.overseasworkers.example/viewtopic.php?p=9101#p9101',
        ],
        site: 'generic',
      },
    },
    {
      at: '#p9102 > .inner',
      item: {
        kind: 'posting',
        text: 'hr_recruit_asia\nPosts: 1\nJoined: Sun Nov 02, 2025\nRe: Agency jobs in Dubai or Cambodia - anyone tried?\nQuote\nPostby hr_recruit_asia »\nWe are hiring customer service staff for our company in Sihanoukville, Cambodia. Salary 1,500 USD per month, no experience needed, just basic typing.\nFree flight ticket, visa and accommodation provided. Send your passport photo to our HR on Telegram t.me/asia_hr_team today, only 5 seats left.\nGolden Asia Recruitment – we place workers all over Asia\nTop',
        links: [
          'https://forum.overseasworkers.example/memberlist.php?mode=viewprofile&u=977',
          'https://forum.overseasworkers.example/search.php?author_id=977&sr=posts',
          'https://forum.overseasworkers.example/posting.php?mode=quote&p=9102',
          'https://forum.overseasworkers.example/viewtopic.php?p=9102#p9102',
          'https://t.me/asia_hr_team',
        ],
        site: 'generic',
      },
    },
    {
      at: '#p9104 > .inner',
      item: {
        kind: 'posting',
        text: 'lee_ph\nPosts: 27\nRe: Agency jobs in Dubai or Cambodia - anyone tried?\nby lee_ph »\nI went through a licensed agency listed on the government portal. I had a video interview with a hospital in Abu Dhabi, the contract was checked at the labour office, and the salary is paid monthly by the hospital.\nTop',
        links: [
          'https://forum.overseasworkers.example/memberlist.php?mode=viewprofile&u=402',
          'https://forum.overseasworkers.example/search.php?author_id=402&sr=posts',
        ],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-tme-channel.html. t.me/s: one item per div.tgme_widget_message[data-post] (its wrap has it as only child), not the channel history; the service message (no author line, not about work) and the weekend note (its only work word is the channel's name "Jobs Abroad Daily", the page's title) are left out.
const TME: Expected = {
  file: 'generic-tme-channel.html',
  url: 'https://t.me/s/jobs_abroad_daily',
  items: [
    {
      at: '[data-post="jobs_abroad_daily/101"]',
      item: {
        kind: 'posting',
        text: 'Jobs Abroad Daily\n🔥 Urgent hiring! Typing job in Thailand, 35,000 THB/month, free accommodation and air ticket provided. No experience, no interview.\nDM @thai_hr_boss with your passport photo to book your seat.\n1.2K views',
        links: ['https://t.me/jobs_abroad_daily', 'https://t.me/thai_hr_boss', 'https://t.me/jobs_abroad_daily/101'],
        site: 'generic',
      },
    },
    {
      at: '[data-post="jobs_abroad_daily/102"]',
      item: {
        kind: 'posting',
        text: 'Jobs Abroad Daily\nSimple online task: like YouTube videos and earn 150,000 VND per day. Commission paid daily. Top up 500,000 VND to unlock VIP tasks and earn triple. Join our group now!\n980 views',
        links: ['https://t.me/jobs_abroad_daily', 'https://t.me/jobs_abroad_daily/102'],
        site: 'generic',
      },
    },
    {
      at: '[data-post="jobs_abroad_daily/103"]',
      item: {
        kind: 'posting',
        text: "Jobs Abroad Daily\nHotel in Phuket is hiring front desk receptionists: 18,000 THB per month, work permit arranged by the employer, interviews at the hotel. Apply on the hotel's careers page: careers.phuket-bay-hotel.example\n2.4K views",
        links: [
          'https://t.me/jobs_abroad_daily',
          'https://careers.phuket-bay-hotel.example/jobs/front-desk',
          'https://t.me/jobs_abroad_daily/103',
        ],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-reddit.html. Reddit: the post the comments answer, then each comment that talks about work; the task-scam reply nested in careful_hr's comment is its own item, and careful_hr's item has neither its text nor its t.me link. The two comments not about work and the sidebar are left out.
const REDDIT: Expected = {
  file: 'generic-reddit.html',
  url: 'https://www.reddit.com/r/jobs/comments/1gq7x2z/is_this_remote_job_legit/',
  items: [
    {
      at: 'shreddit-post',
      item: {
        kind: 'posting',
        text: 'r/jobs•anxious_grad\nIs this remote job legit?\nA "recruiter" messaged me on WhatsApp about a remote data entry job at $45 per hour. They want to mail me a cheque so I can buy equipment from their vendor before my first day.\nI really need the income. Is this normal for remote jobs?',
        links: ['https://www.reddit.com/r/jobs/', 'https://www.reddit.com/user/anxious_grad/'],
        site: 'generic',
      },
    },
    {
      at: '[thingid="t1_lx0a1"]',
      item: {
        kind: 'posting',
        text: 'careful_hr•\nThat\'s the fake cheque scam. They send a cheque, you pay their "vendor", and a week later the cheque bounces. No real employer works like this.',
        links: ['https://www.reddit.com/user/careful_hr/'],
        site: 'generic',
      },
    },
    {
      at: '[thingid="t1_lx0b7"]',
      item: {
        kind: 'posting',
        text: 'quick_cash_jobs•\nIf you want a real remote job, my company is hiring now: earn 300 USD a day with simple online tasks, no interview. Small deposit to activate your account. Message me on Telegram t.me/quickcash_hr',
        links: ['https://www.reddit.com/user/quick_cash_jobs/', 'https://t.me/quickcash_hr'],
        site: 'generic',
      },
    },
    {
      at: '[thingid="t1_lx0c2"]',
      item: {
        kind: 'posting',
        text: 'tired_recruiter•\nRecruiter here. A real company runs a proper interview, sends a written offer, and never asks you to buy anything before your first day. Report the account and block it.',
        links: ['https://www.reddit.com/user/tired_recruiter/'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-classifieds.html. OLX-like grid: the vacancy cards (hashed classes, shared by every card), not the bicycle and sofa cards, the ad slot or the pagination.
const CLASSIFIEDS: Expected = {
  file: 'generic-classifieds.html',
  url: 'https://www.olx.pl/praca/',
  items: [
    {
      at: '[id="901233401"] > div',
      item: {
        kind: 'posting',
        text: 'Warehouse packer, day shift\nSalary 5 000 – 6 000 zł / month gross\nWarszawa, Bemowo - Today 09:12',
        links: ['https://www.olx.pl/d/oferta/warehouse-packer-day-shift-CID4-ID10AbCd.html'],
        site: 'generic',
      },
    },
    {
      at: '[id="901233402"] > div',
      item: {
        kind: 'posting',
        text: 'Online typing job from home – earn 900 zł per day, no experience\nRegistration fee 99 zł, then start today. WhatsApp +48 500 123 456\nKraków - Today 08:47',
        links: ['https://www.olx.pl/d/oferta/online-typing-job-from-home-CID4-ID10EfGh.html'],
        site: 'generic',
      },
    },
    {
      at: '[id="901233404"] > div',
      item: {
        kind: 'posting',
        text: 'Delivery driver with own car, part-time evenings\n35 zł per hour, contract of mandate\nGdańsk - Yesterday 16:02',
        links: ['https://www.olx.pl/d/oferta/delivery-driver-part-time-CID4-ID10MnOp.html'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-craigslist-ad.html. Craigslist: one ad, one item on the page's content (no <main>: the body), without the footer; the three alike attribute rows are too short to be posts.
const CRAIGSLIST: Expected = {
  file: 'generic-craigslist-ad.html',
  url: 'https://sfbay.craigslist.org/sby/ofc/d/san-jose-personal-assistant/7791234567.html',
  items: [
    {
      at: 'body',
      item: {
        kind: 'posting',
        text: "SF bay area\njobs\nadmin / office\nPosted\nPersonal assistant needed - $500 weekly - remote (san jose)\ncompensation: $500 weekly\nemployment type: part-time\njob title: personal assistant\nQR Code Link to This Post\nI am a busy businessman travelling overseas and I need a reliable personal assistant to run errands for me, about 10 hours a week. Pay is $500 weekly.\nYour first task: I will mail you a cashier's check, you deposit it, keep your salary and send the rest by gift cards or Zelle to my supplier. No interview needed.\nText me your full name, address and cell number at (408) 555-0199 to get started today.\nprincipals only. recruiters, please don't contact this job poster.\npost id: 7791234567\nposted:",
        links: ['https://sfbay.craigslist.org/', 'https://sfbay.craigslist.org/search/jjj', 'https://sfbay.craigslist.org/search/ofc'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-wp-jobboard.html. WP Job Manager: the three listings of the [jobs] list (the page's <article> is only their wrapper), not the sidebar widget's titles.
const WP_JOBS: Expected = {
  file: 'generic-wp-jobboard.html',
  url: 'https://cmjobs.example/jobs/',
  items: [
    {
      at: 'main li.post-341',
      item: {
        kind: 'posting',
        text: 'Online data entry – earn $300/day\nGlobal Task Co Pay a small activation deposit, then contact our mentor on Telegram @gtc_mentor\nAnywhere\nFreelance',
        links: ['https://cmjobs.example/job/online-data-entry-earn-300-day/'],
        site: 'generic',
      },
    },
    {
      at: 'main li.post-322',
      item: {
        kind: 'posting',
        text: 'Marketing intern (3 months)\nLanna Travel Co., Ltd. Small tour operator in the old city\nChiang Mai, Thailand\nInternship',
        links: ['https://cmjobs.example/job/marketing-intern/'],
        site: 'generic',
      },
    },
    {
      at: 'main li.post-310',
      item: {
        kind: 'posting',
        text: 'Barista\nCafé Lanna Specialty coffee since 2012\nNimman, Chiang Mai\nFull Time',
        links: ['https://cmjobs.example/job/barista/'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-chat-widget.html. Web chat: each message that talks about work, as a message (nine alike .message siblings without links: a chat); small talk and the composer's draft are left out.
const CHAT: Expected = {
  file: 'generic-chat-widget.html',
  url: 'https://chat.expatbkk.example/room/general',
  items: [
    {
      at: '[data-id="m3"]',
      item: { kind: 'message', text: 'anna Bangkok, Ari. Looking for part time work on weekends', links: [], site: 'generic' },
    },
    {
      at: '[data-id="m4"]',
      item: { kind: 'message', text: 'HR_Lisa Hello dear, we are hiring online assistants, 300 USD a day', links: [], site: 'generic' },
    },
    {
      at: '[data-id="m5"]',
      item: { kind: 'message', text: 'HR_Lisa Salary paid daily, just pay the 50 USD deposit to activate', links: [], site: 'generic' },
    },
    {
      at: '[data-id="m7"]',
      item: { kind: 'message', text: 'tom Is the library on Phahon Yothin still hiring weekend staff?', links: [], site: 'generic' },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-discourse.html. Discourse topic: one item per post (article#post_N), the topic title block above the stream is not one; the meetup reply (no work words) is left out. Known gap: the reply njeri_k opened inline under post #2 (section.embedded-posts, a lone div.reply) stays part of post #2's text.
const DISCOURSE: Expected = {
  file: 'generic-discourse.html',
  url: 'https://devke.example/t/hiring-junior-react-developer-nairobi-or-remote/4821',
  items: [
    {
      at: '#post_1',
      item: {
        kind: 'posting',
        text: 'Otieno Odhiambootieno_cto\n2d\nWe are a 14-person fintech in Westlands hiring a junior React developer. Full-time, hybrid (two days in the office) or remote within Kenya.\nSalary KSh 120,000 – 160,000 per month gross, NHIF and NSSF, 21 days leave\n6 months of React or React Native, some TypeScript\nTwo interviews: a 30-minute call and a paired coding session in the office\nApply through our careers page: careers.pesaflow.example/jobs/junior-react. We never charge applicants anything.',
        links: [
          'https://devke.example/u/otieno_cto',
          'https://devke.example/t/hiring-junior-react-developer-nairobi-or-remote/4821/1',
          'https://careers.pesaflow.example/jobs/junior-react',
        ],
        site: 'generic',
      },
    },
    {
      at: '#post_2',
      item: {
        kind: 'posting',
        text: 'amara.hr\n2d\nNot a React role but for anyone still job hunting: our AI company needs data annotators, fully remote, $45 per hour, only 2 hours a day, no experience needed, we train you.\nYou pay a one-time training fee of $60 which is refunded with your first salary. Message our team lead on Telegram t.me/annotate_team_lead — only 10 slots left this week!\nnjeri_k\nCareful everyone: a job that charges a "training fee" and moves you to Telegram is the classic task scam. The Kenyan DCI warned about exactly this.',
        links: [
          'https://devke.example/u/amara.hr',
          'https://devke.example/t/hiring-junior-react-developer-nairobi-or-remote/4821/2',
          'https://t.me/annotate_team_lead',
          'https://devke.example/u/njeri_k',
        ],
        site: 'generic',
      },
    },
    {
      at: '#post_3',
      item: {
        kind: 'posting',
        text: 'njeri_k\n2d\nCareful everyone: a job that charges a "training fee" and moves you to Telegram is the classic task scam. The Kenyan DCI warned about exactly this. Real employers pay you, you never pay them. Flagged the post.',
        links: ['https://devke.example/u/njeri_k', 'https://devke.example/t/hiring-junior-react-developer-nairobi-or-remote/4821/3'],
        site: 'generic',
      },
    },
    {
      at: '#post_5',
      item: {
        kind: 'posting',
        text: 'moderator_achieng\n1d\nPost #2 hidden and the account suspended. Reminder: job posts in this category must name the employer and link to an application page; recruiters who ask for fees are banned.',
        links: [
          'https://devke.example/u/moderator_achieng',
          'https://devke.example/t/hiring-junior-react-developer-nairobi-or-remote/4821/5',
        ],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-vk-wall.html. VK wall: each wall post (its _post_content, the one child of div._post) without its comments, and each comment that talks about work as its own item, the nested reply (in .replies_list_deep) apart from the comment it answers. The community cover above the wall, the warning comment without work words and the greeting post are left out.
const VK_WALL: Expected = {
  file: 'generic-vk-wall.html',
  url: 'https://vk.com/rabota_bishkek',
  items: [
    {
      at: '#post-71234567_9001 > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Работа в Бишкеке | Вакансии\nсегодня в 10:12\n🔥 Срочно! Требуются операторы чата со знанием английского языка для работы в Таиланде. Зарплата от 2000$ в месяц + бонусы, опыт не нужен, всему обучим. Перелёт, виза и проживание за счёт компании, выезд на этой неделе. Пишите в Телеграм @hr_asia_jobs, при себе иметь загранпаспорт.\n1.9K',
        links: ['https://vk.com/wall-71234567_9001', 'https://t.me/hr_asia_jobs'],
        site: 'generic',
      },
    },
    {
      at: '#post-71234567_9004',
      item: {
        kind: 'posting',
        text: 'Айзада Касымова\nА какая работа? Я знаю английский на среднем уровне, учусь на втором курсе. Можно на каникулы?\nсегодня в 11:40',
        links: ['https://vk.com/wall-71234567_9001?reply=9004'],
        site: 'generic',
      },
    },
    {
      at: '#post-71234567_9005 > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Работа в Бишкеке | Вакансии\nАйзада, работа в онлайн-продажах, клиенты из Европы, график 12 часов. Билеты оплачивает компания. Напишите менеджеру в WhatsApp +66 92 555 0148, там всё расскажут про оформление.\nсегодня в 11:52',
        links: ['https://vk.com/rabota_bishkek', 'https://vk.com/aizada.k', 'https://vk.com/wall-71234567_9001?reply=9005'],
        site: 'generic',
      },
    },
    {
      at: '#post-71234567_8990 > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Работа в Бишкеке | Вакансии\nвчера в 18:30\nВакансия: бухгалтер в торговую компанию (Бишкек, мкр. Джал). Опыт работы от 2 лет, знание 1С. Зарплата 45 000 – 55 000 сом, официальное оформление по Трудовому кодексу, соцпакет. Резюме на hr@tdk-trade.kg или по тел. +996 312 55 44 33, собеседование в офисе.',
        links: ['https://vk.com/rabota_bishkek', 'https://vk.com/wall-71234567_8990'],
        site: 'generic',
      },
    },
    {
      at: '#post-71234567_8977 > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Работа в Бишкеке | Вакансии\nвчера в 09:15\n❗ Внимание: МВД предупреждает. Участились случаи, когда молодых людей приглашают на «работу» операторами и переводчиками в Таиланд с высокой зарплатой, а затем незаконно перевозят в Мьянму и Камбоджу, где отбирают паспорта и заставляют заниматься мошенничеством. Проверяйте работодателя, не отправляйте фото паспорта незнакомцам. Горячая линия по торговле людьми: 189.\nМВД Кыргызской Республики',
        links: ['https://vk.com/rabota_bishkek', 'https://vk.com/wall-71234567_8977', 'https://vk.com/mvd_kg'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-pantip-thread.html. Pantip: the opening post, then each comment (div.display-post-wrapper) that talks about work, its sub-comments apart (comment-1's text has neither the warning 1-1 nor 1-2); the weather comment is left out.
const PANTIP: Expected = {
  file: 'generic-pantip-thread.html',
  url: 'https://pantip.com/topic/43128876',
  items: [
    {
      at: '#main-post',
      item: {
        kind: 'posting',
        text: 'งานแอดมินออนไลน์ที่กัมพูชา เงินเดือนสามหมื่นห้า น่าเชื่อถือไหมคะ\nสวัสดีค่ะ พอดีมีคนทักมาทางเฟซบุ๊กชวนไปทำงานแอดมินออนไลน์ที่ปอยเปต กัมพูชา บอกว่าเงินเดือน 35,000 บาท ไม่ต้องมีประสบการณ์ มีที่พักให้\nเราเพิ่งเรียนจบ ยังหางานไม่ได้ ที่บ้านก็ลำบาก อยากถามว่ามีใครเคยไปทำแบบนี้ไหมคะ ปลอดภัยหรือเปล่า\nหางานกัมพูชา\n12\nสมาชิกหมายเลข 77312004 มีนาคม 69 10:12:00 น.',
        links: [
          'https://pantip.com/tag/%E0%B8%AB%E0%B8%B2%E0%B8%87%E0%B8%B2%E0%B8%99',
          'https://pantip.com/tag/%E0%B8%81%E0%B8%B1%E0%B8%A1%E0%B8%9E%E0%B8%B9%E0%B8%8A%E0%B8%B2',
          'https://pantip.com/profile/7731200',
        ],
        site: 'generic',
      },
    },
    {
      at: '#comment-1',
      item: {
        kind: 'posting',
        text: 'ความคิดเห็นที่ 1\nสนใจทำงานแอดมินตอบแชทลูกค้า ที่ปอยเปต รายได้ 35,000 บาท/เดือน + คอมมิชชั่น มีที่พักและอาหารให้ฟรี รถรับส่งข้ามด่านให้ ไม่ต้องใช้วีซ่า พาสปอร์ตทางเราทำให้ รับด่วน 10 ตำแหน่ง แอดไลน์ @admin.pp99 ได้เลยค่ะ\nHR Asia Job4 มีนาคม 69 10:40:12 น.',
        links: ['https://pantip.com/profile/8012345'],
        site: 'generic',
      },
    },
    {
      at: '#comment-1-2',
      item: {
        kind: 'posting',
        text: 'ความคิดเห็นที่ 1-2\nไอดีนี้เพิ่งสมัครวันนี้ รีพอร์ตแล้วค่ะ\nสมาชิกหมายเลข 6630002',
        links: ['https://pantip.com/profile/6630002'],
        site: 'generic',
      },
    },
    {
      at: '#comment-2',
      item: {
        kind: 'posting',
        text: 'ความคิดเห็นที่ 2\nถ้าอยากได้งานตอบแชทจริงๆ ตอนนี้ธนาคารกรุงไทยเปิดรับพนักงาน Contact Center ที่กรุงเทพฯ เงินเดือนเริ่ม 18,000 บาท มีประกันสังคม สมัครผ่านเว็บไซต์ของธนาคารเท่านั้น ไม่มีค่าใช้จ่ายใดๆ\nสมาชิกหมายเลข 4410003',
        links: ['https://pantip.com/profile/4410003'],
        site: 'generic',
      },
    },
    {
      at: '#comment-3',
      item: {
        kind: 'posting',
        text: 'ความคิดเห็นที่ 3\nกระทรวงการต่างประเทศเตือนแล้วค่ะ ประกาศรับสมัครงานที่เมียวดี ปอยเปต สีหนุวิลล์ ที่บอกว่าเงินดี ไม่ต้องมีประสบการณ์ ส่วนใหญ่เป็นการหลอกไปทำงานแก๊งออนไลน์ ตรวจสอบกับกรมการจัดหางานก่อนทุกครั้ง\nสมาชิกหมายเลข 3310004',
        links: ['https://pantip.com/profile/3310004'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-blogger-post.html. Blogger: the post (div.post.hentry, the lead post above the comments) and each comment (li.comment) that talks about work, replies apart from the comment they answer; the header, sidebar and footer are left out.
const BLOGGER: Expected = {
  file: 'generic-blogger-post.html',
  url: 'https://nafasizakazike.blogspot.com/2026/03/nafasi-za-kazi-thailand.html',
  items: [
    {
      at: '.post.hentry',
      item: {
        kind: 'posting',
        text: 'NAFASI ZA KAZI THAILAND – CUSTOMER SERVICE (MSHAHARA $1,200)\nKampuni kubwa ya kimataifa iliyoko Bangkok, Thailand inatafuta vijana 30 wa kazi ya customer service na data entry.\nMshahara: USD 1,200 kwa mwezi + bonus\nSifa: Kidato cha nne au zaidi, kujua Kiingereza na kuandika kwenye kompyuta. Hakuna uzoefu unaohitajika.\nFaida: Tiketi ya ndege bure, viza na malazi yanalipwa na kampuni.\nAda ya usajili ni Ksh 25,000 tu kupitia M-Pesa, inarudishwa baada ya mshahara wa kwanza. Safari ni tarehe 15 mwezi huu.\nTuma CV na picha ya pasipoti kwa WhatsApp: 0700 123 456. Nafasi ni chache, tuma leo!\nPosted by Admin at 08:00\nLabels: Abroad Jobs',
        links: [
          'https://wa.me/254700123456',
          'https://www.blogger.com/profile/0912',
          'https://nafasizakazike.blogspot.com/2026/03/nafasi-za-kazi-thailand.html',
          'https://nafasizakazike.blogspot.com/search/label/Abroad%20Jobs',
        ],
        site: 'generic',
      },
    },
    {
      at: '#c7790',
      item: {
        kind: 'posting',
        text: 'AdminMarch 3, 2026 at 11:20 AM\nFaith lipa ada ya Ksh 25,000 kwa M-Pesa leo ili nafasi yako ihifadhiwe, kisha tutakutumia tiketi. Wasiliana na HR WhatsApp 0700 123 456.',
        links: [
          'https://www.blogger.com/profile/0912',
          'https://nafasizakazike.blogspot.com/2026/03/nafasi-za-kazi-thailand.html?showComment=1772523600000#c7790',
        ],
        site: 'generic',
      },
    },
    {
      at: '#c7795',
      item: {
        kind: 'posting',
        text: 'Samuel K.March 3, 2026 at 12:20 PM\nFaith usilipe! Ubalozi wa Kenya Bangkok umeonya: hakuna kazi halali za customer service zinazotolewa kwa njia hii, watu wanapelekwa Myanmar kufanya utapeli.',
        links: [
          'https://www.blogger.com/profile/2222',
          'https://nafasizakazike.blogspot.com/2026/03/nafasi-za-kazi-thailand.html?showComment=1772527200000#c7795',
        ],
        site: 'generic',
      },
    },
    {
      at: '#c7802',
      item: {
        kind: 'posting',
        text: 'Brian OtienoMarch 3, 2026 at 1:20 PM\nAsante admin kwa kazi nzuri ya kutuletea nafasi hizi za ajira kila siku.',
        links: [
          'https://www.blogger.com/profile/3333',
          'https://nafasizakazike.blogspot.com/2026/03/nafasi-za-kazi-thailand.html?showComment=1772530800000#c7802',
        ],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-news-comments.html. News story + wpDiscuz comments: the story (its <article>) and each comment that talks about work, nested replies apart (the lure's item has neither Mercy's nor Otieno's reply); comments without work words are left out.
const NEWS_COMMENTS: Expected = {
  file: 'generic-news-comments.html',
  url: 'https://dailycourier.example/news/rescued-kenyans-myanmar/',
  items: [
    {
      at: '#post-88123',
      item: {
        kind: 'posting',
        text: 'Rescued Kenyans recount life in Myanmar scam compounds\nBy Wanjiru Mwangi\nForty-one Kenyans who were rescued from scam compounds in Myawaddy, Myanmar, landed at JKIA on Tuesday. Most had answered online adverts for customer care and data entry jobs in Thailand that promised salaries of up to USD 1,200 a month, free air tickets and accommodation.\nOn arrival in Bangkok, they said, agents drove them to the border town of Mae Sot and across the river, where their passports were taken and they were forced to run online investment scams for up to 16 hours a day.\nThe State Department for Diaspora Affairs said there are no legitimate jobs for Kenyans in the Golden Triangle area and urged job seekers to verify overseas offers with the National Employment Authority before paying any agent or travelling.',
        links: ['https://dailycourier.example/author/wanjiru'],
        site: 'generic',
      },
    },
    {
      at: '#wpd-comm-5101_0',
      item: {
        kind: 'posting',
        text: 'Agent Brian\n2 hours ago\nNot all jobs abroad are fake. We have genuine customer service jobs in Bangkok, salary USD 1,500, ticket and visa paid by the employer, no experience needed. Send your CV and passport copy to WhatsApp +254 733 111 999, interviews this week.\n-14',
        links: [],
        site: 'generic',
      },
    },
    {
      at: '#wpd-comm-5106_5104 > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Otieno\n40 minutes ago\nPole sana Mercy. Real agencies are on the NEA list, check before paying any fee for a job abroad.',
        links: [],
        site: 'generic',
      },
    },
    {
      at: '#wpd-comm-5102_0',
      item: {
        kind: 'posting',
        text: 'Kevin O.\n2 hours ago\nSad story. Where can young people find real jobs then? I have a diploma in IT and I have been applying for two years.',
        links: [],
        site: 'generic',
      },
    },
    {
      at: '#wpd-comm-5105_5102 > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Achieng\n1 hour ago\nKevin, try the Ajira Digital programme and the county ICT internships; they pay a stipend and never ask for money.',
        links: [],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-brightermonday-list.html. Job board results: one item per result card (the card's inner div, the one child of the data-cy card), not the filters, the pagination or the footer's safety note.
const BRIGHTERMONDAY_LIST: Expected = {
  file: 'generic-brightermonday-list.html',
  url: 'https://www.brightermonday.co.ke/jobs',
  items: [
    {
      at: '#listings > div:nth-child(1) > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Online Data Entry – $500/day, no experience\nGlobal Remote Tasks\nNew\nRemote (Work From Home)Part TimeUSD500 per day\nJob function: Data, Business Analysis and AI\nEarn from home today. Apply on Telegram @remote_tasks_hr\n2 hours ago',
        links: ['https://www.brightermonday.co.ke/listings/online-data-entry-500-per-day-x8k2p1'],
        site: 'generic',
      },
    },
    {
      at: '#listings > div:nth-child(2) > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Customer Care Agents – Bangkok, Thailand\nAsia Pacific Manpower Ltd\nFeatured\nOutside KenyaFull TimeUSD1,200 - 1,500\nJob function: Customer Service & Support\nFree air ticket, visa and accommodation. No experience needed, basic English and typing. Send CV and passport copy on WhatsApp +66 81 234 5678. Travel within 2 weeks.\n5 hours ago',
        links: ['https://www.brightermonday.co.ke/listings/customer-care-agents-thailand-q7m3z2'],
        site: 'generic',
      },
    },
    {
      at: '#listings > div:nth-child(3) > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Customer Experience Associate\nSafaricom PLC\nNairobiFull TimeKSh50,000 - 75,000\nJob function: Customer Service & Support\nHandle customer queries across voice, chat and social media, shifts including weekends. Diploma required, fluent Kiswahili and English.\n1 day ago',
        links: ['https://www.brightermonday.co.ke/listings/customer-experience-associate-safaricom-r1t9v4'],
        site: 'generic',
      },
    },
    {
      at: '#listings > div:nth-child(4) > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Programme Officer – Counter-Trafficking (Migrant Protection)\nHAART Kenya\nNairobiContractKSh180,000 - 220,000\nJob function: Community & Social Services\nSupport Kenyans returned from scam compounds in Myanmar and Cambodia, run awareness sessions on fake overseas jobs, and work with the State Department for Diaspora Affairs.\n2 days ago',
        links: ['https://www.brightermonday.co.ke/listings/anti-trafficking-programme-officer-k2d8s0'],
        site: 'generic',
      },
    },
    {
      at: '#listings > div:nth-child(5) > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Registered Nurses – Saudi Arabia (Government Programme)\nNational Employment Authority\nOutside KenyaFull TimeSAR7,000 - 9,000\nJob function: Medical & Pharmaceutical\nGovernment-to-government placement: employer pays the flight and visa, contracts attested at the Ministry of Labour. Apply only on the NEA portal; no fees are charged.\n3 days ago',
        links: ['https://www.brightermonday.co.ke/listings/registered-nurse-saudi-arabia-mohap-b4n6c1'],
        site: 'generic',
      },
    },
    {
      at: '#listings > div:nth-child(6) > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'Accounts Assistant\nBahari Logistics Ltd\nMombasaFull TimeKSh40,000 - 55,000\nJob function: Accounting, Auditing & Finance\nCPA Section II, two years in a logistics or clearing firm, iTax and QuickBooks.\n3 days ago',
        links: ['https://www.brightermonday.co.ke/listings/accounts-assistant-mombasa-h3j5k7'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-brightermonday-job.html. Job detail: the ad (article.job__details) as one item, and each similar-jobs card (short, but each links to its listing) as its own item; the card tags have no spaces between them in the markup ("NairobiFull Time"): the prefilter still reads "Full Time".
const BRIGHTERMONDAY_JOB: Expected = {
  file: 'generic-brightermonday-job.html',
  url: 'https://www.brightermonday.co.ke/listings/digital-marketing-executive-laos-z9x8c7',
  items: [
    {
      at: 'article.job__details',
      item: {
        kind: 'posting',
        text: 'Digital Marketing Executive – Laos\nStar Horizon Recruitment\nOutside KenyaFull TimeUSD1,000 - 1,500\nJob function: Marketing & Communications · Posted 4 hours ago\nJob summary\nWe are recruiting young graduates for a fast-growing online marketing company in the Golden Triangle Special Economic Zone, Laos.\nJob descriptions & requirements\nChat with foreign customers online and promote investment products\nTyping speed of 30 words per minute, basic English, age 20–32\nNo experience needed, full training provided\nSalary USD 1,000 – 1,500 per month plus commission. Free air ticket, visa on arrival and accommodation in the company hostel. Pay a processing fee of KSh 45,000 to our agent before travel; the fee is refunded after your first month.\nNafasi ni chache! Tuma nakala ya pasipoti yako kwa WhatsApp +254 711 000 222 leo ili uhifadhi nafasi yako. Safari ni wiki ijayo.',
        links: [
          'https://www.brightermonday.co.ke/company/star-horizon-recruitment',
          'https://www.brightermonday.co.ke/jobs/laos',
          'https://www.brightermonday.co.ke/jobs/full-time',
        ],
        site: 'generic',
      },
    },
    {
      at: '.md\\:w-4\\/12 > [data-cy="listing-cards-components"]:nth-of-type(1) > div',
      item: {
        kind: 'posting',
        text: 'Marketing Officer\nTwiga Foods\nNairobiFull TimeKSh 90,000 - 120,000',
        links: ['https://www.brightermonday.co.ke/listings/marketing-officer-nairobi-p2q3r4'],
        site: 'generic',
      },
    },
    {
      at: '.md\\:w-4\\/12 > [data-cy="listing-cards-components"]:nth-of-type(2) > div',
      item: {
        kind: 'posting',
        text: 'Digital Marketing Intern\nLake Basin Media\nKisumuInternshipKSh 20,000 stipend',
        links: ['https://www.brightermonday.co.ke/listings/digital-marketing-intern-kisumu-s5t6u7'],
        site: 'generic',
      },
    },
    {
      at: '.md\\:w-4\\/12 > [data-cy="listing-cards-components"]:nth-of-type(3) > div',
      item: {
        kind: 'posting',
        text: 'Brand Manager, Beverages\nEast African Breweries\nNairobiFull TimeConfidential',
        links: ['https://www.brightermonday.co.ke/listings/brand-manager-nairobi-v8w9x0'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-jiji-jobs.html. Jiji grid: one item per card (the gallery item around the card's one big <a>: a warning inside a link would join its name), the Swahili ones included (kazi, mshahara); the banner slot and the footer's safety tips are not items.
const JIJI: Expected = {
  file: 'generic-jiji-jobs.html',
  url: 'https://jiji.co.ke/nairobi/jobs',
  items: [
    {
      at: '.b-list-advert__gallery > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'VIP\nKSh 6,000\nKazi ya online, lipwa Ksh 6,000 kwa siku\nHakuna uzoefu. Like na share posts tu. Jiunge Telegram @kazi_online_ke\nNairobi Central',
        links: ['https://jiji.co.ke/nairobi-central/online-jobs/kazi-ya-online-lipwa-ksh-6000-kwa-siku-bBx3.html'],
        site: 'generic',
      },
    },
    {
      at: '.b-list-advert__gallery > div:nth-child(2)',
      item: {
        kind: 'posting',
        text: 'KSh 150,000\nCustomer Care Jobs in Thailand – Free Ticket & Visa\nAgency fee 30k only. Travel in 2 weeks. WhatsApp 0722 000 111\nNairobi Central',
        links: ['https://jiji.co.ke/nairobi-central/customer-service-jobs/customer-care-thailand-free-ticket-cV9a.html'],
        site: 'generic',
      },
    },
    {
      at: '.b-list-advert__gallery > div:nth-child(3)',
      item: {
        kind: 'posting',
        text: 'KSh 35,000\nSales Executive – Real Estate\nBasic salary plus commission, diploma in sales or marketing, own smartphone.\nWestlands',
        links: ['https://jiji.co.ke/westlands/sales-jobs/sales-executive-real-estate-dD2k.html'],
        site: 'generic',
      },
    },
    {
      at: '.b-list-advert__gallery > div:nth-child(5)',
      item: {
        kind: 'posting',
        text: 'KSh 18,000\nSecurity Guards Wanted – Night Shift\nCertificate of good conduct and national ID required. Interviews at our Embakasi office.\nEmbakasi',
        links: ['https://jiji.co.ke/embakasi/security-jobs/security-guards-wanted-eE4m.html'],
        site: 'generic',
      },
    },
    {
      at: '.b-list-advert__gallery > div:nth-child(6)',
      item: {
        kind: 'posting',
        text: 'TOP\n$300\nData Entry Clerk – $300/day\nRegistration fee Ksh 1,500 to activate your account.\nNairobi Central',
        links: ['https://jiji.co.ke/nairobi-central/online-jobs/data-entry-clerk-usd-300-day-fF6n.html'],
        site: 'generic',
      },
    },
    {
      at: '.b-list-advert__gallery > div:nth-child(7)',
      item: {
        kind: 'posting',
        text: 'KSh 22,000\nWahudumu wa Hoteli (Waiters & Waitresses)\nMshahara Ksh 22,000 kwa mwezi, chakula na sare. Njoo na CV Kilimani.\nKilimani',
        links: ['https://jiji.co.ke/kilimani/hotel-jobs/waiters-waitresses-gG8p.html'],
        site: 'generic',
      },
    },
    {
      at: '.b-list-advert__gallery > div:nth-child(8)',
      item: {
        kind: 'posting',
        text: 'KSh 1,800\nTaxi Driver Needed, KSh 1,800 per day\nValid PSV licence, 3 years experience, car provided by the owner.\nNairobi Central',
        links: ['https://jiji.co.ke/nairobi-central/driver-jobs/uber-driver-hH0q.html'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-mastodon.html. Mastodon: one item per status (the role=feed <article>), the boosted NGO warning included; the sunset post is left out.
const MASTODON: Expected = {
  file: 'generic-mastodon.html',
  url: 'https://mastodon.ph/home',
  items: [
    {
      at: '[data-id="113000000000000101"]',
      item: {
        kind: 'posting',
        text: "🌐\nJobs PH Abroad @jobsphabroad\nHiring na! Customer Service Representative sa Cambodia 🇰🇭 Sahod $1,000 kada buwan, libreng plane ticket at tirahan. Hindi na kailangan ng visa, tourist lang. Walang experience, basta marunong mag-type sa English.\nDeployment next week, 5 slots na lang! I-DM si Ma'am Joy sa Telegram: https://t.me/joy_hr_recruit #hiring",
        links: [
          'https://mastodon.ph/@jobsphabroad/113000000000000101',
          'https://mastodon.ph/@jobsphabroad',
          'https://t.me/joy_hr_recruit',
          'https://mastodon.ph/tags/hiring',
        ],
        site: 'generic',
      },
    },
    {
      at: '[data-id="113000000000000102"]',
      item: {
        kind: 'posting',
        text: '🔁\nMaria dela Cruz boosted\nIJM Philippines @ijm_ph@social.example.org\nWarning: "CSR jobs" in Cambodia and Myanmar offering free tickets and no visa are how trafficking syndicates recruit Filipinos into scam hubs. Legit overseas jobs go through a DMW-licensed agency and a work visa. Check the agency at dmw.gov.ph and report illegal recruiters to 1343.',
        links: [
          'https://mastodon.ph/@maria_dc',
          'https://social.example.org/@ijm_ph/113000000000000090',
          'https://social.example.org/@ijm_ph',
        ],
        site: 'generic',
      },
    },
    {
      at: '[data-id="113000000000000103"]',
      item: {
        kind: 'posting',
        text: "Bayani Contact Solutions @bayanicx\nWe're hiring 40 customer service associates for our Cebu IT Park site. ₱22,000–26,000 a month plus night differential, HMO from day one. Walk-in interviews Mon–Fri 9am–3pm, or apply at https://careers.bayanicx.example/cebu. We never charge applicants.",
        links: [
          'https://mastodon.ph/@bayanicx/113000000000000103',
          'https://mastodon.ph/@bayanicx',
          'https://careers.bayanicx.example/cebu',
        ],
        site: 'generic',
      },
    },
    {
      at: '[data-id="113000000000000104"]',
      item: {
        kind: 'posting',
        text: 'Paolo R. @paolo_r\n@bayanicx I work the night shift there, the job is legit. Training is paid and the salary comes on the 15th and 30th.',
        links: ['https://mastodon.ph/@paolo_r/113000000000000104', 'https://mastodon.ph/@paolo_r', 'https://mastodon.ph/@bayanicx'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-carousell-grid.html. Carousell (div soup, hashed classes): one item per job card (the card's inner div), not the laptop card, the header or the load-more button.
const CAROUSELL: Expected = {
  file: 'generic-carousell-grid.html',
  url: 'https://www.carousell.com.my/categories/jobs-1177/',
  items: [
    {
      at: '[data-testid="listing-card-1390012001"] > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'kerja_luar_negara\n1 hour ago\nAdmin Online Kemboja – Gaji RM8,000, Tiket & Visa Percuma\nRM8,000\nTiada pengalaman. WhatsApp 011-2345 6789',
        links: [
          'https://www.carousell.com.my/u/kerja_luar_negara/',
          'https://www.carousell.com.my/p/admin-online-kemboja-gaji-rm8000-1390012001/',
        ],
        site: 'generic',
      },
    },
    {
      at: '[data-testid="listing-card-1390012002"] > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'kopi_kita_hr\n3 hours ago\nPart-time Barista, Bangsar – RM10/hour\nRM10\nWeekend shifts, training provided, EPF and SOCSO',
        links: ['https://www.carousell.com.my/u/kopi_kita_hr/', 'https://www.carousell.com.my/p/barista-part-time-bangsar-1390012002/'],
        site: 'generic',
      },
    },
    {
      at: '[data-testid="listing-card-1390012003"] > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'like_dapat_duit\n5 hours ago\nKerja Online RM500 Sehari – Like Produk Sahaja\nRM500\nDeposit RM100 untuk aktifkan akaun. Telegram @dapatduit_my',
        links: ['https://www.carousell.com.my/u/like_dapat_duit/', 'https://www.carousell.com.my/p/kerja-online-rm500-sehari-1390012003/'],
        site: 'generic',
      },
    },
    {
      at: '[data-testid="listing-card-1390012004"] > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'cikgu_aina\n1 day ago\nJawatan Kosong: Guru Tuisyen Matematik SPM\nRM40\nRM40 sejam, Shah Alam, ijazah diperlukan',
        links: ['https://www.carousell.com.my/u/cikgu_aina/', 'https://www.carousell.com.my/p/guru-tuisyen-matematik-spm-1390012004/'],
        site: 'generic',
      },
    },
    {
      at: '[data-testid="listing-card-1390012005"] > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'typing_job_asia\n1 day ago\nTyping Job From Home $400/day, No Experience\nUS$400\nApply on WhatsApp +60 12-345 6789',
        links: ['https://www.carousell.com.my/u/typing_job_asia/', 'https://www.carousell.com.my/p/typing-job-400-day-1390012005/'],
        site: 'generic',
      },
    },
    {
      at: '[data-testid="listing-card-1390012007"] > div:nth-child(1)',
      item: {
        kind: 'posting',
        text: 'logistik_klang\n3 days ago\nPekerja Gudang, Pelabuhan Klang – Gaji RM1,900 sebulan\nRM1,900\nSyif pagi, kerja lebih masa dibayar, asrama disediakan',
        links: ['https://www.carousell.com.my/u/logistik_klang/', 'https://www.carousell.com.my/p/pekerja-gudang-klang-1390012007/'],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-mailman-archive.html. Mailman (pipermail) archive message: one item on the page's content (no <main>, no <article>: the body), the money-mule reply with the message it quotes; the Previous/Next message lists are lines of links (navigation), not posts.
const MAILMAN: Expected = {
  file: 'generic-mailman-archive.html',
  url: 'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/004212.html',
  items: [
    {
      at: 'body',
      item: {
        kind: 'posting',
        text: '[Grads-Jobs-KE] Re: Looking for entry level finance job\nFinance Dept Global Remit globalremit.hr at gmail.com\nTue Mar 3 09:41:12 EAT 2026\nPrevious message: [Grads-Jobs-KE] Looking for entry level finance job\nNext message: [Grads-Jobs-KE] Internship: KRA graduate trainee programme 2026\nMessages sorted by: [ date ] [ thread ] [ subject ] [ author ]\nDear Wanjiru, We saw your message on this list. Our company (Global Remit Solutions, UK) is hiring a remote Payment Processing Assistant in Kenya. No experience is needed and you can work from home 2 hours a day. Your job: you will receive client payments into your own bank account or M-Pesa, keep 10% as your salary, and send the balance to our partners abroad the same day by Western Union or Bitcoin. Weekly income of KSh 40,000 or more. To start, reply with a copy of your national ID, your KRA PIN and your bank account details. Contact our HR manager on WhatsApp +44 7700 900123. Regards, Finance Department On Mon, Mar 2, 2026 at 8:02 PM Wanjiru K. <wanjiru.k at example.com> wrote: > Hello all, I graduated in BCom Finance last year and I am looking for an entry level > job or internship in Nairobi. Any leads are welcome. Thank you.\nPrevious message: [Grads-Jobs-KE] Looking for entry level finance job\nNext message: [Grads-Jobs-KE] Internship: KRA graduate trainee programme 2026\nMessages sorted by: [ date ] [ thread ] [ subject ] [ author ]\nMore information about the Grads-Jobs-KE mailing list',
        links: [
          'mailto:grads-jobs-ke%40lists.example.ac.ke?Subject=Re%3A%20Looking%20for%20entry%20level%20finance%20job&In-Reply-To=%3CCAF8x%40mail.gmail.com%3E',
          'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/004211.html',
          'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/004213.html',
          'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/date.html#4212',
          'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/thread.html#4212',
          'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/subject.html#4212',
          'https://lists.example.ac.ke/pipermail/grads-jobs-ke/2026-March/author.html#4212',
          'https://lists.example.ac.ke/mailman/listinfo/grads-jobs-ke',
        ],
        site: 'generic',
      },
    },
  ],
};

// Reviewed by hand against tests/fixtures/sites/generic-olx-ad.html. OLX Brasil ad page (no <main>): the ad's column as one item (the lead post before the related cards), without the header, the details' siblings or the related cards; the related cards (short, linked) are blocks of their own that do not talk about work in words the prefilter knows, so they are not items.
const OLX_AD: Expected = {
  file: 'generic-olx-ad.html',
  url: 'https://sp.olx.com.br/sao-paulo-e-regiao/vagas-de-emprego/vaga-digitador-home-office-1290010',
  items: [
    {
      at: '#content > div:nth-child(2)',
      item: {
        kind: 'posting',
        text: 'Vaga Digitador Home Office – R$ 350 por dia\nR$ 350 Publicado em 03/03 às 10:24\nDescrição Trabalhe de casa digitando textos simples e ganhe R$ 350 por dia, pagamento diário via Pix. Não precisa de experiência, apenas celular ou computador.\nVagas limitadas! Para liberar seu acesso à plataforma é cobrada uma taxa de cadastro de R$ 49,90, devolvida no primeiro pagamento.\nChame agora no WhatsApp (11) 98765-4321 ou no Telegram @digita_casa_rh.\nDetalhes\nCategoriaVagas de emprego\nTipo de vagaTemporário\nÁrea de atuaçãoAdministrativo\nRH Digita CasaNa OLX desde fevereiro de 2026',
        links: ['https://www.olx.com.br/vagas-de-emprego'],
        site: 'generic',
      },
    },
  ],
};

const OTHER_SITES = [FORUM, TME, REDDIT, CLASSIFIEDS, CRAIGSLIST, WP_JOBS, CHAT];
/** Pages of sites where job seekers meet lures, reconstructed in session 3 (each fixture's header says how). */
const LURE_VENUES = [
  DISCOURSE,
  VK_WALL,
  PANTIP,
  BLOGGER,
  NEWS_COMMENTS,
  BRIGHTERMONDAY_LIST,
  BRIGHTERMONDAY_JOB,
  JIJI,
  MASTODON,
  CAROUSELL,
  MAILMAN,
  OLX_AD,
];

function expectExactly(found: FoundItem[], doc: Document, expected: Expected): void {
  expect(found.map(summary)).toEqual(expected.items.map((e) => e.item));
  // The warning goes first into the item's element: never a link (lib/scan/warnings.ts).
  expect(found.filter((i) => i.element.closest('a')).map((i) => i.text)).toEqual([]);
  expected.items.forEach((e, i) => {
    const el = doc.querySelector(e.at);
    expect(el, e.at).not.toBeNull();
    expect(found[i]?.element, e.at).toBe(el);
  });
}

describe('generic adapter on pages of other sites (repeated blocks, threads, chats, single ads)', () => {
  it.each([...OTHER_SITES, ...LURE_VENUES].map((e) => [e.file, e] as const))('%s: finds exactly its items', (_file, expected) => {
    const doc = loadFixture(expected.file);
    expectExactly(findItems(doc, new URL(expected.url)), doc, expected);
  });

  it('gives the same post when only a changed part of it is searched (a mutation inside the post)', () => {
    const doc = loadFixture(FORUM.file);
    const url = new URL(FORUM.url);
    const content = doc.querySelector('#post_content9102 .content') as Element;
    content.append(' Edited: 3 seats left.');
    const found = findItems(content, url);
    expect(found.map((i) => i.element)).toEqual([doc.querySelector('#p9102 > .inner')]);
    expect(found[0]?.text).toContain('only 5 seats left. Edited: 3 seats left.\nGolden Asia');
  });

  it('finds a post appended to a thread, from the new post alone', () => {
    const doc = loadFixture(FORUM.file);
    const post = doc.querySelector('#p9104') as Element;
    const added = post.cloneNode(true) as Element;
    added.id = 'p9106';
    (added.querySelector('.content') as Element).textContent =
      'Hiring nannies for Dubai, salary 900 USD, pay the 200 USD visa fee to our agent first.';
    doc.querySelector('#p9105')?.after(added);
    const found = findItems(added, new URL(FORUM.url));
    expect(found.map((i) => i.element)).toEqual([added.firstElementChild]);
    expect(found[0]?.text).toContain('Hiring nannies for Dubai');
  });

  it('finds a reply appended under a Reddit comment as its own item, and the comment stays without it', () => {
    const doc = loadFixture(REDDIT.file);
    const url = new URL(REDDIT.url);
    const parent = doc.querySelector('[thingid="t1_lx0c2"]') as Element;
    const reply = doc.createElement('shreddit-comment');
    reply.setAttribute('depth', '1');
    reply.innerHTML =
      '<div slot="comment"><p>Recruiter for a real agency: we are hiring, salary 2,000 USD, send your passport to wa.me/85512345678 to start.</p></div>';
    parent.append(reply);
    expect(findItems(reply, url).map((i) => i.element)).toEqual([reply]);
    const again = findItems(doc, url);
    expect(again.find((i) => i.element === parent)?.text).not.toContain('passport');
    expect(again.find((i) => i.element === parent)?.links).not.toContain('https://wa.me/85512345678');
    expect(again.find((i) => i.element === reply)?.text).toContain('send your passport');
  });

  it('finds a chat message appended to the log, from the new message alone', () => {
    const doc = loadFixture(CHAT.file);
    const msg = doc.createElement('div');
    msg.className = 'message message--in';
    msg.innerHTML =
      '<span class="message__author">HR_Lisa</span> <span class="message__text">Job is simple, salary 300 USD, add me on WhatsApp</span>';
    doc.querySelector('#chat-log')?.append(msg);
    const found = findItems(msg, new URL(CHAT.url));
    expect(found.map((i) => [i.element, i.kind])).toEqual([[msg, 'message']]);
  });

  it('counts short alike messages only when there are many of them (the chat floor)', () => {
    const job = [
      'Hiring now, DM me for details',
      'Job open, 300 USD a day, easy',
      'Need work? Salary paid daily',
      'Any job for students here?',
    ];
    const talk = [
      'Morning all, how are you?',
      'Rain again today in the city',
      'Who has a phone charger?',
      'Lunch at noon at the usual place?',
      'See you all later tonight',
    ];
    const page = (lines: string[]) =>
      new DOMParser().parseFromString(
        `<main><div class="log">${lines.map((t) => `<div class="msg"><span>${t}</span></div>`).join('')}</div></main>`,
        'text/html',
      );
    const url = new URL('https://chat.example/room');
    // Four lines of 26–29 characters: a list of labels as much as a chat; too short for an ad as well.
    expect(findItems(page(job), url)).toEqual([]);
    // Nine alike lines: a message log; the ones about work are items, as messages.
    const doc = page([...job, ...talk]);
    expect(findItems(doc, url).map((i) => [i.text, i.kind])).toEqual(job.map((t) => [t, 'message']));
  });

  it('keeps an ad written as sections, or as bare paragraph <div>s, one item', () => {
    const sections = new DOMParser().parseFromString(
      `<main><h1>Customer service staff, Phnom Penh</h1>
        <section><h2>About the job</h2><p>Answer customer chats for an online platform, full-time, 12 hours a day, six days a week.</p></section>
        <section><h2>Requirements</h2><p>Basic English typing, age 18 to 35, ready to travel this week, send your passport photo first.</p></section>
        <section><h2>Salary and benefits</h2><p>Salary 1,500 USD per month, free flight, visa and accommodation, contact our HR on Telegram.</p></section></main>`,
      'text/html',
    );
    const url = new URL('https://jobs-asia.example/cs-phnom-penh');
    expect(findItems(sections, url).map((i) => i.element.localName)).toEqual(['main']);
    const paragraphs = new DOMParser().parseFromString(
      `<main><div>We are hiring drivers for a logistics company in Dubai, salary 2,500 AED per month plus overtime.</div>
        <div>Visa, flight ticket and shared accommodation are provided by the employer, medical insurance included.</div>
        <div>Send your CV, passport copy and a photo to our recruitment office, interviews every Monday.</div></main>`,
      'text/html',
    );
    expect(findItems(paragraphs, url).map((i) => i.element.localName)).toEqual(['main']);
  });

  it('picks posts inside a layout of alike columns, not the column that holds them', () => {
    const rows = Array.from(
      { length: 4 },
      (_, i) =>
        `<div class="post-row"><div class="author">user${i}</div><div class="body">We are hiring warehouse staff number ${i}, salary 600 USD per month, apply in person at the gate.</div></div>`,
    ).join('');
    const doc = new DOMParser().parseFromString(
      `<body><div class="col"><div class="box"><h3>Links</h3><p>Our partner sites and the rules of this board, read them before posting anything here please.</p></div></div>
        <div class="col"><div class="thread">${rows}</div></div>
        <div class="col"><div class="box"><h3>About</h3><p>A small community for people who work abroad, run by volunteers since 2015, no ads at all.</p></div></div></body>`,
      'text/html',
    );
    const found = findItems(doc, new URL('https://board.example/t/1'));
    expect(found.map((i) => i.element.getAttribute('class'))).toEqual(['post-row', 'post-row', 'post-row', 'post-row']);
  });

  it('lets a page-wide <article> give way to the thread of posts it wraps', () => {
    const rows = [
      'a nurse asking about jobs in Dubai, which agency is licensed?',
      'we are hiring in Cambodia, salary 1500 USD, send your passport on Telegram',
      'I had my interview at the labour office, the job is real',
    ]
      .map(
        (t, i) =>
          `<div class="post-row"><div class="author">user${i}</div><div class="body">Hello all, ${t} Thanks for reading.</div></div>`,
      )
      .join('');
    const doc = new DOMParser().parseFromString(`<main><article class="thread"><h1>Jobs abroad</h1>${rows}</article></main>`, 'text/html');
    const found = findItems(doc, new URL('https://board.example/t/2'));
    expect(found.map((i) => i.element.getAttribute('class'))).toEqual(['post-row', 'post-row', 'post-row']);
    expect(found[1]?.text).toBe(
      'user1\nHello all, we are hiring in Cambodia, salary 1500 USD, send your passport on Telegram Thanks for reading.',
    );
    // A change inside one post finds the posts again, never the wrapping article.
    const body = doc.querySelectorAll('.post-row .body')[1] as Element;
    const again = findItems(body, new URL('https://board.example/t/2'));
    expect(again.map((i) => i.element.getAttribute('class'))).toEqual(['post-row', 'post-row', 'post-row']);
  });

  it('finds a reply appended to a comment tree from the reply alone, and the comment it answers stays without it', () => {
    const doc = loadFixture(NEWS_COMMENTS.file);
    const url = new URL(NEWS_COMMENTS.url);
    const parent = doc.querySelector('#wpd-comm-5102_0') as Element;
    const reply = doc.createElement('div');
    reply.id = 'wpd-comm-5109_5102';
    reply.className = 'wpd-comment wpd-reply wpd_comment_level-2';
    reply.innerHTML =
      '<div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left"><img alt="" src="/avatar/guest.png"></div><div class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">Jobs Agent</div></div><div class="wpd-comment-text"><p>Kevin, we have IT jobs in Thailand, salary USD 1,500, free ticket. Send your passport to WhatsApp +66 81 234 5678.</p></div></div></div>';
    parent.append(reply);
    const alone = findItems(reply, url);
    expect(alone.map((i) => i.element)).toEqual([reply.firstElementChild]);
    const again = findItems(doc, url);
    expect(again.find((i) => i.element === reply.firstElementChild)?.text).toContain('Send your passport');
    expect(again.find((i) => i.element === parent)?.text).not.toContain('passport');
    // A change inside the comment finds the comment, still without its replies (found as items of their own).
    const own = parent.querySelector('.wpd-comment-text p') as Element;
    const fromInside = findItems(own, url);
    expect(fromInside[0]?.element).toBe(parent);
    expect(fromInside[0]?.text).toBe(again.find((i) => i.element === parent)?.text);
    expect(fromInside.map((i) => i.element)).toContain(reply.firstElementChild);
  });

  it('re-reads the lead post when a change touches it, not only on full scans', () => {
    const doc = loadFixture(REDDIT.file);
    const url = new URL(REDDIT.url);
    const post = doc.querySelector('shreddit-post') as Element;
    expect(findItems(doc, url)[0]?.element).toBe(post);
    const p = post.querySelector('p') as Element;
    p.append(' Edit: now they want a photo of my passport too.');
    const found = findItems(p, url);
    expect(found.map((i) => i.element)).toEqual([post]);
    expect(found[0]?.text).toContain('a photo of my passport too');
  });

  it('finds the lead post of a thread rendered into the page after the first scan (a single-page app)', () => {
    const doc = new DOMParser().parseFromString('<body><main id="app"></main></body>', 'text/html');
    const url = new URL('https://board.example/t/3');
    expect(findItems(doc, url)).toEqual([]);
    const view = doc.createElement('div');
    const replies = [
      'I got my job through a licensed agency, the contract was checked at the labour office, all fine.',
      'Careful, a recruiter asked me for a visa fee first, real employers never charge you anything.',
      'We are hiring drivers in Dubai too, salary 2,500 AED per month, interviews at our office.',
    ]
      .map((t, i) => `<div class="reply"><a href="/u/${i}">user${i}</a><p>${t}</p></div>`)
      .join('');
    view.innerHTML = `<div class="topic"><h1>Jobs in Dubai</h1><div class="body"><p>Hello, I got an offer for a warehouse job in Dubai with a salary of 900 USD, free flight and visa, and the agent wants my passport copy on WhatsApp before any interview. Is this normal?</p></div></div><div class="replies">${replies}</div>`;
    (doc.querySelector('#app') as Element).append(view);
    const found = findItems(view, url);
    expect(found.map((i) => i.element.getAttribute('class'))).toEqual(['topic', 'reply', 'reply', 'reply']);
  });

  it('keeps a chat inside alike layout columns as messages, not one posting of the whole conversation', () => {
    const lines = [
      'Morning all, how are you today?',
      'Hiring now, salary 300 USD a day, DM me',
      'Rain again today in the city centre',
      'Who has a phone charger to lend me?',
      'Lunch at noon at the usual place?',
      'Any job for students here this summer?',
      'See you all later tonight at the bar',
      'The bus was late again this morning',
      'Happy birthday Ana, have a great day!',
    ];
    const log = lines.map((t, i) => `<div class="msg" data-i="${i}"><b>u${i}</b> <span>${t}</span></div>`).join('');
    const doc = new DOMParser().parseFromString(
      `<body><div class="col"><h3><a href="/rooms">Rooms</a></h3><p>General, housing, buy and sell, and the help desk for new members of the group.</p></div>
        <div class="col"><div class="head"><a href="/r/general">General</a></div><div class="log">${log}</div></div>
        <div class="col"><h3><a href="/rules">Rules</a></h3><p>Be kind, no spam, no selling of accounts, and report scams to the admins right away please.</p></div></body>`,
      'text/html',
    );
    const url = new URL('https://chat.example/');
    const found = findItems(doc, url);
    expect(found.map((i) => [i.element.getAttribute('data-i'), i.kind])).toEqual([
      ['1', 'message'],
      ['5', 'message'],
    ]);
    // A message appended to the log, searched alone, is that message too.
    const msg = doc.createElement('div');
    msg.className = 'msg';
    msg.innerHTML = '<b>u9</b> <span>Job offer: pay the 50 USD deposit to start today</span>';
    doc.querySelector('.log')?.append(msg);
    expect(findItems(msg, url).map((i) => [i.element, i.kind])).toEqual([[msg, 'message']]);
  });

  it('does not split cards whose boxes nest in boxes of the same class (a layout, not a comment tree)', () => {
    const card = (t: string) =>
      `<div class="flex rounded"><div class="flex items-center"><a href="/jobs/${t.length}">${t}</a><div class="flex gap"><span>Nairobi</span><span>Full Time</span></div></div><p>Apply with your CV, two years of experience needed, salary paid monthly by bank transfer.</p></div>`;
    const doc = new DOMParser().parseFromString(
      `<main><div class="grid">${card('Accounts assistant')}${card('Store keeper')}${card('Driver, own licence')}</div></main>`,
      'text/html',
    );
    const found = findItems(doc, new URL('https://jobs.example/'));
    expect(found.map((i) => i.element.getAttribute('class'))).toEqual(['flex rounded', 'flex rounded', 'flex rounded']);
  });

  it('finds short result cards that link to their listing, not short lines without links', () => {
    const cards = (link: boolean) =>
      [
        ['Data entry – $500/day', 'Remote · apply on Telegram'],
        ['Cashier, full time', 'Quezon City · ₱18,000/month'],
        ['Warehouse helper', 'Pasig · ₱610 per day'],
      ]
        .map(
          ([title, meta], i) =>
            `<div class="c"><div>${link ? `<a href="/j/${i}">${title}</a>` : `<b>${title}</b>`}<p>${meta}</p></div></div>`,
        )
        .join('');
    const url = new URL('https://jobs.example/similar');
    const linked = new DOMParser().parseFromString(`<main><h1>Similar jobs</h1><div class="grid">${cards(true)}</div></main>`, 'text/html');
    expect(findItems(linked, url).map((i) => i.text)).toEqual([
      'Data entry – $500/day\nRemote · apply on Telegram',
      'Cashier, full time\nQuezon City · ₱18,000/month',
      'Warehouse helper\nPasig · ₱610 per day',
    ]);
    const plain = new DOMParser().parseFromString(`<main><h1>Similar jobs</h1><div class="grid">${cards(false)}</div></main>`, 'text/html');
    expect(findItems(plain, url)).toEqual([]);
  });

  it('reads comment <article>s nested in a post <article> as items of their own, each without its replies', () => {
    const c = (id: string, t: string, inner = '') =>
      `<article class="comment" id="${id}"><footer><a href="/u/${id}">${id}</a></footer><div class="comment-content"><p>${t}</p></div>${inner}</article>`;
    const doc = new DOMParser().parseFromString(
      `<main><article class="post" id="post"><h1>We are hiring baristas</h1><p>Our café in Cebu is hiring two baristas, full time, 18,000 PHP per month, apply in person at the café any weekday.</p>
        <section class="comments">${c('a', 'Is the job still open? I have two years experience as a barista in Manila.')}${c(
          'b',
          'Earn 500 USD a day from home, no experience, message me on Telegram t.me/easyjob',
          c('b1', 'This is a scam, the job is fake, report it please.'),
        )}${c('d', 'Nice café, I love the coffee there!')}</section></article></main>`,
      'text/html',
    );
    const url = new URL('https://blog.example/p/1');
    const found = findItems(doc, url);
    expect(found.map((i) => i.element.id)).toEqual(['post', 'a', 'b', 'b1']);
    expect(found[0]?.text).not.toContain('Telegram');
    expect(found[2]?.text).toBe('Earn 500 USD a day from home, no experience, message me on Telegram t.me/easyjob');
    expect(found[0]?.links).toEqual([]);
    // A change inside the scam comment finds it, still without the reply nested in it.
    const p = doc.querySelector('#b > .comment-content p') as Element;
    expect(findItems(p, url).find((i) => i.element.id === 'b')?.text).toBe(found[2]?.text);
  });

  it('reads replies nested in list-item comments (WordPress ol.children) as items of their own', () => {
    const li = (id: string, t: string, inner = '') =>
      `<li class="comment depth-1" id="${id}"><div class="comment-author vcard"><cite class="fn">${id}</cite></div><div class="comment-body"><p>${t}</p></div>${inner}</li>`;
    const doc = new DOMParser().parseFromString(
      `<main><h1>Jobs in Qatar: my experience</h1><ol class="commentlist">${li('c1', 'Thank you for this post, I got my job in Doha through a licensed agency.')}${li(
        'c2',
        'Which agency did you use for the job? I am looking for work as a driver.',
        `<ol class="children">${li('c4', 'We hire drivers for Qatar now, salary 3,000 USD, send passport copy and 200 USD visa fee on WhatsApp +974 5555 1234.')}</ol>`,
      )}${li('c3', 'Great article, very helpful for people looking for a job abroad.')}${li('c5', 'Nice to read a real story about work in Qatar, thanks a lot.')}</ol></main>`,
      'text/html',
    );
    const found = findItems(doc, new URL('https://blog.example/qatar'));
    // c5 does not talk about work.
    expect(found.map((i) => i.element.id)).toEqual(['c1', 'c2', 'c4', 'c3']);
    expect(found[1]?.text).not.toContain('passport');
  });

  it('stays bounded on a huge page of alike blocks (at most MAX_CANDIDATES items, no full walk per block)', () => {
    const doc = new DOMParser().parseFromString('<main><div id="log"></div></main>', 'text/html');
    const log = doc.getElementById('log') as Element;
    const row = '<div class="msg"><b>bot</b> <span>Job alert: cashier wanted, salary 400 USD per month, apply now</span></div>';
    log.innerHTML = row.repeat(3_000);
    const found = findItems(doc, new URL('https://alerts.example/'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(1_000);
    // A change deep in the log looks at the nearest siblings only, and finds its own message.
    const deep = log.children[2_500]?.querySelector('span') as Element;
    expect(findItems(deep, new URL('https://alerts.example/')).map((i) => i.element)).toEqual([log.children[2_500]]);
  });
});

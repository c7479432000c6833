/**
 * Site adapters in a real browser (issue 4): the built extension on the site fixture pages of
 * tests/fixtures/sites marks the scams its adapter finds, and nothing else. The unit tests beside each
 * adapter (lib/sites/*.test.ts) check which items are found; this checks the whole chain on real layout:
 * content script → adapter → engine → page marker and inline warning.
 */
import type { Page } from '@playwright/test';
import { readWarnings } from './closed-shadow';
import { expect, test } from './extension';
import { FIXTURE_ORIGIN } from './ports';

interface SiteCase {
  page: string;
  /** Text of items that must be marked, each in exactly one marked element. */
  marked: string[];
  /**
   * Text of elements that must stay unmarked (legit listings, ordinary posts). Short result cards of lures
   * (a title, a price, a place) are in neither list: too little text for a verdict either way.
   */
  clean: string[];
}

const CASES: SiteCase[] = [
  {
    // A Marketplace listing page: the fake data-encoder job is marked, the related sofa is not.
    page: 'facebook-marketplace-item.html',
    marked: ['Small registration fee of $30'],
    clean: ['Wooden sofa, 3-seater'],
  },
  {
    // The grid with a listing opened in a dialog: the dialog's listing is the scam; the barista job, the
    // sofa and the bicycle are legit.
    page: 'facebook-marketplace.html',
    marked: ['Pay the $25 activation fee first'],
    clean: ['Part-time barista, Kapé Kalye café', 'L-shaped sofa, grey', "Kids' bicycle"],
  },
  {
    // LinkedIn's SDUI search page (XHTML): the selected job's view is the upfront-fee lure, the analyst
    // card beside it (result cards are items of their own now) is legit.
    page: 'linkedin-jobs-search-sdui.xhtml',
    marked: ['Pay a refundable $150 training and equipment fee'],
    clean: ['Data Analyst'],
  },
  {
    // A job board without a site adapter: the posting comes from its schema.org JobPosting (JSON-LD), read
    // when the content script scans the document (it starts at <html>, not at the Document).
    page: 'jobposting-jsonld.html',
    marked: ['Online Order Assistant'],
    clean: [],
  },
  {
    // A group feed still reads as before next to the Marketplace adapter: the overseas lure only.
    page: 'facebook.html',
    marked: ['Libre ang ticket at visa'],
    clean: ['Accenture'],
  },
  // Pages of sites without an adapter where job seekers meet lures (generic reader; each fixture's header
  // says what it reconstructs). Clean fragments lie outside the marked elements (a marked post's element
  // also holds its nested replies' text).
  {
    page: 'generic-discourse.html',
    marked: ['our AI company needs data annotators'],
    clean: ['We are a 14-person fintech', 'Flagged the post', 'Post #2 hidden'],
  },
  {
    page: 'generic-vk-wall.html',
    marked: ['Требуются операторы чата'],
    clean: ['бухгалтер в торговую компанию', 'МВД предупреждает'],
  },
  {
    page: 'generic-pantip-thread.html',
    marked: ['สนใจทำงานแอดมินตอบแชทลูกค้า'],
    clean: ['ธนาคารกรุงไทยเปิดรับพนักงาน', 'กระทรวงการต่างประเทศเตือนแล้วค่ะ'],
  },
  {
    page: 'generic-blogger-post.html',
    marked: ['NAFASI ZA KAZI THAILAND'],
    clean: ['Ubalozi wa Kenya Bangkok umeonya', 'Asante admin kwa kazi nzuri'],
  },
  {
    page: 'generic-news-comments.html',
    marked: ['We have genuine customer service jobs in Bangkok'],
    clean: ['Forty-one Kenyans who were rescued', 'Where can young people find real jobs', 'try the Ajira Digital programme'],
  },
  {
    page: 'generic-brightermonday-list.html',
    marked: ['Online Data Entry – $500/day', 'Customer Care Agents – Bangkok, Thailand'],
    clean: [
      'Customer Experience Associate',
      'Programme Officer – Counter-Trafficking',
      'Registered Nurses – Saudi Arabia',
      'Accounts Assistant',
    ],
  },
  {
    page: 'generic-brightermonday-job.html',
    marked: ['Digital Marketing Executive – Laos'],
    clean: ['Twiga Foods', 'Brand Manager, Beverages'],
  },
  {
    page: 'generic-jiji-jobs.html',
    marked: ['Kazi ya online', 'Customer Care Jobs in Thailand', 'Data Entry Clerk – $300/day'],
    clean: ['Sales Executive – Real Estate', 'Security Guards Wanted', 'Wahudumu wa Hoteli', 'Taxi Driver Needed'],
  },
  {
    // One message page: the whole content is the item (the mark on <body>), the money-mule reply.
    page: 'generic-mailman-archive.html',
    marked: ['Payment Processing Assistant in Kenya'],
    clean: [],
  },
  {
    // An ad page without <main>: the ad's column is marked, not the page, nor a related card.
    page: 'generic-olx-ad.html',
    marked: ['Vaga Digitador Home Office'],
    clean: ['Auxiliar Administrativo', 'Atendente de Loja'],
  },
  {
    page: 'generic-mastodon.html',
    marked: ['Customer Service Representative sa Cambodia'],
    clean: ['IJM Philippines', 'Bayani Contact Solutions', 'I work the night shift there'],
  },
  {
    page: 'generic-carousell-grid.html',
    marked: ['Admin Online Kemboja', 'Kerja Online RM500 Sehari', 'Typing Job From Home $400/day'],
    clean: ['Part-time Barista, Bangsar', 'Guru Tuisyen Matematik', 'Pekerja Gudang', 'ThinkPad T14'],
  },
];

async function markedTexts(page: Page): Promise<string[]> {
  return page.locator('[data-lurewatch-risk]').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
}

for (const c of CASES) {
  test(`${c.page}: marks the scam listing or post, and no legit one`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`${FIXTURE_ORIGIN}/sites/${c.page}`);
    await expect(page.locator('html')).toHaveAttribute('data-lurewatch-ready', '1', { timeout: 10_000 });
    await expect
      .poll(async () => {
        const texts = await markedTexts(page);
        return c.marked.map((fragment) => texts.filter((t) => t.includes(fragment)).length);
      })
      .toEqual(c.marked.map(() => 1));
    const texts = await markedTexts(page);
    for (const fragment of c.clean)
      expect(
        texts.some((t) => t.includes(fragment)),
        fragment,
      ).toBe(false);
    const risks = await page.locator('[data-lurewatch-risk]').evaluateAll((els) => els.map((el) => el.getAttribute('data-lurewatch-risk')));
    for (const r of risks) expect(r).toMatch(/^(medium|high)$/);
    // One closed warning per marked item, never inside a link (it would join the link's accessible name).
    await expect(page.locator('lurewatch-warning[data-lurewatch-ui]')).toHaveCount(risks.length);
    await expect(page.locator('a lurewatch-warning')).toHaveCount(0);
    const warnings = await readWarnings(page);
    expect(warnings.map((w) => w.shadowRootType)).toEqual(risks.map(() => 'closed'));
  });
}

test('facebook-marketplace.html: a listing opened in a new dialog is marked, a legit card behind it is not', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${FIXTURE_ORIGIN}/sites/facebook-marketplace.html`);
  await expect(page.locator('#listing-dialog [data-lurewatch-risk]')).toHaveCount(1, { timeout: 10_000 });
  // Closing the dialog and opening the next listing, the way Facebook's single-page app does it: the old
  // dialog leaves the DOM, a new one arrives with another listing in it.
  await page.evaluate(() => {
    const old = document.getElementById('listing-dialog') as HTMLElement;
    const next = old.cloneNode(true) as HTMLElement;
    next.id = 'listing-dialog-2';
    for (const el of Array.from(next.querySelectorAll('[data-lurewatch-risk], lurewatch-warning'))) {
      if (el.localName === 'lurewatch-warning') el.remove();
      else el.removeAttribute('data-lurewatch-risk');
    }
    const h1 = next.querySelector('h1 span') as HTMLElement;
    h1.textContent = 'Warehouse packer, Dubai';
    const description = next.querySelector('.xz9dl7a span') as HTMLElement;
    description.textContent =
      'Warehouse packers needed in Dubai, salary 2,500 USD per month, free flight and visa, no experience needed. Send your passport copy to our agent on WhatsApp +971 50 123 4567 and pay the 150 USD processing fee to reserve your slot.';
    old.remove();
    document.body.append(next);
  });
  await expect(page.locator('#listing-dialog-2 [data-lurewatch-risk]')).toHaveAttribute('data-lurewatch-risk', /^(medium|high)$/, {
    timeout: 10_000,
  });
  expect(await page.locator('#card-legit').getAttribute('data-lurewatch-risk')).toBeNull();
  expect(await page.locator('#listing-dialog').count()).toBe(0);
});

/**
 * Conversation context in a real browser (lib/scan/conversation.ts): a recruiter splits a scam-centre lure
 * over four WhatsApp messages (DOMAIN.md §1a, §1g), none of which is a warning alone. The built extension
 * marks the message where the lure becomes clear, with an inline warning, and no earlier message, whether
 * the chat is opened with the messages already there or they arrive one by one.
 * Fixture: tests/fixtures/sites/whatsapp-split-lure.html.
 */
import type { Page } from '@playwright/test';
import { readWarnings } from './closed-shadow';
import { expect, test } from './extension';
import { FIXTURE_ORIGIN } from './ports';

const PAGE = `${FIXTURE_ORIGIN}/sites/whatsapp-split-lure.html`;
const LAST = 'Send your passport photo to my manager on Telegram @xyz';

/** The text of every marked element, and its risk. */
async function marked(page: Page): Promise<Array<{ text: string; risk: string | null }>> {
  return page
    .locator('[data-lurewatch-risk]')
    .evaluateAll((els) =>
      els.map((el) => ({ text: el.querySelector('.selectable-text')?.textContent ?? '', risk: el.getAttribute('data-lurewatch-risk') })),
    );
}

test('an opened chat: only the message that completes the split lure is marked and warned', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('html')).toHaveAttribute('data-lurewatch-ready', '1', { timeout: 10_000 });
  await expect.poll(async () => (await marked(page)).map((m) => m.text), { timeout: 10_000 }).toEqual([LAST]);
  expect((await marked(page))[0]?.risk).toMatch(/^(medium|high)$/);
  // The scan of the whole chat is over (the report went out) and still nothing else is marked.
  await page.waitForTimeout(500);
  expect((await marked(page)).map((m) => m.text)).toEqual([LAST]);
  // One warning, in a closed shadow root, inside the marked message; its words name what the window shows.
  const warnings = await readWarnings(page);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]?.shadowRootType).toBe('closed');
  expect(warnings[0]?.text).toMatch(/passport/i);
  // …and say that they are about the sender's recent messages read together (UI language: English here).
  expect(warnings[0]?.text).toMatch(/last 6 messages/);
});

test('a live chat: messages arriving one by one, the warning comes with the last lure message', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.locator('html')).toHaveAttribute('data-lurewatch-ready', '1', { timeout: 10_000 });
  await expect.poll(async () => (await marked(page)).length, { timeout: 10_000 }).toBe(1);
  // Start over as a fresh chat: take every message row out, then let them arrive again one at a time,
  // as new nodes (WhatsApp renders a new message as a new row).
  const rows = await page.evaluate(() => {
    const list = document.querySelector('[role="application"]') as HTMLElement;
    const all = Array.from(list.querySelectorAll(':scope > [role="row"]')).filter((r) => r.querySelector('[data-id]'));
    const html = all.map((r) => {
      const copy = r.cloneNode(true) as HTMLElement;
      for (const w of Array.from(copy.querySelectorAll('lurewatch-warning'))) w.remove();
      for (const m of Array.from(copy.querySelectorAll('[data-lurewatch-risk]'))) m.removeAttribute('data-lurewatch-risk');
      // New ids: the same message ids would be the same messages to the adapter.
      for (const m of Array.from(copy.querySelectorAll('[data-id]'))) m.setAttribute('data-id', `${m.getAttribute('data-id')}_LIVE`);
      return copy.outerHTML;
    });
    for (const r of all) r.remove();
    (window as unknown as { __rows: string[] }).__rows = html;
    return html.map((h) => new DOMParser().parseFromString(h, 'text/html').querySelector('.selectable-text')?.textContent ?? '');
  });
  expect(rows.at(-2)).toBe(LAST);
  await expect.poll(async () => (await marked(page)).length).toBe(0);
  for (let i = 0; i < rows.length; i++) {
    await page.evaluate((n) => {
      const list = document.querySelector('[role="application"]') as HTMLElement;
      list.insertAdjacentHTML('beforeend', (window as unknown as { __rows: string[] }).__rows[n] as string);
    }, i);
    if (rows[i] === LAST) {
      await expect.poll(async () => (await marked(page)).map((m) => m.text), { timeout: 5_000 }).toEqual([LAST]);
    } else {
      // Give the scanner time to judge the new message: an ordinary or partial message stays unmarked.
      await page.waitForTimeout(300);
      expect((await marked(page)).map((m) => m.text)).toEqual(i > rows.indexOf(LAST) ? [LAST] : []);
    }
  }
});

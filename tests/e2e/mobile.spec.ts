/**
 * Phone size (issue 7, Firefox for Android): at 360 × 740 CSS pixels the popup, with a real scam
 * report, and the onboarding page scroll only vertically, and every control can be reached and is
 * big enough to tap (WCAG 2.5.8: at least 24 × 24 px). Chromium stands in for Firefox for Android,
 * which Playwright cannot drive; the layout rules under test are plain CSS.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { openScamPage, tabIdOf } from './popup-helpers';

const PHONE = { width: 360, height: 740 };

async function checkPhoneLayout(page: Page) {
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(overflow.scroll, 'horizontal scroll').toBeLessThanOrEqual(overflow.client);

  const controls = page.locator('button:visible, a[href]:visible, textarea:visible, input:visible, select:visible, summary:visible');
  const count = await controls.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    expect(box, `control ${i} has a box`).not.toBeNull();
    if (!box) continue;
    const name = (await control.getAttribute('aria-label')) ?? (await control.textContent())?.trim().slice(0, 40);
    // Reachable: inside the viewport's width once scrolled to.
    expect(box.x, `${name}: left edge`).toBeGreaterThanOrEqual(-1);
    expect(box.x + box.width, `${name}: right edge`).toBeLessThanOrEqual(PHONE.width + 1);
    // Links are text (help services, phone numbers) and keep the line height of their text; the size
    // rule applies to buttons and form fields (WCAG 2.5.8 exempts targets inside text).
    const isLink = await control.evaluate((el) => el.tagName === 'A');
    if (!isLink) expect(Math.min(box.width, box.height), `${name}: tap target`).toBeGreaterThanOrEqual(24);
  }
}

test('the popup with a scam report fits a phone screen', async ({ context, background, extensionId }, testInfo) => {
  const page = await openScamPage(context);
  const tabId = await tabIdOf(background, page.url());
  const popup = await context.newPage();
  await popup.setViewportSize(PHONE);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('.lw-tab')).toHaveAttribute('aria-busy', 'false');
  // Open every explanation so the longest content is measured.
  await popup.evaluate(() => {
    for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
  });
  await checkPhoneLayout(popup);
  // Help contacts are stacked links, not links inside a sentence: each is a full 24 px tap target (WCAG 2.5.8).
  const contacts = popup.locator('.lw-contact a');
  expect(await contacts.count()).toBeGreaterThan(0);
  for (const link of await contacts.all()) {
    const box = await link.boundingBox();
    expect(box?.height ?? 0, `${(await link.textContent())?.trim()}: contact link height`).toBeGreaterThanOrEqual(24);
  }
  // The check-a-message box works at this size.
  const box = popup.getByRole('textbox').first();
  await box.fill('Pay the registration fee today to secure your position, it is refunded with your first salary.');
  await expect(box).toBeVisible();
  await popup.screenshot({ path: testInfo.outputPath('popup-360.png'), fullPage: true });
});

test('the onboarding page and quiz fit a phone screen', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.setViewportSize(PHONE);
  await page.goto(`chrome-extension://${extensionId}/onboarding.html?lang=vi`);
  await page.getByRole('button', { name: 'Lừa đảo', exact: true }).click();
  await expect(page.getByRole('status').last()).not.toBeEmpty();
  await checkPhoneLayout(page);
  await page.screenshot({ path: testInfo.outputPath('onboarding-360.png'), fullPage: true });
});

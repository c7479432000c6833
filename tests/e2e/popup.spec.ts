/**
 * The popup on a real scam page (issue 6): what was found, highest risk first; each sign in plain
 * words with quoted, highlighted evidence; what to do; help for the user's country; the actions;
 * the same explanation for a pasted message; Arabic right to left; phone width.
 */
import { expect, test } from './extension';
import { openPopupFor, openScamPage, SCAM_PAGE, screenshot, setSettings, tabIdOf } from './popup-helpers';

test('explains the flagged items of a scam page, with evidence, advice and help', async ({
  context,
  background,
  extensionId,
}, testInfo) => {
  await openScamPage(context);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE));

  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('LureWatch');
  await expect(popup.getByText('Risky items: 2')).toBeVisible();
  const items = popup.locator('article.lw-item');
  await expect(items).toHaveCount(2);

  // Highest risk first: the order of the badges never goes up.
  const risks = await items.evaluateAll((els) => els.map((e) => e.querySelector('[data-risk]')?.getAttribute('data-risk')));
  const rank = { none: 0, low: 1, medium: 2, high: 3 } as Record<string, number>;
  expect(rank[risks[0] ?? 'none']).toBeGreaterThanOrEqual(rank[risks[1] ?? 'none'] ?? 0);

  await screenshot(popup, 'popup-en', testInfo.outputPath('popup-en.png'));
  // Dark mode follows the system setting (components/styles.css); a11y.spec.ts audits its contrast.
  await popup.emulateMedia({ colorScheme: 'dark' });
  await screenshot(popup, 'popup-dark', testInfo.outputPath('popup-dark.png'));
  await popup.emulateMedia({ colorScheme: 'light' });

  // The riskiest item starts open; the other opens from its summary, by keyboard too.
  const openByKeyboard = async (item: typeof items) => {
    if (!(await item.locator('details').evaluate((d) => (d as HTMLDetailsElement).open))) {
      await item.locator('summary').focus();
      await popup.keyboard.press('Enter');
    }
  };
  const fee = items.filter({ hasText: 'registration fee' });
  await expect(fee).toHaveCount(1);
  await openByKeyboard(fee);
  // The fee scam, in plain words from the pack's explanations, with its evidence highlighted.
  await expect(fee.locator('.lw-found', { hasText: 'asks for a fee before you start' })).toBeVisible();
  await expect(fee.locator('.lw-why', { hasText: /Real employers pay you, not the other way round/ })).toBeVisible();
  const marked = await fee.locator('blockquote mark').allTextContents();
  expect(marked.join(' ').toLowerCase()).toMatch(/fee/);
  await expect(fee.locator('blockquote mark').first()).toBeVisible();

  // The trafficking lure quotes its own evidence.
  const lure = items.filter({ hasText: 'Sihanoukville' });
  await openByKeyboard(lure);
  await expect(lure.locator('blockquote mark').first()).toBeVisible();
  expect((await lure.locator('blockquote mark').allTextContents()).length).toBeGreaterThan(1);

  // What to do now: the five general steps once for the page, the sign-specific advice per item.
  await expect(popup.getByText("Don't send your passport, ID card or bank details.")).toHaveCount(1);
  await expect(popup.getByText('Talk to someone you trust before you reply, pay or travel.')).toBeVisible();
  await expect(fee.locator('.lw-todo-specific').first()).toBeVisible();

  // Help: the headless browser's locale is en-US, so US contacts, then the global ones.
  await expect(popup.getByRole('heading', { name: 'Help in United States' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'FTC ReportFraud' })).toHaveAttribute('href', 'https://reportfraud.ftc.gov');
  await expect(popup.getByRole('link', { name: 'Call 1-888-373-7888' })).toHaveAttribute('href', 'tel:18883737888');
  await expect(popup.getByRole('link', { name: /IOM/ })).toBeVisible();
});

test('the actions store feedback and reports locally and pause the site', async ({ context, background, extensionId }) => {
  const page = await openScamPage(context);
  const tabId = await tabIdOf(background, SCAM_PAGE);
  const popup = await openPopupFor(context, extensionId, tabId);
  const fee = popup.locator('article.lw-item').filter({ hasText: 'registration fee' });

  await fee.getByRole('button', { name: 'Save a report' }).click();
  await expect(fee.getByRole('status')).toContainText('Nothing was sent');

  await fee.getByRole('button', { name: 'Not a scam' }).click();
  await expect(fee.getByRole('status')).toContainText("won't warn you about this again");
  // The page hears it too: the fee post is no longer marked.
  await expect(page.locator('#post-fee')).not.toHaveAttribute('data-lurewatch-risk', /.+/, { timeout: 10_000 });

  // Reopened, the popup leaves out what the user called "not a scam".
  const again = await openPopupFor(context, extensionId, tabId);
  await expect(again.locator('article.lw-item')).toHaveCount(1);

  await again.locator('article.lw-item').getByRole('button', { name: 'Pause on this site' }).click();
  await expect(again.getByRole('status').first()).toContainText('Paused on 127.0.0.1');
  const stored = await background.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.sync.get('lurewatch:settings'))['lurewatch:settings'] as { disabledSites?: string[] };
  });
  expect(stored.disabledSites).toContain('127.0.0.1');
});

test('check a message: the same explanation for pasted text, on the device', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  const requests: string[] = [];
  popup.on('request', (r) => requests.push(r.url()));
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup
    .getByLabel('Paste a message or job offer you got')
    .fill(
      'Congratulations! You are hired. Pay a registration fee of 50 USD on WhatsApp wa.me/15550001111 before you start. Free flight to Cambodia.',
    );
  await popup.getByRole('button', { name: 'Check it' }).click();
  const result = popup.locator('.lw-check');
  await expect(result.locator('[data-risk]').first()).toHaveAttribute('data-risk', /^(medium|high)$/);
  await expect(result.getByText('asks for a fee before you start', { exact: false })).toBeVisible();
  await expect(result.locator('mark').first()).toBeVisible();
  // Nothing left the device: only the extension's own files were requested.
  expect(requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
});

test('the popup for a page that cannot be scanned says so', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  // No tab 999999 exists: the background has no report for it.
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
  await expect(popup.getByText("This page can't be scanned.")).toBeVisible();
});

test('Arabic: right to left, translated, and usable at phone width', async ({ context, background, extensionId }, testInfo) => {
  await setSettings(background, { uiLanguage: 'ar', country: 'AE' });
  await openScamPage(context);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE), 360);
  await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(popup.getByRole('heading', { name: 'ما وجدناه في هذه الصفحة' })).toBeVisible();
  await expect(popup.getByText('لا ترسل جواز سفرك أو بطاقة هويتك أو بياناتك البنكية.').first()).toBeVisible();
  await expect(popup.getByRole('link', { name: 'اتصل بالرقم 901' })).toHaveAttribute('href', 'tel:901');
  // Signal explanations come from the pack in Arabic too.
  await expect(popup.locator('.lw-found').first()).toHaveText(/[\u0600-\u06FF]/);
  // Nothing overflows sideways at 360 px.
  const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(popup, 'popup-ar', testInfo.outputPath('popup-ar.png'));
});

/**
 * Burmese and Khmer stack vowel signs and subscript consonants far above and below the line, so a
 * line-height tuned for Latin text crowds them in the popup and clips them in the inline badge (two
 * lines, overflow hidden): both get a taller line for these languages (components/styles.css,
 * components/inline/styles.ts). The screenshots (popup-<lang>.png, inline-<lang>.png) are for a human
 * look; needs a Myanmar/Khmer font on the machine (Debian: fonts-noto-core) to show real glyphs.
 */
for (const [lang, heading, script, ownName] of [
  ['my', 'ဒီစာမျက်နှာတွင် တွေ့ရှိချက်များ', /[\u1000-\u109F]/, 'မြန်မာ'],
  ['km', 'អ្វីដែលយើងរកឃើញនៅលើទំព័រនេះ', /[\u1780-\u17FF]/, 'ខ្មែរ'],
] as const) {
  test(`${lang}: translated popup and inline warning at phone width, tall script not clipped`, async ({
    context,
    background,
    extensionId,
  }, testInfo) => {
    await setSettings(background, { uiLanguage: lang });
    const page = await openScamPage(context);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE), 360);
    await expect(popup.locator('html')).toHaveAttribute('lang', lang);
    await expect(popup.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(popup.getByRole('heading', { name: heading })).toBeVisible();
    await expect(popup.locator('.lw-found').first()).toHaveText(script);
    const overflow = await popup.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const lineRatio = await popup.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize);
    });
    expect(lineRatio).toBeGreaterThanOrEqual(1.7);
    await screenshot(popup, `popup-${lang}`, testInfo.outputPath(`popup-${lang}.png`));

    await page.bringToFront();
    await page.setViewportSize({ width: 360, height: 800 });
    const host = page.locator('#post-lure lurewatch-warning');
    await expect(host).toHaveCount(1);
    await page.locator('#post-lure').screenshot({ path: testInfo.outputPath(`inline-${lang}.png`) });

    // The language menu names the language in itself even though Chromium has no locale data for it
    // (lib/i18n/autonyms.ts): "Burmese" in English would hide it from the people it is for.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.locator(`#opt-ui-language option[value="${lang}"]`)).toHaveText(ownName);
  });
}

const HANDOFF =
  'Congratulations, you are hired! Pay a registration fee of 50 USD on WhatsApp wa.me/15550001111 before you start. Free flight to Cambodia.';

test('"Check with LureWatch": text handed over in session storage is checked at once, then forgotten', async ({
  context,
  background,
  extensionId,
}) => {
  await background.evaluate(async (text) => {
    const c = (globalThis as unknown as { chrome: { storage: { session: { set(i: Record<string, unknown>): Promise<void> } } } }).chrome;
    await c.storage.session.set({ 'lurewatch:checkHandoff': { text, at: Date.now() } });
  }, HANDOFF);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByLabel('Paste a message or job offer you got')).toHaveValue(HANDOFF);
  await expect(popup.locator('.lw-check [data-risk]').first()).toHaveAttribute('data-risk', /^(medium|high)$/);
  const left = await background.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return c.storage.session.get('lurewatch:checkHandoff');
  });
  expect(left).toEqual({});
});

test('keyboard only: every action is reachable with Tab and works with Enter', async ({ context, background, extensionId }) => {
  await openScamPage(context);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE));
  const reached: string[] = [];
  for (let i = 0; i < 40; i++) {
    await popup.keyboard.press('Tab');
    const name = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}` : '';
    });
    reached.push(name);
    if (name === 'button:Save a report') break;
  }
  expect(reached[0]).toBe('button:Settings');
  expect(reached).toContain('button:Save a report');
  // Focus is visible: the focused control draws an outline.
  const outline = () => popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(await outline()).toBe('solid');
  await popup.keyboard.press('Enter');
  await expect(popup.locator('article.lw-item').first().getByRole('status')).toContainText('Nothing was sent');
  // Focus stays on the button after the action, so the keyboard user is not sent back to the top.
  expect(await popup.evaluate(() => (document.activeElement as HTMLElement).textContent?.trim())).toBe('Save a report');
});

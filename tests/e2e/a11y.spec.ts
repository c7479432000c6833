/**
 * Accessibility (issue 6): axe-core finds no serious or critical violation in the popup, the options
 * page or the inline warning, in English and in the right-to-left Arabic and Urdu. The popup is audited with a real scam report
 * and every item opened, so the quoted evidence and actions are audited too.
 *
 * The inline warning lives in a closed shadow root that axe cannot enter; its markup and styles are
 * read through the DevTools protocol (as assistive technology reads it) and audited in a blank page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { textDirection } from '../../lib/i18n/languages';
import { expect, test } from './extension';
import { openPopupFor, openScamPage, SCAM_PAGE, setSettings, tabIdOf } from './popup-helpers';

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder.include(include);
  const results = await builder.analyze();
  // axe really ran on content (an empty page would pass everything).
  expect(results.passes.length).toBeGreaterThan(5);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
}

async function openAll(popup: Page) {
  await popup.evaluate(() => {
    for (const d of document.querySelectorAll('details')) (d as HTMLDetailsElement).open = true;
  });
}

/** The inline warnings' shadow content (markup and styles), read through CDP. */
async function inlineWarningMarkup(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const out: string[] = [];
  const visit = async (node: CdpNode) => {
    if (node.localName === 'lurewatch-warning') {
      for (const sr of node.shadowRoots ?? []) {
        const parts = await Promise.all((sr.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })));
        out.push(parts.map((p) => (p as { outerHTML: string }).outerHTML).join(''));
      }
    }
    for (const c of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) await visit(c);
  };
  await visit(root);
  await cdp.detach();
  return out;
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

test('the audit itself catches a serious violation', async ({ context }) => {
  const page = await context.newPage();
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>x</h1><p>text</p><button></button><img src="x.png"></main></body></html>',
  );
  expect((await seriousViolations(page)).map((v) => v.id)).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
});

// English, and both right-to-left languages: Arabic and Urdu (lib/i18n/languages.ts RTL).
for (const lang of ['en', 'ar', 'ur'] as const) {
  test(`popup with a scam report has no serious accessibility violation (${lang})`, async ({ context, background, extensionId }) => {
    if (lang !== 'en') await setSettings(background, { uiLanguage: lang });
    await openScamPage(context);
    const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE));
    await expect(popup.locator('article.lw-item')).toHaveCount(2);
    await openAll(popup);
    // Also audit a checked message.
    await popup.locator('#lw-check-text').fill('Pay a registration fee of 50 USD on WhatsApp wa.me/15550001111 before you start.');
    await popup.locator('.lw-check button[type=submit]').click();
    await expect(popup.locator('.lw-check [data-risk]').first()).toBeVisible();
    expect(await seriousViolations(popup)).toEqual([]);
  });

  test(`options page has no serious accessibility violation (${lang})`, async ({ context, background, extensionId }) => {
    if (lang !== 'en') await setSettings(background, { uiLanguage: lang });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(page.locator('.lw-pack').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', textDirection(lang));
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`inline warning has no serious accessibility violation (${lang})`, async ({ context, background }) => {
    if (lang !== 'en') await setSettings(background, { uiLanguage: lang });
    const page = await openScamPage(context);
    const warnings = await inlineWarningMarkup(page);
    expect(warnings.length).toBeGreaterThan(0);
    const blank = await context.newPage();
    await blank.setContent(
      `<!doctype html><html lang="${lang}" dir="${textDirection(lang)}"><head><title>inline warning</title></head><body><main>${warnings
        .map((w, i) => `<div id="w${i}">${w}</div>`)
        .join('')}</main></body></html>`,
    );
    expect(await seriousViolations(blank)).toEqual([]);
  });
}

// Dark mode (components/styles.css, prefers-color-scheme): the re-picked colours must keep AA contrast.
test('popup and options in dark mode have no serious accessibility violation', async ({ context, background, extensionId }) => {
  await openScamPage(context);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE));
  await popup.emulateMedia({ colorScheme: 'dark' });
  await expect(popup.locator('article.lw-item')).toHaveCount(2);
  await openAll(popup);
  // The dark palette really applies (a test that passed on the light one would prove nothing).
  expect(await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(31, 31, 31)');
  expect(await seriousViolations(popup)).toEqual([]);

  const options = await context.newPage();
  await options.emulateMedia({ colorScheme: 'dark' });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.locator('.lw-pack').first()).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
});

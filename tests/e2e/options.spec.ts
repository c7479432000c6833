/**
 * The options page (issue 6): language, sites, pack status, and the NGO export built from a report
 * saved in the popup, downloaded as CSV through a Blob URL.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './extension';
import { openPopupFor, openScamPage, SCAM_PAGE, screenshot, tabIdOf } from './popup-helpers';

test('settings: language, sites and pack status', async ({ context, background, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LureWatch settings');

  // Pack status: the bundled core pack at least, with its version.
  await expect(page.locator('.lw-pack').first()).toContainText(/Version \d+/);

  // A site where checking is off, typed as a full address.
  const input = page.getByRole('textbox', { name: /Sites where checking is off/ });
  await input.fill('https://www.Jobs.Example.com/offers');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove www.jobs.example.com' })).toBeVisible();
  const stored = await background.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await c.storage.sync.get('lurewatch:settings'))['lurewatch:settings'] as { disabledSites?: string[] };
  });
  expect(stored.disabledSites).toEqual(['www.jobs.example.com']);
  await screenshot(page, 'options', testInfo.outputPath('options.png'));

  // Language: Arabic flips the page right to left at once.
  await page.getByLabel('Language', { exact: true }).selectOption('ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('إعدادات LureWatch');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('a report saved in the popup is exported as CSV and JSON, and "clear my data" removes it', async ({
  context,
  background,
  extensionId,
}) => {
  await openScamPage(context);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(background, SCAM_PAGE));
  const first = popup.locator('article.lw-item').first();
  await first.getByRole('button', { name: 'Save a report' }).click();
  await expect(first.getByRole('status')).toContainText('Nothing was sent');

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByText('Reports: 1 · Feedback: 0')).toBeVisible();

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/^lurewatch-reports-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('type,at,site,risk,signals,sender');
  expect(lines[1]).toMatch(/^report,\d{4}-\d{2}-\d{2}T[^,]+,127\.0\.0\.1,(medium|high),[a-z]/);

  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  const doc = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as { reports: { site: string; signals: string[] }[] };
  expect(doc.reports).toHaveLength(1);
  expect(doc.reports[0]?.site).toBe('127.0.0.1');
  expect(doc.reports[0]?.signals.length).toBeGreaterThan(0);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Clear my data' }).click();
  await expect(page.getByText('Your data was deleted.')).toBeVisible();
  await expect(page.getByText('Reports: 0 · Feedback: 0')).toBeVisible();
});

import { expect, test } from './extension';
import { FIXTURE_ORIGIN } from './ports';

test('the content script runs on a fixture page', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`${FIXTURE_ORIGIN}/pages/hello.html`);
  await expect(page.locator('html')).toHaveAttribute('data-lurewatch-ready', '1', { timeout: 10_000 });
});

test('the popup renders', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LureWatch');
  await page.screenshot({ path: testInfo.outputPath('popup.png') });
});

test('the options page renders', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LureWatch settings');
  await page.screenshot({ path: testInfo.outputPath('options.png') });
});

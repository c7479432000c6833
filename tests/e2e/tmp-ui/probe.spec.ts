import { test } from '../extension';
import { FIXTURE_ORIGIN } from '../ports';
test('probe', async ({ context, extensionId, background }) => {
  background.on('console', (m) => console.log('SW:', m.text()));
  const page = await context.newPage();
  page.on('console', (m) => console.log('PAGE:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('PAGEERR:', e.message));
  await page.goto(`${FIXTURE_ORIGIN}/pages/scan-feed.html`);
  await page.waitForTimeout(3000);
  console.log('marked', await page.locator('[data-lurewatch-risk]').count(), await page.locator('html').getAttribute('data-lurewatch-ready'));
  const popup = await context.newPage();
  popup.on('console', (m) => console.log('POPUP:', m.type(), m.text()));
  popup.on('pageerror', (e) => console.log('POPUPERR:', e.message));
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=999999`);
  await popup.waitForTimeout(2000);
  console.log((await popup.content()).slice(0, 1500));
});

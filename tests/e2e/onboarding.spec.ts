/**
 * Awareness onboarding (issue 7): a fresh install opens the page in a tab; it shows the real warning
 * and a ten-card quiz with instant feedback; it speaks the language asked for (and Arabic right to
 * left); axe finds no serious violation; the popup links back to it.
 */

import { rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { CARDS } from '../../lib/quiz/cards';
import { EXTENSION_PATH, expect, launchWithExtension, serviceWorkerOf, test } from './extension';

async function onboardingTab(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = `chrome-extension://${extensionId}/onboarding.html`;
  await expect.poll(() => context.pages().some((p) => p.url().startsWith(url)), { timeout: 10_000 }).toBe(true);
  return context.pages().find((p) => p.url().startsWith(url))!;
}

test('a fresh install opens the onboarding page, once', async () => {
  // Other tests get the install tab closed for them (extension.ts); this one keeps it.
  const { context, dir } = await launchWithExtension(EXTENSION_PATH, { keepOnboarding: true });
  try {
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await onboardingTab(context, extensionId);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to LureWatch');
    await page.waitForTimeout(500);
    expect(context.pages().filter((p) => p.url().includes('/onboarding.html'))).toHaveLength(1);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the sample warning is the real one, and the quiz gives feedback on all ten cards', async ({ context, extensionId }, testInfo) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/onboarding.html?lang=en`);
  const warning = page.getByTestId('sample-warning');
  // Playwright reads open shadow roots: the warning's own words and its "Why?" button.
  await expect(warning.getByText(/Possible recruitment scam|Possible scam/)).toBeVisible();
  await warning.getByRole('button', { name: 'Why?' }).click();
  await expect(warning.getByRole('heading', { name: 'What to do now' })).toBeVisible();

  const quiz = page.getByTestId('quiz');
  for (const [i, card] of CARDS.entries()) {
    await expect(quiz.getByText(`Message ${i + 1} of ${CARDS.length}`)).toBeVisible();
    // Answer the first card wrongly, the rest rightly.
    const right = card.answer === 'scam' ? 'Scam' : 'Looks safe';
    const wrong = card.answer === 'scam' ? 'Looks safe' : 'Scam';
    await quiz.getByRole('button', { name: i === 0 ? wrong : right, exact: true }).click();
    await expect(quiz.getByRole('status')).toContainText(i === 0 ? 'Not quite.' : 'Right!');
    await expect(quiz.getByRole('status')).toContainText(card.answer === 'scam' ? 'This is a scam.' : 'This one looks safe.');
    await quiz.getByRole('button', { name: i + 1 === CARDS.length ? 'See my result' : 'Next message' }).click();
  }
  await expect(quiz.getByRole('heading', { name: `You got ${CARDS.length - 1} out of ${CARDS.length} right.` })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('onboarding-result.png'), fullPage: true });
});

test('the page speaks the chosen language, right to left for Arabic and Urdu, with no serious accessibility violation', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/onboarding.html?lang=tl`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maligayang pagdating sa LureWatch');
  await expect(page.getByRole('button', { name: 'Mukhang ligtas' })).toBeVisible();

  await page.goto(`chrome-extension://${extensionId}/onboarding.html?lang=ar`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مرحبًا بك في LureWatch');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.passes.length).toBeGreaterThan(5);
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // Urdu is right to left too (lib/i18n/languages.ts RTL), and its quiz is translated.
  await page.goto(`chrome-extension://${extensionId}/onboarding.html?lang=ur`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LureWatch میں خوش آمدید');
  await expect(page.getByRole('button', { name: 'محفوظ لگتا ہے' })).toBeVisible();
  const urdu = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(urdu.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('the popup links back to the onboarding page', async ({ context, extensionId }) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const link = popup.getByTestId('learn-link');
  await expect(link).toHaveText('How to spot a scam');
  const before = context.pages().filter((p) => p.url().includes('/onboarding.html')).length;
  await link.click();
  await expect.poll(() => context.pages().filter((p) => p.url().includes('/onboarding.html')).length).toBe(before + 1);
});

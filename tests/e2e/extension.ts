/**
 * Playwright fixture that loads the built extension (.output/chrome-mv3) into Debian's Chromium,
 * headless, in a fresh profile per test. Never downloads a browser (../shared/TOOLCHAIN.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, test as base, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, extensionArgs } from './chromium';

export { CHROMIUM_PATH };

export const EXTENSION_PATH = path.resolve(process.env.LUREWATCH_EXTENSION ?? '.output/chrome-mv3');

/**
 * A fresh profile is a fresh install, and LureWatch opens its onboarding page on install (issue 7,
 * lib/bg/onboarding.ts) in front of the test's page, which then gets no animation frames: every
 * Playwright action waits ~2 s for "stable". So the launch waits for that tab (it comes within a
 * second of the worker starting) and closes it, unless the test is about it (keepOnboarding).
 */
async function closeInstallTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const tab = context.pages().find((p) => /\/onboarding\.html/.test(p.url()));
    if (tab) return tab.close();
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchWithExtension(
  extensionPath = EXTENSION_PATH,
  options: { keepOnboarding?: boolean } = {},
): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lurewatch-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...extensionArgs(extensionPath), ...CHROMIUM_ARGS],
  });
  if (!options.keepOnboarding) await closeInstallTab(context);
  return { context, dir };
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  return sw;
}

export const test = base.extend<{ context: BrowserContext; extensionId: string; background: Worker }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object.
  context: async ({}, use) => {
    const { context, dir } = await launchWithExtension();
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  background: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
});

export const expect = test.expect;

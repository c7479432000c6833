/**
 * Shared steps for the popup, options and accessibility browser tests: open the scam fixture page,
 * find its tab id from the service worker, open the popup for that tab (popup.html?tab=<id>), switch
 * the UI language through stored settings, and write README screenshots when SCREENSHOTS=1.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './extension';
import { FIXTURE_ORIGIN } from './ports';

/** tests/fixtures/pages/scan-feed.html: a trafficking lure and an upfront-fee scam among ordinary posts. */
export const SCAM_PAGE = `${FIXTURE_ORIGIN}/pages/scan-feed.html`;

/** The extension APIs as seen inside the service worker (background.evaluate runs there, not in Node). */
interface ChromeLike {
  tabs: { query(q: Record<string, unknown>): Promise<{ id?: number; url?: string }[]> };
  storage: {
    session: { get(k: string | null): Promise<Record<string, unknown>> };
    sync: { set(items: Record<string, unknown>): Promise<void>; get(k: string): Promise<Record<string, unknown>> };
  };
}
declare const chrome: ChromeLike;

export async function openScamPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SCAM_PAGE);
  await expect(page.locator('#post-lure')).toHaveAttribute('data-lurewatch-risk', /^(medium|high)$/, { timeout: 15_000 });
  await expect(page.locator('#post-fee')).toHaveAttribute('data-lurewatch-risk', /^(medium|high)$/);
  return page;
}

/**
 * The tab id of a scanned URL, asked of the service worker (a page cannot learn its own tab id, and
 * without the "tabs" permission chrome.tabs.query does not see URLs): the background keeps each tab's
 * report in storage.session under "tab:<id>" (lib/bg/tab-reports.ts), and the report names its URL.
 */
export async function tabIdOf(background: Worker, url: string): Promise<number> {
  const id = await background.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && (v as { url?: string } | null)?.url === u);
    if (hit) return Number(hit[0].slice(4));
    const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? null;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

/** Opens the popup page for a tab; waits until the report is shown. */
export async function openPopupFor(context: BrowserContext, extensionId: string, tabId: number, width = 400): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('.lw-tab')).toHaveAttribute('aria-busy', 'false');
  return popup;
}

/** Stores a settings patch the way the options page would (storage.sync, read by every context). */
export async function setSettings(background: Worker, patch: Record<string, unknown>): Promise<void> {
  await background.evaluate(async (p) => {
    const key = 'lurewatch:settings';
    const current = ((await chrome.storage.sync.get(key))[key] ?? {}) as Record<string, unknown>;
    await chrome.storage.sync.set({ [key]: { version: 1, ...current, ...p, updatedAt: Date.now() } });
  }, patch);
}

/** README images show what a user sees first: the top of the page, at most this tall (Chrome caps popups at 600 px). */
const README_SHOT_HEIGHT = 600;

/**
 * Writes docs/screenshots/<name>.png when SCREENSHOTS=1 (README images: the first screenful, not the whole
 * scrolling page); the test artefact is always the full page.
 */
export async function screenshot(page: Page, name: string, artefact: string): Promise<void> {
  await page.screenshot({ path: artefact, fullPage: true });
  if (process.env.SCREENSHOTS === '1') {
    const dir = path.resolve('docs/screenshots');
    mkdirSync(dir, { recursive: true });
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: path.join(dir, `${name}.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(height, README_SHOT_HEIGHT) },
    });
  }
}

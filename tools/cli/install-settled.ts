/**
 * For the browser tools (bench-page, trace-load): waits until a freshly installed extension is in the
 * state every page after the first moments of an install sees. The background has stored the bundled
 * pack's compiled snapshot (lib/bg/floor-pack.ts), so pages restore it instead of compiling (the path
 * users meet), and the onboarding tab that opens on install is closed (a tab in front of the measured
 * page takes its animation frames).
 */
import type { BrowserContext } from '@playwright/test';
import { STORAGE_KEYS } from '../../lib/store/keys';

/** The extension APIs inside the service worker (Worker.evaluate runs there, not in Node). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/** True when the snapshot is stored; false after timeoutMs (the caller reports which path it measured). */
export async function installSettled(context: BrowserContext, timeoutMs = 30_000): Promise<boolean> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const deadline = Date.now() + timeoutMs;
  let stored = false;
  while (!stored && Date.now() < deadline) {
    stored = await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key] !== undefined, STORAGE_KEYS.floorSnapshot);
    if (!stored) await new Promise((r) => setTimeout(r, 200));
  }
  for (const page of context.pages()) if (/\/onboarding\.html/.test(page.url())) await page.close();
  return stored;
}

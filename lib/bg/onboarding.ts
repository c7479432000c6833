/**
 * Opens the "spot the scam" onboarding page once, on a fresh install (issue 7), in a normal tab:
 * tabs.create exists everywhere, Firefox for Android included (windows.create does not). Not on
 * updates or browser restarts, and not when the managed policy switches onboarding off (a school lab
 * where the same machine is set up every morning).
 */
import { browser } from 'wxt/browser';
import { type ManagedConfig, readManagedConfig } from '../policy/managed';

export const ONBOARDING_PAGE = '/onboarding.html';

export interface OnboardingDeps {
  policy(): Promise<ManagedConfig>;
  open(url: string): Promise<void>;
  url(path: string): string;
}

/** Returns true when the page was opened. */
export async function onInstalled(reason: string, deps: OnboardingDeps): Promise<boolean> {
  if (reason !== 'install') return false;
  const config = await deps.policy();
  if (!config.features.onboarding) return false;
  await deps.open(deps.url(ONBOARDING_PAGE));
  return true;
}

const realDeps: OnboardingDeps = {
  policy: async () => (await readManagedConfig()).config,
  open: async (url) => {
    await browser.tabs.create({ url });
  },
  url: (path) => browser.runtime.getURL(path as '/onboarding.html'),
};

export function registerOnboarding(deps: OnboardingDeps = realDeps): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Nothing to tell the user from the background if the tab cannot open; the popup link remains.
    void onInstalled(reason, deps).catch(() => {});
  });
}

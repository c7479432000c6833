import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_POLICY, parseManagedConfig } from '../policy/managed';
import { ONBOARDING_PAGE, onInstalled, registerOnboarding } from './onboarding';

function deps(config = NO_POLICY) {
  return { policy: vi.fn(async () => config), open: vi.fn(async () => {}), url: (p: string) => `chrome-extension://id${p}` };
}

describe('onboarding on install', () => {
  it('opens the page on a fresh install only', async () => {
    const d = deps();
    expect(await onInstalled('install', d)).toBe(true);
    expect(d.open).toHaveBeenCalledWith(`chrome-extension://id${ONBOARDING_PAGE}`);
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update']) {
      expect(await onInstalled(reason, d)).toBe(false);
    }
    expect(d.open).toHaveBeenCalledTimes(1);
  });

  it('does not open it when the policy switches onboarding off', async () => {
    const d = deps(parseManagedConfig({ features: { onboarding: false } }).config);
    expect(await onInstalled('install', d)).toBe(false);
    expect(d.open).not.toHaveBeenCalled();
  });

  it('is wired to runtime.onInstalled', async () => {
    const d = deps();
    registerOnboarding(d);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(() => expect(d.open).toHaveBeenCalledOnce());
  });
});

/**
 * Unit-test set-up. @webext-core/messaging talks to `chrome.*` directly, so the wxt fakeBrowser
 * stands in for both `browser` and `chrome`.
 */
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as unknown as { chrome: typeof fakeBrowser }).chrome = fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
});

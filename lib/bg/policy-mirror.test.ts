import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPolicyMirror, noPolicyMirror } from '../policy/mirror';
import { registerPolicyMirror, syncPolicyMirror } from './policy-mirror';

beforeEach(() => fakeBrowser.reset());

describe('the background copies policy for content scripts', () => {
  it('at start, and again when the administrator changes the policy', async () => {
    await fakeBrowser.storage.managed.set({ features: { inlineWarnings: false }, defaultLanguage: 'vi' });
    registerPolicyMirror();
    await vi.waitFor(async () => expect((await loadPolicyMirror()).features.inlineWarnings).toBe(false));
    expect((await loadPolicyMirror()).defaultLanguage).toBe('vi');

    await fakeBrowser.storage.managed.clear();
    await vi.waitFor(async () => expect(await loadPolicyMirror()).toEqual(noPolicyMirror()));
  });

  it('a browser without managed storage (or no policy) means everything on', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    await syncPolicyMirror();
    expect(await loadPolicyMirror()).toEqual(noPolicyMirror());
  });
});

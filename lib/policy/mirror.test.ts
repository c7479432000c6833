import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from '../store/keys';
import { FEATURES } from './features';
import { NO_POLICY, parseManagedConfig } from './managed';
import { loadPolicyMirror, mirrorOf, noPolicyMirror, readMirror, watchPolicyMirror, writePolicyMirror } from './mirror';

beforeEach(() => fakeBrowser.reset());

describe('policy mirror', () => {
  it('keeps only what the page side needs from a managed config', () => {
    const { config } = parseManagedConfig({
      defaultLanguage: 'tl',
      defaultCountry: 'ph',
      organization: { name: 'NGO' },
      features: { inlineWarnings: false },
    });
    expect(mirrorOf(config)).toEqual({
      features: { ...NO_POLICY.features, inlineWarnings: false },
      defaultLanguage: 'tl',
      defaultCountry: 'PH',
    });
  });

  it('reads a stored copy field by field: only an explicit false turns a feature off', () => {
    expect(readMirror(undefined)).toEqual(noPolicyMirror());
    expect(readMirror('x')).toEqual(noPolicyMirror());
    const read = readMirror({
      features: { history: false, contextMenu: 'no', teleport: false },
      defaultLanguage: 'xx',
      defaultCountry: 'ph',
    });
    expect(read).toEqual({ features: { ...noPolicyMirror().features, history: false } });
    expect(Object.keys(read.features).sort()).toEqual([...FEATURES].sort());
  });

  it('round-trips through storage.local and reports changes', async () => {
    expect(await loadPolicyMirror()).toEqual(noPolicyMirror());
    const seen = vi.fn();
    const stop = watchPolicyMirror(seen);
    const mirror = { features: { ...noPolicyMirror().features, checkMessage: false }, defaultCountry: 'VN' };
    await writePolicyMirror(mirror);
    expect(await loadPolicyMirror()).toEqual(mirror);
    expect(seen).toHaveBeenCalledWith(mirror);
    stop();
    await fakeBrowser.storage.local.set({ [STORAGE_KEYS.policyMirror]: {} });
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORAGE_KEYS } from '../store/keys';
import { loadSettings } from '../store/settings-store';
import { loadFeedback, MAX_FEEDBACK_KEYS, readFeedback, rememberDismissed, rememberNotScam, withKey } from './feedback';

describe('item feedback', () => {
  it('reads malformed storage as empty, field by field', () => {
    expect(readFeedback(undefined)).toEqual({ notScam: [], dismissed: [] });
    expect(readFeedback({ notScam: 'x', dismissed: ['m1abc', 42, '<script>'] })).toEqual({ notScam: [], dismissed: ['m1abc'] });
  });

  it('remembers dismissals and "not a scam" by key', async () => {
    await rememberDismissed('m1abc');
    await rememberNotScam('p2def');
    await rememberDismissed('m1abc');
    expect(await loadFeedback()).toEqual({ notScam: ['p2def'], dismissed: ['m1abc'] });
    const stored = await fakeBrowser.storage.local.get(STORAGE_KEYS.itemFeedback);
    expect(stored[STORAGE_KEYS.itemFeedback]).toEqual({ notScam: ['p2def'], dismissed: ['m1abc'] });
  });

  it('trusts the sender once when there is one', async () => {
    await rememberNotScam('m1abc', ' Ann Lee ');
    await rememberNotScam('m2abc', 'ann lee');
    expect((await loadSettings()).allowSenders).toEqual(['Ann Lee']);
  });

  it('rejects keys that are not ours', async () => {
    await expect(rememberDismissed('not a key!')).rejects.toThrow(/invalid item key/);
  });

  it('caps the lists, oldest out', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_FEEDBACK_KEYS + 5; i++) list = withKey(list, `k${i}`);
    expect(list).toHaveLength(MAX_FEEDBACK_KEYS);
    expect(list[0]).toBe('k5');
  });
});

import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../crypto/signature';
import { DEFAULT_SETTINGS, type Settings } from '../store/settings';
import { feedList } from './feeds-list';

const build = { defaultFeedUrl: 'https://rules.lurewatch.org/core/index.json', allowLoopbackHttp: false };

describe('feedList', () => {
  it('includes feeds the user added, unless the policy switches user feeds off', async () => {
    const { publicKey } = await generateKeyPair();
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      feeds: [{ url: 'https://ngo.example/index.json', publicKey, origin: 'user' }],
    };
    const policy = { feeds: [{ url: 'https://policy.example/index.json' }], trustedKeys: [] };
    expect(feedList(build, policy, settings).map((f) => [f.origin, f.url])).toEqual([
      ['builtin', build.defaultFeedUrl],
      ['policy', 'https://policy.example/index.json'],
      ['user', 'https://ngo.example/index.json'],
    ]);
    expect(feedList(build, { ...policy, userFeeds: false }, settings).map((f) => f.origin)).toEqual(['builtin', 'policy']);
  });
});

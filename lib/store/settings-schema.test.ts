import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './settings';
import { migrateSettings, readSettings, SETTINGS_VERSION, validateSettings } from './settings-schema';

// Any 32 bytes make a syntactically valid Ed25519 public key for settings validation.
const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

describe('validateSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(validateSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, fallbacks: [] });
  });

  it('replaces only the invalid field', () => {
    const { settings, fallbacks } = validateSettings({ paused: 'yes', sensitivity: 'cautious', historyRetentionDays: -3 });
    expect(settings.paused).toBe(false);
    expect(settings.sensitivity).toBe('cautious');
    expect(settings.historyRetentionDays).toBe(30);
    expect(fallbacks.sort()).toEqual(['historyRetentionDays', 'paused']);
  });

  it('drops invalid list entries, normalises and dedupes hostnames', () => {
    const { settings, fallbacks } = validateSettings({ disabledSites: ['Example.COM', 'example.com', 'not a host', 42] });
    expect(settings.disabledSites).toEqual(['example.com']);
    expect(fallbacks).toEqual(['disabledSites[2]', 'disabledSites[3]']);
  });

  it('keeps user feeds with a valid key and drops policy feeds (they come from storage.managed)', () => {
    const user = { url: 'https://ngo.example/feed/index.json', publicKey: KEY, origin: 'user' };
    const { settings, fallbacks } = validateSettings({
      feeds: [user, { ...user, origin: 'policy' }, { ...user, publicKey: 'short' }, { ...user, url: 'ftp://x' }],
    });
    expect(settings.feeds).toEqual([user]);
    expect(fallbacks).toEqual(['feeds[2]', 'feeds[3]']);
  });

  it('falls back entirely for a non-object', () => {
    expect(validateSettings([1, 2]).fallbacks).toEqual(['(root)']);
    expect(validateSettings('x').settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrateSettings', () => {
  it('reads an unversioned object as version 1', () => {
    const m = migrateSettings({ paused: true });
    expect(m).toEqual({ value: { paused: true, version: SETTINGS_VERSION }, from: 0, newer: false });
  });

  it('flags settings written by a newer build and still reads the fields it knows', () => {
    const r = readSettings({ version: 99, paused: true, futureField: { a: 1 } });
    expect(r.newer).toBe(true);
    expect(r.from).toBe(99);
    expect(r.settings.paused).toBe(true);
    expect(r.settings.version).toBe(1);
  });
});

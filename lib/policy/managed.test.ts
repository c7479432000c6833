import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UI_LANGUAGES } from '../i18n/languages';
import { countrySetting, FEATURES, languageSetting, NO_POLICY, parseManagedConfig, readManagedConfig } from './managed';

const KEY = '5uLaf9Xt7Q/bfTRB2VBD4T9RqNmRb7lFBaU54AggPt8=';
const LOGO = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const FULL = {
  defaultLanguage: 'tl',
  defaultCountry: 'ph',
  organization: { name: 'Migrant Help PH', logo: LOGO, url: 'https://example.org', email: 'help@example.org', phone: '+63 2 1348' },
  helpLinks: [
    { label: 'Our hotline', phone: '+63 917 000 0000', kind: 'trafficking' },
    { label: 'Check a recruiter', url: 'https://example.org/check' },
  ],
  features: { contextMenu: false, userFeeds: false },
  feeds: [{ url: 'https://rules.example.org/sea/index.json', publicKey: KEY, name: 'SEA routes' }],
  trustedKeys: [KEY],
};

describe('parseManagedConfig', () => {
  it('reads a complete policy', () => {
    const { config, problems } = parseManagedConfig(FULL);
    expect(problems).toEqual([]);
    expect(config.defaultLanguage).toBe('tl');
    expect(config.defaultCountry).toBe('PH');
    expect(config.organization?.name).toBe('Migrant Help PH');
    expect(config.helpLinks).toHaveLength(2);
    expect(config.features).toEqual({
      onboarding: true,
      contextMenu: false,
      inlineWarnings: true,
      checkMessage: true,
      userFeeds: false,
      history: true,
    });
    expect(config.feeds).toEqual([{ url: 'https://rules.example.org/sea/index.json', publicKey: KEY, name: 'SEA routes' }]);
    expect(config.trustedKeys).toEqual([KEY]);
  });

  it('no policy means every feature on and nothing else', () => {
    expect(parseManagedConfig(undefined)).toEqual({ config: NO_POLICY, problems: [] });
    expect(parseManagedConfig({})).toEqual({ config: NO_POLICY, problems: [] });
    expect(Object.values(NO_POLICY.features).every(Boolean)).toBe(true);
    expect(Object.keys(NO_POLICY.features)).toEqual([...FEATURES]);
  });

  it('drops each bad field on its own, with a problem naming it, and keeps the rest', () => {
    const { config, problems } = parseManagedConfig({
      ...FULL,
      defaultLanguage: 'klingon',
      organization: { name: 'X', logo: 'https://tracker.example/logo.png' },
      helpLinks: [{ label: 'ok', url: 'https://a.example' }, { label: 'plain http', url: 'http://a.example' }, { label: 'nothing' }],
      features: { contextMenu: 'no', teleport: false, history: false },
      organisation: {},
    });
    expect(config.defaultLanguage).toBeUndefined();
    expect(config.defaultCountry).toBe('PH');
    expect(config.organization).toBeUndefined();
    expect(config.helpLinks).toEqual([{ label: 'ok', url: 'https://a.example' }]);
    expect(config.features.contextMenu).toBe(true);
    expect(config.features.history).toBe(false);
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'defaultLanguage',
        'features.contextMenu',
        'features.teleport',
        'helpLinks[1].url',
        'helpLinks[2]',
        'organisation',
        'organization.logo',
      ].sort(),
    );
    expect(problems.find((p) => p.field === 'organization.logo')?.message).toContain('data:image');
  });

  it('refuses an oversized logo and a root that is not an object', () => {
    const big = `data:image/png;base64,${'A'.repeat(60_000)}`;
    expect(parseManagedConfig({ organization: { name: 'X', logo: big } }).problems).toEqual([
      { field: 'organization.logo', message: 'logo is larger than 48 KB' },
    ]);
    expect(parseManagedConfig('tl').problems).toEqual([{ field: '(root)', message: 'policy is not an object' }]);
  });

  it('reports feeds it had to ignore', () => {
    const { config, problems } = parseManagedConfig({ feeds: [{ url: 'not a url' }, { url: 'https://ok.example/index.json' }] });
    expect(config.feeds).toEqual([{ url: 'https://ok.example/index.json' }]);
    expect(problems).toEqual([{ field: 'feeds', message: expect.stringContaining('1 feed(s) ignored') }]);
  });
});

describe('policy defaults', () => {
  it('apply only while the user leaves the setting on auto', () => {
    const { config } = parseManagedConfig(FULL);
    expect(languageSetting('auto', config)).toBe('tl');
    expect(languageSetting('fr', config)).toBe('fr');
    expect(countrySetting('auto', config)).toBe('PH');
    expect(countrySetting('FR', config)).toBe('FR');
    expect(languageSetting('auto', NO_POLICY)).toBe('auto');
  });
});

describe('readManagedConfig', () => {
  it('reads storage.managed, and treats a rejecting managed area as no policy', async () => {
    // fakeBrowser's managed area is writable in tests; browsers fill it from policy.
    await fakeBrowser.storage.managed.set(FULL);
    expect((await readManagedConfig()).config.organization?.name).toBe('Migrant Help PH');
    const managed = fakeBrowser.storage.managed;
    const original = managed.get;
    managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect(await readManagedConfig()).toEqual({ config: NO_POLICY, problems: [] });
    } finally {
      managed.get = original;
    }
  });
});

describe('example policy files (docs/policies) and the Chrome schema', () => {
  const root = path.resolve(__dirname, '../..');
  const json = (p: string) => JSON.parse(readFileSync(path.join(root, p), 'utf8')) as Record<string, unknown>;

  it('the Linux Chrome policy and the Firefox policies.json carry a valid LureWatch config', () => {
    const chrome = json('docs/policies/chrome-linux/lurewatch.json') as { '3rdparty': { extensions: Record<string, unknown> } };
    const [chromeConfig] = Object.values(chrome['3rdparty'].extensions);
    expect(parseManagedConfig(chromeConfig).problems).toEqual([]);
    const firefox = json('docs/policies/firefox/policies.json') as { policies: { '3rdparty': { Extensions: Record<string, unknown> } } };
    const ffConfig = firefox.policies['3rdparty'].Extensions['lurewatch@lurewatch.org'];
    expect(parseManagedConfig(ffConfig).problems).toEqual([]);
    expect(parseManagedConfig(ffConfig).config.organization?.name).toBeTruthy();
  });

  it('the Chrome managed schema declares exactly the fields the reader knows', () => {
    const schema = json('public/managed_schema.json') as {
      type: string;
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual([
      'defaultCountry',
      'defaultLanguage',
      'features',
      'feeds',
      'helpLinks',
      'organization',
      'trustedKeys',
    ]);
    expect(Object.keys(schema.properties.features?.properties ?? {}).sort()).toEqual([...FEATURES].sort());
  });

  it('the Chrome managed schema offers exactly the UI languages as defaultLanguage', () => {
    // The schema is a static file: a language added to UI_LANGUAGES must be added to its enum too.
    const schema = json('public/managed_schema.json') as { properties: { defaultLanguage: { enum: string[] } } };
    expect(schema.properties.defaultLanguage.enum).toEqual([...UI_LANGUAGES]);
  });
});

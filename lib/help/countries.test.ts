import { describe, expect, it } from 'vitest';
import { COUNTRY_HELP, GLOBAL_HELP, type HelpContact, helpFor, smsHref, telHref } from './countries';

const all: HelpContact[] = [...Object.values(COUNTRY_HELP).flat(), ...GLOBAL_HELP];

describe('help contacts', () => {
  it('gives local and global contacts for a known country, in any case', () => {
    const help = helpFor('ph');
    expect(help.country).toBe('PH');
    expect(help.local.map((c) => c.phone)).toContain('1343');
    expect(help.global.length).toBeGreaterThan(0);
  });

  it('falls back to global contacts only for an unknown or missing country', () => {
    expect(helpFor('ZZ')).toEqual({ country: null, local: [], global: GLOBAL_HELP });
    expect(helpFor(null).local).toEqual([]);
  });

  it('cites a source for every contact and offers a way to reach most of them', () => {
    for (const c of all) {
      expect(c.source).toMatch(/DOMAIN\.md §3/);
      expect(c.name.trim()).not.toBe('');
    }
    // Kenya's diaspora office is named by the source without a number or address; it is the only one.
    expect(all.filter((c) => !c.url && !c.phone && !c.sms).map((c) => c.name)).toEqual(['State Department for Diaspora Affairs']);
  });

  it('links only to https (or mailto) addresses', () => {
    for (const c of all) if (c.url) expect(c.url).toMatch(/^(https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)|mailto:)/);
  });

  it('ships nothing DOMAIN.md marks [UNSOURCED]', () => {
    const text = JSON.stringify(all).toLowerCase();
    for (const banned of ['modern slavery helpline', 'reportcyber', 'info escroqueries', 'cổng cảnh báo', 'purple notice']) {
      expect(text).not.toContain(banned);
    }
    // The eCrime web address for Dubai was not confirmed: the phone number alone is shipped.
    expect(COUNTRY_HELP.AE?.every((c) => c.url === undefined)).toBe(true);
  });

  it('keeps country codes as ISO alpha-2 upper case', () => {
    for (const code of Object.keys(COUNTRY_HELP)) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('builds dialable tel: and sms: links', () => {
    expect(telHref('+82-2-3210-0404')).toBe('tel:+82232100404');
    expect(telHref('1-888-373-7888')).toBe('tel:18883737888');
    expect(smsHref('233733')).toBe('sms:233733');
  });
});

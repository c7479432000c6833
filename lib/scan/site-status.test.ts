import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../store/settings';
import { hostListed, siteStatus } from './site-status';

describe('site status', () => {
  it('matches a site and its subdomains only', () => {
    expect(hostListed('www.linkedin.com', ['linkedin.com'])).toBe(true);
    expect(hostListed('linkedin.com', ['LinkedIn.com'])).toBe(true);
    expect(hostListed('notlinkedin.com', ['linkedin.com'])).toBe(false);
    expect(hostListed('linkedin.com', [''])).toBe(false);
  });

  it('honours pause, disabled and trusted sites', () => {
    expect(siteStatus(DEFAULT_SETTINGS, 'jobs.example')).toBe('ok');
    expect(siteStatus({ ...DEFAULT_SETTINGS, paused: true }, 'jobs.example')).toBe('paused');
    expect(siteStatus({ ...DEFAULT_SETTINGS, disabledSites: ['jobs.example'] }, 'jobs.example')).toBe('disabled');
    expect(siteStatus({ ...DEFAULT_SETTINGS, allowSites: ['example'] }, 'jobs.example')).toBe('disabled');
  });
});

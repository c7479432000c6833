/**
 * Whether this page is scanned at all, from the user's settings (issue 4: "extension paused, site
 * disabled, allow-listed site"). A listed site covers its subdomains: "linkedin.com" covers
 * "www.linkedin.com", never "notlinkedin.com".
 */
import type { TabReport } from '../messaging';
import type { Settings } from '../store/settings';

export function hostListed(hostname: string, list: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return list.some((entry) => {
    const site = entry.toLowerCase().trim().replace(/\.$/, '');
    return site !== '' && (host === site || host.endsWith(`.${site}`));
  });
}

/** 'ok' to scan; otherwise the status the popup shows. A trusted site is reported like a disabled one. */
export function siteStatus(settings: Settings, hostname: string): TabReport['status'] {
  if (settings.paused) return 'paused';
  if (hostListed(hostname, settings.disabledSites) || hostListed(hostname, settings.allowSites)) return 'disabled';
  return 'ok';
}

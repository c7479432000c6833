/**
 * Copies the page-relevant part of managed policy into storage.local (lib/policy/mirror.ts says why),
 * at every background start and whenever the policy changes. The copy survives restarts, so a content
 * script that starts before the browser's policy service has answered still follows the last policy.
 */
import { browser } from 'wxt/browser';
import { readManagedConfig } from '../policy/managed';
import { mirrorOf, writePolicyMirror } from '../policy/mirror';

export async function syncPolicyMirror(): Promise<void> {
  const { config } = await readManagedConfig();
  await writePolicyMirror(mirrorOf(config));
}

export function registerPolicyMirror(): void {
  const sync = () => void syncPolicyMirror().catch(() => {});
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') sync();
  });
  sync();
}

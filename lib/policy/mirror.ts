/**
 * The page side's copy of managed policy: which features are on and the policy's default language and
 * country (STORAGE_KEYS.policyMirror, written by the background: lib/bg/policy-mirror.ts). The content
 * script reads it here rather than browser.storage.managed, which Firefox does not expose to content
 * scripts and Chromium answers only once its policy service has loaded. No copy yet (first seconds
 * after install) or a malformed one means "no policy": everything on, like the managed reader's default.
 */
import { browser } from 'wxt/browser';
import { isUiLanguage } from '../i18n/languages';
import { STORAGE_KEYS } from '../store/keys';
import type { PolicyDefaults } from './defaults';
import { allFeaturesOn, FEATURES, type Feature } from './features';

export interface PolicyMirror extends PolicyDefaults {
  features: Record<Feature, boolean>;
}

export function noPolicyMirror(): PolicyMirror {
  return { features: allFeaturesOn() };
}

/** What the background stores: only the fields the page side uses. */
export function mirrorOf(config: PolicyMirror): PolicyMirror {
  return {
    features: { ...config.features },
    ...(config.defaultLanguage ? { defaultLanguage: config.defaultLanguage } : {}),
    ...(config.defaultCountry ? { defaultCountry: config.defaultCountry } : {}),
  };
}

/** Reads a stored copy field by field; a feature is off only when it is explicitly false. */
export function readMirror(raw: unknown): PolicyMirror {
  const out = noPolicyMirror();
  if (typeof raw !== 'object' || raw === null) return out;
  const r = raw as { features?: unknown; defaultLanguage?: unknown; defaultCountry?: unknown };
  if (typeof r.features === 'object' && r.features !== null) {
    const features = r.features as Record<string, unknown>;
    for (const f of FEATURES) if (features[f] === false) out.features[f] = false;
  }
  if (typeof r.defaultLanguage === 'string' && isUiLanguage(r.defaultLanguage)) out.defaultLanguage = r.defaultLanguage;
  if (typeof r.defaultCountry === 'string' && /^[A-Z]{2}$/.test(r.defaultCountry)) out.defaultCountry = r.defaultCountry;
  return out;
}

export async function loadPolicyMirror(): Promise<PolicyMirror> {
  try {
    return readMirror((await browser.storage.local.get(STORAGE_KEYS.policyMirror))[STORAGE_KEYS.policyMirror]);
  } catch {
    return noPolicyMirror();
  }
}

export async function writePolicyMirror(mirror: PolicyMirror): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.policyMirror]: mirrorOf(mirror) });
}

/** Calls back when the background updates the copy (an administrator changed the policy). */
export function watchPolicyMirror(callback: (mirror: PolicyMirror) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== 'local' || !(STORAGE_KEYS.policyMirror in changes)) return;
    callback(readMirror(changes[STORAGE_KEYS.policyMirror]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * The managed configuration an NGO or school sets once for every installation (issue 7): Chrome/Edge
 * enterprise policy (schema: public/managed_schema.json) or Firefox policies.json "3rdparty"
 * (docs/policies/). Both reach the extension as browser.storage.managed, read-only to the user.
 *
 * Policy is untrusted input like any storage: an administrator can make a typo. Every field is
 * validated on its own; a bad field is dropped and reported as a problem (data, never thrown), and
 * the rest still applies. Feeds and trusted keys are parsed by lib/feeds/policy.ts, which the
 * background uses to fetch; this module reads the same two fields only to show them and report them.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { type FeedPolicy, parseFeedPolicy } from '../feeds/policy';
import { UI_LANGUAGES, type UiLanguage } from '../i18n/languages';
import { allFeaturesOn, FEATURES, type Feature } from './features';

// The language and country resolution order lives in ./defaults.ts (shared with the content script).
export { countrySetting, languageSetting } from './defaults';
// Features an administrator can switch off (all on by default): ./features.ts, light enough for the content script.
export { FEATURES, type Feature } from './features';

/** A help link kind, as lib/help labels them. */
export const HELP_KINDS = ['fraud', 'trafficking', 'migration', 'emergency', 'advice'] as const;

/**
 * Logos are data: URIs only. A logo fetched from the NGO's server would be a request from every
 * popup opening, and LureWatch promises that rule packs are its only network traffic (README, privacy).
 * 48 KB of base64 is a 36 KB image: plenty for a 64 px logo.
 */
const MAX_LOGO_CHARS = 48 * 1024;
const LOGO = /^data:image\/(?:png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;
const HTTPS_URL = v.pipe(v.string(), v.maxLength(2048), v.url('must be a URL'), v.startsWith('https://', 'must start with https://'));
const PHONE = v.pipe(v.string(), v.maxLength(40), v.regex(/^\+?[0-9][0-9 ()./-]{1,38}$/, 'must be a phone number such as "+63 2 1348"'));
const LABEL = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `is longer than ${max} characters`));

const OrganizationSchema = v.object({
  name: LABEL(80),
  logo: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_LOGO_CHARS, 'logo is larger than 48 KB'),
      v.regex(LOGO, 'logo must be a data:image/png|jpeg|webp|gif;base64 URI'),
    ),
  ),
  url: v.optional(HTTPS_URL),
  email: v.optional(v.pipe(v.string(), v.maxLength(200), v.email('must be an e-mail address'))),
  phone: v.optional(PHONE),
});

const HelpLinkSchema = v.object({
  label: LABEL(100),
  url: v.optional(HTTPS_URL),
  phone: v.optional(PHONE),
  kind: v.optional(v.picklist(HELP_KINDS)),
});

export type Organization = v.InferOutput<typeof OrganizationSchema>;
export type HelpLink = v.InferOutput<typeof HelpLinkSchema>;

export interface ManagedConfig {
  defaultLanguage?: UiLanguage;
  /** ISO 3166-1 alpha-2, upper case. */
  defaultCountry?: string;
  organization?: Organization;
  helpLinks: HelpLink[];
  /** Every feature, true unless the policy switched it off. */
  features: Record<Feature, boolean>;
  feeds: FeedPolicy['feeds'];
  trustedKeys: string[];
}

export interface PolicyProblem {
  /** The policy field, e.g. "organization.logo" or "helpLinks[2]". */
  field: string;
  message: string;
}

export interface ManagedRead {
  config: ManagedConfig;
  problems: PolicyProblem[];
}

/** Fields this schema knows; anything else is reported (a typo such as "organisation"). */
const KNOWN = new Set(['defaultLanguage', 'defaultCountry', 'organization', 'helpLinks', 'features', 'feeds', 'trustedKeys']);
const MAX_HELP_LINKS = 10;

export const NO_POLICY: ManagedConfig = Object.freeze({
  helpLinks: [],
  features: allFeaturesOn(),
  feeds: [],
  trustedKeys: [],
});

function issueText(issues: readonly v.BaseIssue<unknown>[]): { path: string; message: string } {
  const issue = issues[0]!;
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  const message = issue.received === 'undefined' ? 'is required but missing' : issue.message;
  return { path, message };
}

/** Validates a raw storage.managed object field by field. Never throws. */
export function parseManagedConfig(raw: unknown): ManagedRead {
  const config: ManagedConfig = structuredClone(NO_POLICY) as ManagedConfig;
  const problems: PolicyProblem[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: [{ field: '(root)', message: 'policy is not an object' }] };
  const obj = raw as Record<string, unknown>;
  const bad = (field: string, message: string) => problems.push({ field, message });

  for (const key of Object.keys(obj)) if (!KNOWN.has(key)) bad(key, 'unknown policy field (check its spelling)');

  if (obj.defaultLanguage !== undefined) {
    const lang = typeof obj.defaultLanguage === 'string' ? obj.defaultLanguage.trim().toLowerCase() : '';
    if ((UI_LANGUAGES as readonly string[]).includes(lang)) config.defaultLanguage = lang as UiLanguage;
    else bad('defaultLanguage', `must be one of ${UI_LANGUAGES.join(', ')}`);
  }
  if (obj.defaultCountry !== undefined) {
    const country = typeof obj.defaultCountry === 'string' ? obj.defaultCountry.trim().toUpperCase() : '';
    if (/^[A-Z]{2}$/.test(country)) config.defaultCountry = country;
    else bad('defaultCountry', 'must be a two-letter country code such as "PH"');
  }
  if (obj.organization !== undefined) {
    const res = v.safeParse(OrganizationSchema, obj.organization);
    if (res.success) config.organization = res.output;
    else {
      const { path, message } = issueText(res.issues);
      bad(`organization${path}`, message);
    }
  }
  if (obj.helpLinks !== undefined) {
    if (!Array.isArray(obj.helpLinks)) bad('helpLinks', 'must be a list');
    else
      obj.helpLinks.forEach((entry, i) => {
        const res = v.safeParse(HelpLinkSchema, entry);
        if (!res.success) {
          const { path, message } = issueText(res.issues);
          bad(`helpLinks[${i}]${path}`, message);
        } else if (!res.output.url && !res.output.phone) bad(`helpLinks[${i}]`, 'needs a url or a phone');
        else if (config.helpLinks.length >= MAX_HELP_LINKS) bad(`helpLinks[${i}]`, `more than ${MAX_HELP_LINKS} links; ignored`);
        else config.helpLinks.push(res.output);
      });
  }
  if (obj.features !== undefined) {
    if (typeof obj.features !== 'object' || obj.features === null || Array.isArray(obj.features))
      bad('features', 'must be an object of true/false');
    else
      for (const [name, value] of Object.entries(obj.features as Record<string, unknown>)) {
        if (!(FEATURES as readonly string[]).includes(name)) bad(`features.${name}`, `unknown feature; known: ${FEATURES.join(', ')}`);
        else if (typeof value !== 'boolean') bad(`features.${name}`, 'must be true or false');
        else config.features[name as Feature] = value;
      }
  }
  // Feeds and keys: the same parser the background fetches with, so what is shown is what is used.
  const feedPolicy = parseFeedPolicy(obj);
  config.feeds = feedPolicy.feeds;
  config.trustedKeys = feedPolicy.trustedKeys;
  if (obj.feeds !== undefined && !Array.isArray(obj.feeds)) bad('feeds', 'must be a list');
  else if (Array.isArray(obj.feeds) && feedPolicy.feeds.length < obj.feeds.length)
    bad('feeds', `${obj.feeds.length - feedPolicy.feeds.length} feed(s) ignored: each needs a valid "url"`);
  if (obj.trustedKeys !== undefined && !Array.isArray(obj.trustedKeys)) bad('trustedKeys', 'must be a list of base64 public keys');
  return { config, problems };
}

/** The managed configuration; no policy (or a browser without storage.managed) means NO_POLICY. */
export async function readManagedConfig(): Promise<ManagedRead> {
  try {
    // Chrome rejects when no policy is set for the extension; Firefox without policies.json too.
    const raw: unknown = await browser.storage.managed?.get(null);
    return parseManagedConfig(raw ?? {});
  } catch {
    return { config: structuredClone(NO_POLICY) as ManagedConfig, problems: [] };
  }
}

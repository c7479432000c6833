/**
 * THE one place adapters are registered (issue 4: "one file per site, registered in one place").
 * Order matters: site adapters first (the first to claim an element wins), then the fallbacks.
 * registry.test.ts checks that every adapter file is listed here, has selector data, a fixture page and a test.
 */

import discord from './discord';
import facebook from './facebook';
import facebookMarketplace from './facebook-marketplace';
import generic from './generic';
import glassdoor from './glassdoor';
import gmail from './gmail';
import indeed from './indeed';
import instagram from './instagram';
import jobstreet from './jobstreet';
import jsonld from './jsonld';
import type { SiteDefinition } from './kit/define';
import linkedin from './linkedin';
import naukri from './naukri';
import outlook from './outlook';
import defaults from './selectors.json';
import telegram from './telegram';
import type { PackSites } from './types';
import whatsapp from './whatsapp';
import x from './x';

export const SITES: readonly SiteDefinition[] = [
  linkedin,
  indeed,
  glassdoor,
  jobstreet,
  naukri,
  // Before `facebook`, which also matches facebook.com: Marketplace listings are claimed here first.
  facebookMarketplace,
  facebook,
  instagram,
  x,
  discord,
  whatsapp,
  telegram,
  gmail,
  outlook,
  jsonld,
  generic,
];

/** Bundled selector data, per site id (lib/sites/selectors.json). */
export const DEFAULT_SELECTORS: PackSites = defaults;

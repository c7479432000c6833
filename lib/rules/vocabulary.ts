/**
 * Closed vocabularies a pack may name. They live here (lib/rules sits below lib/engine and imports nothing
 * from it) so the schema can check them; lib/engine implements each entry, and lib/engine/compile.ts
 * proves at compile time that these lists and the engine's types (Family, ItemKind, Risk) are the same.
 */

/** The pack format this reader knows (docs/pack-format.md); the schema and the page-side check agree on it. */
export const PACK_FORMAT = 1;

export const FAMILIES = ['trafficking', 'task', 'fee', 'cheque', 'mule', 'identity', 'impersonation', 'romance', 'context'] as const;

export const KINDS = ['posting', 'message'] as const;
export const RISKS = ['none', 'low', 'medium', 'high'] as const;

/**
 * Entity kinds a signal may reference with "entity" (lib/engine/entities; ../shared/DOMAIN.md §2).
 * - telegram / whatsapp / line / zalo / wechat / kakao: a link or an explicit id for that app
 * - messaging: any of the above
 * - invite: a group invite link (t.me/+…, t.me/joinchat/…, chat.whatsapp.com/…, line.me/ti/g/…)
 * - handle: an @handle that is not an e-mail address
 * - phone: a phone number written with its country code (+NN…)
 * - shortener: a link through a URL shortener
 * - freemail: an e-mail address at a free-mail provider
 * - wallet: a crypto wallet address whose checksum is valid
 * - money: a pay amount with a period (per hour/day/week/month)
 * - high-pay: such an amount that is outsized for its currency and period
 */
export const ENTITY_KINDS = [
  'telegram',
  'whatsapp',
  'line',
  'zalo',
  'wechat',
  'kakao',
  'messaging',
  'invite',
  'handle',
  'phone',
  'shortener',
  'freemail',
  'wallet',
  'money',
  'high-pay',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Structural checks on a posting's fields (schema.org JobPosting; ../shared/DOMAIN.md §2). They fire only
 * when the item carries `fields` and only through a pack signal that names them with "check".
 * - no-employer: hiringOrganization missing
 * - outsized-salary: baseSalary per HOUR/DAY (or WEEK/MONTH) far above normal for its currency
 * - apply-via-chat: an apply URL or hiring contact on t.me, wa.me, line.me, zalo.me …
 * - posting-model / posting-model-strong: the pack's "postingModel" (a word-weight table, see
 *   lib/engine/posting-model.ts) rates a posting's wording at or above its threshold / strongThreshold
 */
export const CHECKS = ['no-employer', 'outsized-salary', 'apply-via-chat', 'posting-model', 'posting-model-strong'] as const;
export type CheckKind = (typeof CHECKS)[number];

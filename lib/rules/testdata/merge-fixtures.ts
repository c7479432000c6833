/**
 * Test-only fixtures for merging: the mini core pack (./mini.json) and a small valid regional pack.
 * Shared by lib/rules/merge.test.ts (pack data) and lib/engine/merge-verified.test.ts (the engine proof),
 * so the rules tests need not import the engine.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../schema';
import { validatePack } from '../validate';

export function load(): Pack {
  const raw: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('./mini.json', import.meta.url)), 'utf8'));
  const r = validatePack(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

export const explanation = (found: string) => ({ en: { found, why: 'Because.', todo: 'Do not pay.' } });

/** A small valid regional pack; `edit` changes it before validation. */
export function regional(id: string, edit: (p: Pack) => void = () => {}): Pack {
  const p: Pack = {
    format: 1,
    id,
    version: 5,
    name: `Regional ${id}`,
    published: '2026-11-28T00:00:00Z',
    expiresHours: 24,
    // Deliberately different from the core: a regional pack must not move the warning thresholds.
    thresholds: { low: 5, medium: 10, high: 20 },
    signals: [
      { id: 'fee.agency', family: 'fee', weight: 25, explain: 'agency-fee', terms: { tl: ['placement fee'] } },
      {
        id: 'trafficking.destination',
        family: 'trafficking',
        weight: 1,
        explain: 'destination',
        terms: { id: ['kamboja'], en: ['myawaddy'] },
      },
    ],
    combos: [{ id: 'fee.agency-abroad', all: ['fee.agency'], any: ['trafficking.destination'], bonus: 40, explain: 'agency-fee' }],
    explanations: {
      'agency-fee': explanation('An agency asks for a placement fee.'),
      // A standalone pack needs English for every key it uses; the core's English wins in the merge.
      destination: {
        ...explanation('Names a scam-centre town.'),
        id: { found: 'Menyebut kota pusat penipuan.', why: 'Karena.', todo: 'Jangan berangkat.' },
      },
    },
    sites: { whatsapp: { message: 'div.other', footer: 'div.footer' } },
    examples: [
      { text: 'placement fee for work in kamboja', expect: 'high' },
      { text: 'hello there', expect: 'none' },
    ],
  };
  edit(p);
  const r = validatePack(p);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

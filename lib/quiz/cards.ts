/**
 * The ten "spot the scam" cards of the onboarding page (issue 7), as data. Each card's words live in
 * ./messages/<lang>.json ("card.<id>.text", ".sign", ".explain"); this file holds what does not
 * depend on language: the order, the right answer and the scam family it teaches.
 * Every scam card is built from the indicators in ../shared/DOMAIN.md (section named per card), so the
 * quiz teaches what the extension itself looks for. Three cards are safe on purpose: a quiz where
 * everything is a scam teaches suspicion, not judgement.
 */
import type { Family } from '../engine/types';

export type Answer = 'scam' | 'safe';

export interface QuizCard {
  id: string;
  answer: Answer;
  /** The scam family taught (DOMAIN.md §1), or null for a safe card. */
  family: Family | null;
  kind: 'posting' | 'message';
  /** Where the indicators come from. */
  source: string;
}

export const CARDS: readonly QuizCard[] = [
  {
    id: 'travel',
    answer: 'scam',
    family: 'trafficking',
    kind: 'message',
    source: 'DOMAIN.md §1a: free air ticket and accommodation, no experience, passport photo, Telegram',
  },
  { id: 'task', answer: 'scam', family: 'task', kind: 'message', source: 'DOMAIN.md §1b: CV "recommended", $50–$500 a day, reply YES' },
  {
    id: 'interview',
    answer: 'safe',
    family: null,
    kind: 'message',
    source: 'counter-example: named employer, address, in-person interview, no payment',
  },
  {
    id: 'fee',
    answer: 'scam',
    family: 'fee',
    kind: 'message',
    source: 'DOMAIN.md §1c: fee "to secure your position", "reimbursed in your first paycheck"',
  },
  {
    id: 'cheque',
    answer: 'scam',
    family: 'cheque',
    kind: 'message',
    source: 'DOMAIN.md §1d: deposit the cheque, buy equipment from our vendor, send the remainder',
  },
  {
    id: 'mule',
    answer: 'scam',
    family: 'mule',
    kind: 'posting',
    source: 'DOMAIN.md §1e: payment processing assistant, your own account, keep a portion',
  },
  {
    id: 'agency',
    answer: 'safe',
    family: null,
    kind: 'message',
    source: 'counter-example: written contract, licensed agency, work visa (DOMAIN.md §1a advice)',
  },
  {
    id: 'passport',
    answer: 'scam',
    family: 'identity',
    kind: 'message',
    source: 'DOMAIN.md §1f: ID and bank details before the interview',
  },
  {
    id: 'wrongnumber',
    answer: 'scam',
    family: 'romance',
    kind: 'message',
    source: 'DOMAIN.md §1h: "are we still on for dinner tonight?", mentor, crypto',
  },
  { id: 'fair', answer: 'safe', family: null, kind: 'message', source: 'counter-example: known sender, real event, no payment' },
];

/** The message keys every language must have for a card. */
export function cardKeys(id: string): string[] {
  return [`card.${id}.text`, `card.${id}.sign`, `card.${id}.explain`];
}

/**
 * Approximate exchange rates and wage levels, for order-of-magnitude pay checks only (is "$300 a day"
 * outsized?), never for display. Rates: USD per unit, rounded, as of 2025-06 (public mid-market rates).
 * `wage`: rough ratio of US median pay to local median pay, so one threshold in "US-equivalent pay"
 * works across countries (e.g. ₱9,000/day is outsized in the Philippines although only ~US$155).
 * Both columns are deliberately coarse; thresholds in money.ts leave a wide margin.
 * Sources for the scam amounts that motivate this: ../shared/DOMAIN.md §2 "Pay anomalies".
 *
 * How `wage` is chosen: the outsized thresholds of money.ts (US$250/day, US$75/hour, US$9,000/month) land, in
 * local money, at a few times the local minimum or unskilled wage, as the older rows do: THB 1,850/day ≈ 5× the
 * Thai minimum (~370 THB/day), ₹2,600/day ≈ 4–5× Indian unskilled minimums, ₱1,980/day ≈ 3× the Metro Manila
 * minimum (₱645), €175/day ≈ 1.7× the German minimum (12.82 €/h × 8). Rows added with the 2026-11 languages
 * (minimum wages are the published national figures, approximate; re-check when rates are refreshed):
 * - MYR 3.5 → 4.5: Malaysia's Minimum Wages Order 2024 sets RM1,700/month (~RM65/day); at 3.5 the day threshold
 *   was RM311 (4.8×) and the task-scam "RM300 sehari" stayed under it; at 4.5 it is RM242/day (3.7×).
 * - PLN: minimum 4,666 PLN/month gross in 2025 (~212 PLN/working day); threshold 421 PLN/day (2×, EU-like).
 * - RON: minimum 4,050 RON/month gross from 2025 (~184 RON/day); threshold 362 RON/day (2×).
 * - NPR: minimum NPR 17,300/month since 2023 (~665/day); threshold NPR 2,850/day (4.3×, like INR).
 * - ETB: no national private-sector minimum; threshold 1,670 ETB/day, about 4× common day-labour pay
 *   (a rough estimate, not a sourced figure).
 * Rows added in session 3 (uk fa), same method, approximate figures from memory (re-check when rates are refreshed):
 * - UAH: minimum 8,000 UAH/month (2025, ~380/working day); threshold 1,490 UAH/day (~4×), 53,600 UAH/month.
 * - IRR/IRT: the open-market rate (~1,000,000 rial = 100,000 toman per US$ in 2025), not the official one; the
 *   2025 minimum wage is ~10 million toman/month (~400,000/day); threshold ~2.1 million toman/day (~5×), 75 million
 *   toman/month. IRT (toman, ten rial) is not an ISO code but is how Iranians price wages.
 * - LKR: national minimum ~27,000 LKR/month (2025, ~1,080/day); threshold ~4,460 LKR/day (~4×), 160,000/month.
 * - KZT: minimum 85,000 KZT/month (2025, ~3,900/day); threshold ~15,600 KZT/day (~4×), 562,000/month.
 * - UZS: minimum ~1.16 million UZS/month (2025, ~46,000/day); threshold ~226,000 UZS/day (~5×), 8.1 million/month.
 * - MNT: minimum 792,000 MNT/month (2025, ~36,000/day); threshold ~144,000 MNT/day (~4×), 5.2 million/month.
 * - LAK (row above, unchanged): minimum ~2.5 million kip/month (2025); its threshold is ~543,000 kip/day (~5.6×).
 */
export interface Currency {
  usd: number;
  wage: number;
}

export const RATES_DATE = '2025-06';

export const CURRENCIES: Record<string, Currency> = {
  USD: { usd: 1, wage: 1 },
  EUR: { usd: 1.1, wage: 1.3 },
  GBP: { usd: 1.3, wage: 1.1 },
  CHF: { usd: 1.15, wage: 0.8 },
  CAD: { usd: 0.73, wage: 1.1 },
  AUD: { usd: 0.65, wage: 1 },
  SGD: { usd: 0.75, wage: 1 },
  HKD: { usd: 0.128, wage: 1.3 },
  AED: { usd: 0.272, wage: 1.2 },
  SAR: { usd: 0.267, wage: 1.5 },
  INR: { usd: 0.012, wage: 8 },
  PKR: { usd: 0.0036, wage: 10 },
  BDT: { usd: 0.0082, wage: 10 },
  IDR: { usd: 0.000062, wage: 7 },
  PHP: { usd: 0.018, wage: 7 },
  VND: { usd: 0.000039, wage: 8 },
  THB: { usd: 0.03, wage: 4.5 },
  MYR: { usd: 0.23, wage: 4.5 },
  KHR: { usd: 0.00025, wage: 8 },
  LAK: { usd: 0.000046, wage: 10 },
  MMK: { usd: 0.00048, wage: 12 },
  CNY: { usd: 0.14, wage: 3 },
  JPY: { usd: 0.0069, wage: 1.3 },
  KRW: { usd: 0.00073, wage: 1.5 },
  TWD: { usd: 0.033, wage: 2 },
  RUB: { usd: 0.012, wage: 3.5 },
  TRY: { usd: 0.026, wage: 3 },
  BRL: { usd: 0.18, wage: 4 },
  MXN: { usd: 0.052, wage: 3.5 },
  COP: { usd: 0.00024, wage: 5 },
  ARS: { usd: 0.00085, wage: 4 },
  ZAR: { usd: 0.055, wage: 3 },
  NGN: { usd: 0.00065, wage: 15 },
  KES: { usd: 0.0077, wage: 10 },
  TZS: { usd: 0.00037, wage: 12 },
  UGX: { usd: 0.00027, wage: 12 },
  EGP: { usd: 0.02, wage: 10 },
  PLN: { usd: 0.27, wage: 2.2 },
  RON: { usd: 0.23, wage: 3 },
  NPR: { usd: 0.0073, wage: 12 },
  ETB: { usd: 0.0075, wage: 20 },
  UAH: { usd: 0.024, wage: 7 },
  IRR: { usd: 0.000001, wage: 12 },
  IRT: { usd: 0.00001, wage: 12 },
  LKR: { usd: 0.0033, wage: 17 },
  KZT: { usd: 0.002, wage: 8 },
  UZS: { usd: 0.000079, wage: 14 },
  MNT: { usd: 0.00029, wage: 6 },
};

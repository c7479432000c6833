/**
 * Approximate exchange rates and wage levels, for order-of-magnitude pay checks only (is "$300 a day"
 * outsized?), never for display. Rates: USD per unit, rounded, as of 2025-06 (public mid-market rates).
 * `wage`: rough ratio of US median pay to local median pay, so one threshold in "US-equivalent pay"
 * works across countries (e.g. ₱9,000/day is outsized in the Philippines although only ~US$155).
 * Both columns are deliberately coarse; thresholds in money.ts leave a wide margin.
 * Sources for the scam amounts that motivate this: ../shared/DOMAIN.md §2 "Pay anomalies".
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
  MYR: { usd: 0.23, wage: 3.5 },
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
};

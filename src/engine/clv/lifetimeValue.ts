// Discounted customer lifetime value over the next N months, computed the way the Python package `lifetimes` does in
// GammaGammaFitter.customer_lifetime_value (lifetimes/utils.py, _customer_lifetime_value):
//
//   CLV = Σ_(i=1..N) E[spend] · (E[purchases in (T, T + i·u]] − E[purchases in (T, T + (i−1)·u]]) / (1 + d)^i
//
// with u the time units in a month and d the monthly discount rate. Two deliberate differences, both documented in
// README.md: the rate given is annual and d = (1 + annual)^(1/12) − 1, the monthly rate that compounds to it (lifetimes
// takes d itself, default 0.01 a month); and u is the caller's (WEEKS_PER_MONTH, DAYS_PER_MONTH below are calendar
// averages; lifetimes uses 4.345 weeks and 30 days).
import { type BgParams, type ClvModel, expectedPurchases } from './bgnbd';
import type { ClvInput } from './customers';
import { expectedSpend, type GammaGammaParams } from './gammaGamma';

// Math's functions as module constants: a global looked up in a hot loop is ~20× slower under jest's vm context.
const { expm1, log1p, max } = Math;

/** 365.25 / 12 days and their sevenths: the average calendar month. */
export const DAYS_PER_MONTH = 365.25 / 12;
export const WEEKS_PER_MONTH = DAYS_PER_MONTH / 7;

export interface ValueOptions {
  /** Horizon in whole months (lifetimes' `time`, default 12 there). */
  months: number;
  /** Annual discount rate: 0.1 for 10% a year. */
  annualDiscountRate: number;
  /** Time units in a month, in the unit of x's t_x and T: WEEKS_PER_MONTH for weeks, DAYS_PER_MONTH for days. */
  unitsPerMonth: number;
}

/** The monthly rate that compounds to the annual one over 12 months: (1 + annual)^(1/12) − 1. */
export function monthlyDiscountRate(annualRate: number): number {
  return expm1(log1p(annualRate) / 12);
}

/**
 * Σ over the months of the expected purchases in each month, discounted to now: the value of one unit of spend per
 * purchase. Each month's increment is at least 0 (the cumulative expectation only grows), so rounding cannot make a
 * value negative.
 */
export function discountedPurchases(model: ClvModel, params: BgParams, customer: ClvInput, options: ValueOptions): number {
  const { months, annualDiscountRate, unitsPerMonth } = options;
  const discount = 1 + monthlyDiscountRate(annualDiscountRate);
  let total = 0;
  let before = 0;
  let factor = 1;
  for (let i = 1; i <= months; i++) {
    const upTo = expectedPurchases(model, params, i * unitsPerMonth, customer.x, customer.tx, customer.T);
    factor /= discount;
    total += max(0, upTo - before) * factor;
    before = upTo;
  }
  return total;
}

/**
 * A customer's discounted lifetime value over options.months: the expected spend per purchase (Gamma-Gamma, from x
 * and zbar) times their discounted expected purchases (BG/NBD or MBG/NBD, from x, t_x and T).
 */
export function lifetimeValue(
  model: ClvModel,
  bg: BgParams,
  spend: GammaGammaParams,
  customer: ClvInput & { zbar: number },
  options: ValueOptions,
): number {
  const perPurchase = expectedSpend(spend, customer.x, customer.zbar);
  return perPurchase === 0 ? 0 : perPurchase * discountedPurchases(model, bg, customer, options);
}

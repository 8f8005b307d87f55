// Churn risk and lifetime value (issue 14): a customer-base model fitted on the whole table, then each customer's
// chance of still being active, expected orders, expected order value and discounted value.
//
// How each model input is derived from a customer table (and from an order log, whose per-customer table
// orderLog.ts builds by DOMAIN.md's rules: same-day purchases are one order without an order id, refunds lower the
// revenue but never date a purchase, rows after as_of are left out):
// - x   = orders − 1: the repeat purchases (the published models count purchase occasions, distinct days);
// - t_x = (last purchase − first purchase) / 7: when the last repeat purchase came, in weeks after the first;
// - T   = (as_of − first purchase) / 7: how long the customer has been watched, in weeks;
// - spend per order = revenue / orders, the mean order value. The published Gamma-Gamma fit (lifetimes' zbar) takes
//   the mean of the repeat purchases only, leaving the first out; a customer table has only the total, so the first
//   order is included here. Revenue ≤ 0 (refunds that cancel the purchases, free orders) is valued at 0.
// Weeks, as in the papers: the parameters read the same as the published ones (CDNOW in test/engine/churn.test.ts).
//
// A row takes part in the fit when its orders, first and last purchase are readable, orders ≥ 1 and the first
// purchase is before as_of. Others are answered without it: a problem row shows its problem, a customer who never
// bought shows `—`. Too few customers or repeat buyers (clv/readiness.ts): no fit, every row says why.
import {
  type BgFit,
  type ClvModel,
  discountedPurchases,
  expectedPurchases,
  expectedSpend,
  fitBg,
  fitGammaGamma,
  type GammaGammaFit,
  MIN_SPEND_BUYERS,
  NotEnoughDataError,
  type NotReadyReason,
  pAlive,
  WEEKS_PER_MONTH,
} from '../clv';
import { CHURN, type ChurnGroup } from '../groups';
import type { Reason } from '../reasons';

const DAYS_PER_WEEK = 7;

export interface ChurnOptions {
  model: ClvModel;
  /** Active at or above this chance, Likely lost below `lost`, Slipping between. */
  active: number;
  lost: number;
  /** Horizon of the expected orders, in days. */
  days: number;
  months: number;
  annualDiscount: number;
}

export interface ChurnInput {
  orders: Float64Array;
  firstPurchase: Float64Array;
  lastPurchase: Float64Array;
  revenue: Float64Array;
  /** Rows not to use (a problem in a field the fit reads, or a blank row). */
  skip: (row: number) => boolean;
  asOf: number;
}

/** Why there is no fit: the readiness check's reason, with its minimum and how many there are. */
export interface NotReady {
  reason: NotReadyReason;
  needs: number;
  has: number;
}

export interface ChurnResult {
  options: ChurnOptions;
  /** The purchase model's fit, or null with `notReady` saying why. */
  fit: BgFit | null;
  notReady: NotReady | null;
  /** The spend model's fit, or null (no revenue, too few repeat buyers with a positive spend: `spendNeeds`, or
   *  rejected: `spendRejected`); without it the value uses each customer's own mean order value. */
  spend: GammaGammaFit | null;
  spendNeeds: NotReady | null;
  /** The spend fit was at its boundary (order values spread too wide) and is not used. */
  spendRejected: boolean;
  /** Per row: a CHURN code, or CHURN.none (not scored). */
  groups: Uint8Array;
  /** Per row, NaN where not scored: chance still active, expected orders in the next `days`, expected order value, value. */
  chance: Float64Array;
  expected: Float64Array;
  orderValue: Float64Array;
  value: Float64Array;
  /** Rows with at least one purchase that could be scored. */
  scored: number;
  /** Sum of `value` over the scored rows: the expected (discounted) revenue of the horizon. */
  totalValue: number;
  /**
   * The value from which a customer is among the most valuable fifth (customers with a higher value < 20% of those
   * with a positive value, DOMAIN.md's count rule): the next step calls them personally when they slip (outcome.ts).
   * Infinity when no customer has a value.
   */
  highValue: number;
  /** Share of the scored customers who are Likely lost. */
  likelyLostShare: number;
  /** Weeks between purchases at the average rate while active, α/r (E[λ] = r/α). */
  typicalWeeks: number;
}

/** The group of a chance of being active, by the two cut-offs. */
export function churnGroup(chance: number, options: Pick<ChurnOptions, 'active' | 'lost'>): ChurnGroup {
  return chance >= options.active ? 'active' : chance < options.lost ? 'likely_lost' : 'slipping';
}

function usable(input: ChurnInput, i: number): boolean {
  const o = input.orders[i];
  const first = input.firstPurchase[i];
  const last = input.lastPurchase[i];
  return !input.skip(i) && o >= 1 && Number.isInteger(o) && first === first && last === last && first <= last && last <= input.asOf;
}

export function churn(input: ChurnInput, options: ChurnOptions): ChurnResult {
  const n = input.orders.length;
  const { asOf } = input;
  const rows: number[] = [];
  const customers: { x: number; tx: number; T: number; zbar: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (!usable(input, i)) continue;
    const first = input.firstPurchase[i];
    const orders = input.orders[i];
    rows.push(i);
    customers.push({
      x: orders - 1,
      tx: (input.lastPurchase[i] - first) / DAYS_PER_WEEK,
      T: (asOf - first) / DAYS_PER_WEEK,
      zbar: input.revenue[i] / orders,
    });
  }
  const groups = new Uint8Array(n).fill(CHURN.none);
  const chance = new Float64Array(n).fill(NaN);
  const expected = new Float64Array(n).fill(NaN);
  const orderValue = new Float64Array(n).fill(NaN);
  const value = new Float64Array(n).fill(NaN);
  const result: ChurnResult = {
    options,
    fit: null,
    notReady: null,
    spend: null,
    spendNeeds: null,
    spendRejected: false,
    groups,
    chance,
    expected,
    orderValue,
    value,
    scored: 0,
    totalValue: 0,
    likelyLostShare: NaN,
    typicalWeeks: NaN,
    highValue: Number.POSITIVE_INFINITY,
  };
  // The models are fitted on customers watched for some time: one who first bought on as_of (T = 0) adds nothing
  // to the likelihood, and is scored with the fit like everyone else.
  try {
    result.fit = fitBg(
      customers.filter((c) => c.T > 0),
      options.model,
    );
  } catch (error) {
    if (!(error instanceof NotEnoughDataError)) throw error;
    const { reason, needs, has } = error.readiness as { reason: NotReadyReason; needs: number; has: number };
    result.notReady = { reason, needs, has };
    return result;
  }
  const spendInput = customers.filter((c) => c.x > 0 && c.zbar === c.zbar);
  if (spendInput.length > 0) {
    try {
      result.spend = fitGammaGamma(spendInput);
    } catch (error) {
      if (!(error instanceof NotEnoughDataError)) throw error;
      const { reason, needs, has } = error.readiness as { reason: NotReadyReason; needs: number; has: number };
      result.spendNeeds = { reason, needs, has };
    }
  } else if (customers.some((c) => c.zbar === c.zbar)) {
    result.spendNeeds = { reason: 'no_repeat_buyers', needs: MIN_SPEND_BUYERS, has: 0 };
  }
  // A spend fit whose population mean order value pγ/(q−1) lies above every mean order value seen is at its boundary
  // (q → 1: order values spread wider than the gamma mixture allows): it would value a one-time buyer at that mean,
  // a wild number. Such a fit is not used.
  if (result.spend) {
    const { p, q, gamma } = result.spend.params;
    let highest = 0;
    for (const c of spendInput) if (c.zbar > highest) highest = c.zbar;
    if (!((p * gamma) / (q - 1) <= highest)) {
      result.spend = null;
      result.spendRejected = true;
    }
  }
  const { model } = options;
  const params = result.fit.params;
  const spend = result.spend?.params;
  const horizon = options.days / DAYS_PER_WEEK;
  const valueOptions = { months: options.months, annualDiscountRate: options.annualDiscount, unitsPerMonth: WEEKS_PER_MONTH };
  let lost = 0;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const c = customers[k];
    const alive = pAlive(model, params, c.x, c.tx, c.T);
    if (!(alive >= 0 && alive <= 1)) continue;
    const group = churnGroup(alive, options);
    groups[i] = CHURN.code[group];
    chance[i] = alive;
    expected[i] = expectedPurchases(model, params, horizon, c.x, c.tx, c.T);
    result.scored++;
    if (group === 'likely_lost') lost++;
    // The money columns: unknown revenue stays blank; revenue ≤ 0 is worth 0 per order (DOMAIN.md: no positive revenue).
    // Without a usable spend model, each customer's own mean order value.
    if (c.zbar !== c.zbar) continue;
    const perOrder = c.zbar > 0 ? (spend ? expectedSpend(spend, c.x, c.zbar) : c.zbar) : 0;
    orderValue[i] = perOrder;
    value[i] = perOrder === 0 ? 0 : perOrder * discountedPurchases(model, params, c, valueOptions);
    result.totalValue += value[i];
  }
  result.likelyLostShare = result.scored > 0 ? lost / result.scored : NaN;
  const positive = Array.from(value).filter((v) => v > 0);
  if (positive.length > 0) {
    positive.sort((p, q) => q - p);
    // The top fifth: the first ceil(m/5) values, ties with the last of them included.
    result.highValue = positive[Math.ceil(positive.length / 5) - 1];
  }
  // The average purchase rate while active is E[λ] = r/α per week: one purchase every α/r weeks.
  result.typicalWeeks = params.alpha / params.r;
  return result;
}

/** Whether a customer is at risk (Slipping or Likely lost) and among the most valuable fifth: the row's value if so. */
export function valuableAtRisk(result: ChurnResult, row: number): number | null {
  const group = result.groups[row];
  if (group !== CHURN.code.slipping && group !== CHURN.code.likely_lost) return null;
  const v = result.value[row];
  return v >= result.highValue ? v : null;
}

/** A scored row's reason facts; for rows not scored, why not. */
export function churnReason(
  result: ChurnResult,
  row: number,
  facts: { orders: number; first: number; last: number; asOf: number },
): Reason {
  if (result.notReady) return { code: 'churn_not_ready', ...result.notReady };
  const code = result.groups[row];
  if (code === CHURN.none) {
    return facts.orders === 0 ? { code: 'churn_no_purchase' } : { code: 'churn_no_dates' };
  }
  const { orders, first, last, asOf } = facts;
  return {
    code: 'churn',
    group: CHURN.keys[code],
    chance: result.chance[row],
    active: result.options.active,
    lost: result.options.lost,
    orders,
    cycle: orders > 1 ? (last - first) / (orders - 1) : NaN,
    since: asOf - last,
  };
}

/**
 * What the fit says about the whole customer base, for the sidebar and the summary sheet (JSON only): the model and
 * its parameters, a typical customer's pace, the share likely lost, and the expected revenue of the value horizon.
 */
export type ChurnSummary =
  | {
      fitted: true;
      model: ClvModel;
      params: { r: number; alpha: number; a: number; b: number };
      /** Gamma-Gamma spend parameters, or null when spend could not be fitted (spendNeeds) or was not used
       *  (spendRejected): the value then uses each customer's own mean order value. */
      spend: { p: number; q: number; gamma: number } | null;
      spendNeeds: NotReady | null;
      spendRejected: boolean;
      customers: number;
      typicalWeeks: number;
      likelyLostShare: number;
      /** Expected (discounted) revenue of the next `months`, over the scored customers; NaN without spend. */
      totalValue: number;
      months: number;
      annualDiscount: number;
    }
  | ({ fitted: false } & NotReady);

export function churnSummary(result: ChurnResult): ChurnSummary {
  if (!result.fit) return { fitted: false, ...(result.notReady as NotReady) };
  const { r, alpha, a, b } = result.fit.params;
  const spend = result.spend ? { ...result.spend.params } : null;
  return {
    fitted: true,
    model: result.fit.model,
    params: { r, alpha, a, b },
    spend,
    spendNeeds: result.spendNeeds,
    spendRejected: result.spendRejected,
    customers: result.fit.customers,
    typicalWeeks: result.typicalWeeks,
    likelyLostShare: result.likelyLostShare,
    totalValue: result.totalValue,
    months: result.options.months,
    annualDiscount: result.options.annualDiscount,
  };
}

// ABC value tiers (DOMAIN.md §1): share (Pareto), count and amount methods.
import { TIER } from '../groups';
import type { Reason } from '../reasons';
import { strictlyBelow, upperBound } from './compare';

export type AbcMethod = 'share' | 'count' | 'amount';
export interface AbcOptions {
  method: AbcMethod;
  a: number;
  b: number;
}

// Tier codes in a Uint8Array (groups.ts TIER): A, B, C, and TIER.none for a metric that could not be read.
const { A: TIER_A, B: TIER_B, C: TIER_C } = TIER.code;
const NO_TIER = TIER.none;

export interface AbcResult {
  options: AbcOptions;
  tiers: Uint8Array;
  /** Customers with a positive metric, and their total: the base of shares and counts. */
  positiveCount: number;
  positiveTotal: number;
  /** The metric's values among positives, ascending; used to explain a row without a second pass. */
  sortedPositive: Float64Array;
  /** suffixSum[k] = sum of sortedPositive[k..]: "held by customers above"; made by the first reason that needs it. */
  suffixSum: Float64Array | null;
}

/**
 * Sort the positive values once (a typed-array sort, the dominant cost), find the lowest value that is still A and
 * still B walking down from the top, then tier each row by two comparisons. Ties share a tier because every
 * decision is made per distinct value.
 */
export function abcTiers(metric: ArrayLike<number>, options: AbcOptions): AbcResult {
  const n = metric.length;
  let positiveCount = 0;
  for (let i = 0; i < n; i++) if (metric[i] > 0) positiveCount++;
  const sorted = new Float64Array(positiveCount);
  for (let i = 0, k = 0; i < n; i++) {
    const x = metric[i];
    if (x > 0) sorted[k++] = x;
  }
  sorted.sort();
  // Summed from the top, in the same order as suffixSums(): shares in reasons equal the ones that decided.
  let positiveTotal = 0;
  for (let k = positiveCount - 1; k >= 0; k--) positiveTotal += sorted[k];

  let lowestA = Infinity;
  let lowestB = Infinity;
  if (options.method === 'amount') {
    lowestA = options.a;
    lowestB = options.b;
  } else {
    const m = positiveCount;
    const aLimit = options.method === 'share' ? options.a * positiveTotal : options.a * m;
    const bLimit = options.method === 'share' ? options.b * positiveTotal : options.b * m;
    // Walk distinct values from the top; `above` is the share (sum) or the count of customers strictly above.
    let hi = m - 1;
    let sumAbove = 0;
    while (hi >= 0) {
      const value = sorted[hi];
      let lo = hi;
      while (lo > 0 && sorted[lo - 1] === value) lo--;
      const above = options.method === 'share' ? sumAbove : m - 1 - hi;
      if (strictlyBelow(above, aLimit)) lowestA = value;
      else if (strictlyBelow(above, bLimit)) lowestB = value;
      else break;
      for (let k = hi; k >= lo; k--) sumAbove += sorted[k];
      hi = lo - 1;
    }
    if (lowestB === Infinity) lowestB = lowestA;
  }

  const tiers = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = metric[i];
    if (x !== x) tiers[i] = NO_TIER;
    else if (x <= 0) tiers[i] = TIER_C;
    else if (x >= lowestA) tiers[i] = TIER_A;
    else if (x >= lowestB) tiers[i] = TIER_B;
    else tiers[i] = TIER_C;
  }
  return { options, tiers, positiveCount, positiveTotal, sortedPositive: sorted, suffixSum: null };
}

/** The sums held by the customers above each position, computed once when a reason first asks. */
export function suffixSums(result: AbcResult): Float64Array {
  if (!result.suffixSum) {
    const sorted = result.sortedPositive;
    const sums = new Float64Array(sorted.length + 1);
    for (let k = sorted.length - 1; k >= 0; k--) sums[k] = sums[k + 1] + sorted[k];
    result.suffixSum = sums;
  }
  return result.suffixSum;
}

export type AbcMetric = 'revenue' | 'profit';

/** The facts behind a row's tier, e.g. "customers ranked above hold 41.2% of revenue (< 80%)". */
export function abcReason(result: AbcResult, row: number, value: number, metric: AbcMetric): Reason {
  const tier = TIER.keys[result.tiers[row]] ?? 'C';
  if (!(value > 0)) return { code: 'tier_no_positive', metric };
  const { method, a, b } = result.options;
  const limit = tier === 'A' ? a : b;
  if (method === 'amount') return { code: 'tier_amount', tier, metric, value, limit };
  const above = upperBound(result.sortedPositive, value);
  if (method === 'share') {
    const share = result.positiveTotal > 0 ? suffixSums(result)[above] / result.positiveTotal : 0;
    return { code: 'tier_share', tier, metric, share, limit };
  }
  const g = result.positiveCount - above;
  return { code: 'tier_count', tier, above: g, share: result.positiveCount > 0 ? g / result.positiveCount : 0, limit };
}

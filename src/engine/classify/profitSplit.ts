// The profit 20/60/20 split (DOMAIN.md §2, seed 000 "teoría 28").
import { PROFIT } from '../groups';
import type { Reason } from '../reasons';
import { lowerBound, strictlyBelow, upperBound } from './compare';
import { select } from './select';

export type ProfitRule = 'loss' | 'bottom20';

const { core: PROFIT_CORE, maintain: PROFIT_MAINTAIN, drain: PROFIT_DRAIN } = PROFIT.code;
const NO_PROFIT_GROUP = PROFIT.none;

/** The share of customers that makes the top (Core) and, under rule bottom20, the bottom (Drain). */
export const EDGE_SHARE = 0.2;

export interface ProfitSplitResult {
  rule: ProfitRule;
  groups: Uint8Array;
  /** Every readable profit: partly ordered by the selections, sorted on first use by a reason (sortedProfits). */
  values: Float64Array;
  sorted: boolean;
}

/** The readable profits ascending, sorted once on demand: only reasons need them, classification does not. */
export function sortedProfits(result: ProfitSplitResult): Float64Array {
  if (!result.sorted) {
    result.values.sort();
    result.sorted = true;
  }
  return result.values;
}

/** The largest count g with g < 0.2·n (compared as the numbers they denote): −1 when there is none (n = 0). */
function largestCountBelowEdge(n: number): number {
  const edge = EDGE_SHARE * n;
  let g = Math.ceil(edge);
  while (g >= 0 && !strictlyBelow(g, edge)) g--;
  return g;
}

/**
 * n counts every customer with a readable profit, zero and losses included (unlike ABC, which leaves them out).
 * Core is "fewer than 20% strictly above, and a profit": fewer than 20% above a value means the value is at least the
 * K-th largest (K = that largest count + 1), an order statistic found by selection, not a sort. Likewise the bottom 20%
 * under rule bottom20 is everything up to the K-th smallest. When a customer would be both Core and bottom-20 (only
 * with n ≤ 4 under rule bottom20), Core wins: it is checked first.
 */
export function profitSplit(profit: ArrayLike<number>, rule: ProfitRule): ProfitSplitResult {
  const count = profit.length;
  let n = 0;
  for (let i = 0; i < count; i++) if (profit[i] === profit[i]) n++;
  const values = new Float64Array(n);
  for (let i = 0, k = 0; i < count; i++) {
    const x = profit[i];
    if (x === x) values[k++] = x;
  }
  const rank = largestCountBelowEdge(n) + 1;
  let lowestCore = Infinity;
  let highestBottom = -Infinity;
  if (rank >= 1 && rank <= n) {
    select(values, n - rank, 0, n - 1);
    const kthLargest = values[n - rank];
    if (kthLargest > 0) lowestCore = kthLargest;
    else {
      // Only profits above the K-th largest and above zero qualify: the smallest such.
      for (let k = n - rank + 1; k < n; k++) if (values[k] > 0 && values[k] < lowestCore) lowestCore = values[k];
    }
    if (rule === 'bottom20') {
      select(values, rank - 1, 0, n - 1);
      highestBottom = values[rank - 1];
    }
  }
  const groups = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const x = profit[i];
    if (x !== x) groups[i] = NO_PROFIT_GROUP;
    else if (x >= lowestCore) groups[i] = PROFIT_CORE;
    else if (rule === 'loss' ? x < 0 : x <= highestBottom) groups[i] = PROFIT_DRAIN;
    else groups[i] = PROFIT_MAINTAIN;
  }
  return { rule, groups, values, sorted: false };
}

/** The facts behind a row's profit group. */
export function profitReason(result: ProfitSplitResult, row: number, value: number): Reason {
  const sorted = sortedProfits(result);
  const n = sorted.length;
  const group = result.groups[row];
  if (group === PROFIT_CORE) return { code: 'profit_core', share: (n - upperBound(sorted, value)) / n };
  if (group === PROFIT_DRAIN) {
    if (result.rule === 'loss' || value < 0) return { code: 'profit_drain_loss', profit: value };
    return { code: 'profit_drain_bottom', share: lowerBound(sorted, value) / n };
  }
  return { code: 'profit_maintain', rule: result.rule, profit: value };
}

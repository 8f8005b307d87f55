// RFM scores and segments (DOMAIN.md §6): the 11-segment grid and the 8-class preset.
import { RFM_CLASS8, RFM_GRID, type RfmGroup } from '../groups';
import type { Reason } from '../reasons';
import { atLeast, strictlyBelow } from './compare';
import { select } from './select';

export type RfmPreset = 'grid11' | 'class8';
export const NO_RFM = 255;

/** (R, FM) → segment index in RFM_GRID_GROUPS; row r-1, column fm-1. Every cell belongs to exactly one segment. */
const GRID: readonly (readonly number[])[] = (() => {
  const cells: Record<string, number> = {};
  const table: [number, string[]][] = [
    [0, ['55', '54', '45']],
    [1, ['53', '44', '35', '34']],
    [2, ['52', '42', '33', '43']],
    [3, ['51']],
    [4, ['41', '31']],
    [5, ['32', '23', '22']],
    [6, ['21']],
    [7, ['25', '24', '13']],
    [8, ['15', '14']],
    [9, ['12']],
    [10, ['11']],
  ];
  for (const [segment, list] of table) for (const cell of list) cells[cell] = segment;
  const grid: number[][] = [];
  for (let r = 1; r <= 5; r++) {
    const row: number[] = [];
    for (let fm = 1; fm <= 5; fm++) row.push(cells[`${r}${fm}`]);
    grid.push(row);
  }
  return grid;
})();

export function gridSegment(r: number, fm: number): number {
  return GRID[r - 1][fm - 1];
}

export interface RfmInput {
  /**
   * Positive revenues sorted ascending (ABC tiers' sort). When the ranked customers are exactly those with a positive
   * revenue, as they usually are, the money cuts are read off it instead of selected again.
   */
  sortedPositiveRevenue?: Float64Array;
  /** Day numbers of the last purchase: recency ranks them directly (a later purchase is fewer days ago). */
  lastPurchase: ArrayLike<number>;
  asOf: number;
  orders: ArrayLike<number>;
  revenue: ArrayLike<number>;
}

export interface RfmResult {
  preset: RfmPreset;
  /** 1–5 each; 0 where the customer is not ranked. */
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
  segments: Uint8Array;
  ranked: number;
  /** Means over the ranked customers (the class8 preset's cut points). */
  mean: { days: number; orders: number; revenue: number };
  /** Scores no customer received: ties make some unused, and the summary says so honestly. */
  unusedScores: { r: number[]; f: number[]; m: number[] };
}

/** Integer columns (days, orders) whose values span at most this many integers are counted rather than sorted. */
const MAX_COUNTED_RANGE = 1 << 22;

/**
 * Score = 1 + floor(5·p) with p = (customers strictly worse)/n. Since p only grows with the value, the score is
 * 1 + the number of four cut values the value reaches: cut k is the smallest value with at least ceil(k·n/5)
 * values strictly below it, i.e. the smallest value above the ceil(k·n/5)-th smallest. Integer columns of a modest
 * range (days, orders) find the cuts by counting; others by selection. Neither sorts.
 */
function scoreColumn(values: ArrayLike<number>, ranked: Uint8Array, n: number, sign: 1 | -1, sorted?: Float64Array): Uint8Array {
  const count = values.length;
  const [c1, c2, c3, c4] = sorted
    ? cutsFromSorted(sorted, n)
    : (cutsByCounting(values, ranked, n, sign) ?? cutsBySelection(values, ranked, n, sign));
  const scores = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (!ranked[i]) continue;
    const v = sign * values[i];
    scores[i] = 1 + (v >= c1 ? 1 : 0) + (v >= c2 ? 1 : 0) + (v >= c3 ? 1 : 0) + (v >= c4 ? 1 : 0);
  }
  return scores;
}

/** The cuts read off the ranked values already sorted ascending (ABC tiers sorted them). */
function cutsFromSorted(sorted: Float64Array, n: number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k <= 4; k++) {
    let j = Math.ceil((k * n) / 5);
    // The first index whose strictly-below count reaches ceil(k·n/5) starts a new distinct value at or after it.
    while (j < n && j > 0 && sorted[j - 1] === sorted[j]) j++;
    cuts.push(j < n ? sorted[j] : Infinity);
  }
  return cuts;
}

function cutsByCounting(values: ArrayLike<number>, ranked: Uint8Array, n: number, sign: 1 | -1): number[] | null {
  if (n === 0) return [Infinity, Infinity, Infinity, Infinity];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    if (!ranked[i]) continue;
    const v = sign * values[i];
    if (v !== Math.floor(v)) return null;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!(max - min < MAX_COUNTED_RANGE)) return null;
  const counts = new Int32Array(max - min + 1);
  for (let i = 0; i < values.length; i++) if (ranked[i]) counts[sign * values[i] - min]++;
  const cuts: number[] = [];
  let below = 0;
  let needed = Math.ceil(n / 5);
  for (let v = 0; v < counts.length && cuts.length < 4; v++) {
    if (counts[v] === 0) continue;
    while (cuts.length < 4 && below >= needed) {
      cuts.push(v + min);
      needed = Math.ceil(((cuts.length + 1) * n) / 5);
    }
    below += counts[v];
  }
  while (cuts.length < 4) cuts.push(Infinity);
  return cuts;
}

function cutsBySelection(values: ArrayLike<number>, ranked: Uint8Array, n: number, sign: 1 | -1): number[] {
  const a = new Float64Array(n);
  for (let i = 0, k = 0; i < values.length; i++) if (ranked[i]) a[k++] = sign * values[i];
  const cuts: number[] = [];
  let lo = 0;
  for (let k = 1; k <= 4; k++) {
    const needed = Math.ceil((k * n) / 5);
    if (needed >= n) {
      cuts.push(Infinity);
      continue;
    }
    select(a, needed - 1, lo, n - 1);
    const kth = a[needed - 1];
    let cut = Infinity;
    for (let i = needed; i < n; i++) {
      const v = a[i];
      if (v > kth && v < cut) cut = v;
    }
    cuts.push(cut);
    lo = needed;
  }
  return cuts;
}

function unused(scores: Uint8Array, ranked: Uint8Array): number[] {
  const seen = [false, false, false, false, false, false];
  for (let i = 0; i < scores.length; i++) if (ranked[i]) seen[scores[i]] = true;
  const out: number[] = [];
  for (let s = 1; s <= 5; s++) if (!seen[s]) out.push(s);
  return out;
}

/**
 * The 8 classes' sides of a mean (DOMAIN.md §6): "frequent" and "high" are at or above the mean, "near" is at or below
 * the mean of days. A mean is a float sum divided by n: three customers of 0.10 have a mean of 0.10000000000000002
 * summed in one order and 0.1 in another, so a value at the mean compares as the numbers denote (compare.ts), not by
 * the last bit of a sum whose order no database shares with us.
 */
export function atOrAboveMean(value: number, mean: number): boolean {
  return atLeast(value, mean);
}

/** Days at or below the mean of days: near. */
export function withinMean(days: number, mean: number): boolean {
  return !strictlyBelow(mean, days);
}

export function rfm(input: RfmInput, preset: RfmPreset): RfmResult {
  const { lastPurchase, asOf, orders, revenue } = input;
  const count = orders.length;
  const ranked = new Uint8Array(count);
  let n = 0;
  let sumDays = 0;
  let sumOrders = 0;
  let sumRevenue = 0;
  for (let i = 0; i < count; i++) {
    const d = asOf - lastPurchase[i];
    const o = orders[i];
    const m = revenue[i];
    if (o >= 1 && d === d && m === m) {
      ranked[i] = 1;
      n++;
      sumDays += d;
      sumOrders += o;
      sumRevenue += m;
    }
  }
  // R: p = customers with strictly more days since their last purchase = strictly earlier last purchases.
  const r = scoreColumn(lastPurchase, ranked, n, 1);
  const f = scoreColumn(orders, ranked, n, 1);
  const m = scoreColumn(revenue, ranked, n, 1, sameAsRanked(input.sortedPositiveRevenue, revenue, ranked, n));
  const mean = { days: sumDays / n, orders: sumOrders / n, revenue: sumRevenue / n };
  const segments = new Uint8Array(count).fill(NO_RFM);
  for (let i = 0; i < count; i++) {
    if (!ranked[i]) continue;
    if (preset === 'grid11') {
      const fm = (f[i] + m[i] + 1) >> 1; // round half up of (F + M) / 2
      segments[i] = GRID[r[i] - 1][fm - 1];
    } else {
      const near = withinMean(asOf - lastPurchase[i], mean.days);
      const frequent = atOrAboveMean(orders[i], mean.orders);
      const high = atOrAboveMean(revenue[i], mean.revenue);
      // 重要价值, 重要发展, 重要保持, 重要挽留, then the same four with low revenue.
      segments[i] = (high ? 0 : 4) + (near ? (frequent ? 0 : 1) : frequent ? 2 : 3);
    }
  }
  return {
    preset,
    r,
    f,
    m,
    segments,
    ranked: n,
    mean,
    unusedScores: { r: unused(r, ranked), f: unused(f, ranked), m: unused(m, ranked) },
  };
}

/** The given sorted revenues when they are the ranked customers' revenues: as many, and every ranked one positive. */
function sameAsRanked(
  sorted: Float64Array | undefined,
  revenue: ArrayLike<number>,
  ranked: Uint8Array,
  n: number,
): Float64Array | undefined {
  if (!sorted || sorted.length !== n) return undefined;
  for (let i = 0; i < ranked.length; i++) if (ranked[i] && !(revenue[i] > 0)) return undefined;
  return sorted;
}

export function rfmSegmentKey(result: RfmResult, row: number): RfmGroup | null {
  const s = result.segments[row];
  if (s === NO_RFM) return null;
  return result.preset === 'grid11' ? RFM_GRID.keys[s] : RFM_CLASS8.keys[s];
}

export function rfmScoreText(result: RfmResult, row: number): string {
  return result.segments[row] === NO_RFM ? '—' : `${result.r[row]}${result.f[row]}${result.m[row]}`;
}

/** The facts behind a row's segment: its scores, or for the 8 classes its values against the means. */
export function rfmReason(result: RfmResult, row: number, facts: { days: number; orders: number; revenue: number }): Reason {
  const segment = rfmSegmentKey(result, row);
  if (!segment) return { code: 'rfm_none' };
  if (result.preset === 'class8') {
    const { mean } = result;
    return {
      code: 'rfm_class8',
      segment,
      days: facts.days,
      meanDays: mean.days,
      orders: facts.orders,
      meanOrders: mean.orders,
      revenue: facts.revenue,
      meanRevenue: mean.revenue,
    };
  }
  return { code: 'rfm_grid', segment, r: result.r[row], f: result.f[row], m: result.m[row], days: facts.days, orders: facts.orders };
}

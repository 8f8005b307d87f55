// RFM scores and segments (DOMAIN.md §6): the 11-segment grid and the 8-class preset.
import type { RfmGroup } from '../groups';
import { RFM_CLASS8_GROUPS, RFM_GRID_GROUPS } from '../groups';
import type { Language } from '../types';
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
      const near = asOf - lastPurchase[i] <= mean.days;
      const frequent = orders[i] >= mean.orders;
      const high = revenue[i] >= mean.revenue;
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
function sameAsRanked(sorted: Float64Array | undefined, revenue: ArrayLike<number>, ranked: Uint8Array, n: number): Float64Array | undefined {
  if (!sorted || sorted.length !== n) return undefined;
  for (let i = 0; i < ranked.length; i++) if (ranked[i] && !(revenue[i] > 0)) return undefined;
  return sorted;
}

export function rfmSegmentKey(result: RfmResult, row: number): RfmGroup | null {
  const s = result.segments[row];
  if (s === NO_RFM) return null;
  return result.preset === 'grid11' ? RFM_GRID_GROUPS[s] : RFM_CLASS8_GROUPS[s];
}

export function rfmScoreText(result: RfmResult, row: number): string {
  return result.segments[row] === NO_RFM ? '—' : `${result.r[row]}${result.f[row]}${result.m[row]}`;
}

export function rfmReason(result: RfmResult, row: number, label: string, language: Language, facts: { days: number; orders: number; revenue: number; revenueText: string }): string {
  if (result.segments[row] === NO_RFM) {
    if (language === 'es') return '—: sin compras, sin RFM';
    if (language === 'zh') return '—：没有购买，无 RFM';
    return '—: no purchase, no RFM';
  }
  const { r, f, m } = result;
  if (result.preset === 'class8') {
    const mean = result.mean;
    const near = facts.days <= mean.days;
    const frequent = facts.orders >= mean.orders;
    const high = facts.revenue >= mean.revenue;
    const d = Math.round(mean.days);
    const o = Math.round(mean.orders * 10) / 10;
    const rev = facts.revenueText;
    if (language === 'zh')
      return `${label}：${facts.days} 天前购买（平均 ${d}，${near ? '近' : '远'}），${facts.orders} 单（平均 ${o}，${frequent ? '高频' : '低频'}），金额 ${rev}（${high ? '不低于' : '低于'}平均）`;
    if (language === 'es')
      return `${label}: compró hace ${facts.days} días (media ${d}, ${near ? 'reciente' : 'lejano'}), ${facts.orders} pedidos (media ${o}, ${frequent ? 'frecuente' : 'poco frecuente'}), ventas ${rev} (${high ? 'alto' : 'bajo'})`;
    return `${label}: bought ${facts.days} days ago (mean ${d}, ${near ? 'near' : 'far'}), ${facts.orders} orders (mean ${o}, ${frequent ? 'frequent' : 'rare'}), revenue ${rev} (${high ? 'high' : 'low'})`;
  }
  const fm = (f[row] + m[row] + 1) >> 1;
  if (language === 'es') return `${label}: R${r[row]} F${f[row]} M${m[row]} (hace ${facts.days} días, ${facts.orders} pedidos); R-FM = ${r[row]}${fm}`;
  if (language === 'zh') return `${label}：R${r[row]} F${f[row]} M${m[row]}（${facts.days} 天前，${facts.orders} 单）；R-FM = ${r[row]}${fm}`;
  return `${label}: R${r[row]} F${f[row]} M${m[row]} (${facts.days} days ago, ${facts.orders} orders); R-FM = ${r[row]}${fm}`;
}

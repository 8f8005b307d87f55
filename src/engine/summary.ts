// Per group of each classification: customers, revenue, share of revenue, average revenue per customer.
import { descriptorOf } from './classifications';
import type { ClassificationId } from './classifications/needs';
import type { Classified } from './classifyCustomers';
import { TIER, type GroupKey } from './groups';
import { groupOf } from './outcome';

export interface GroupSummary {
  group: GroupKey;
  customers: number;
  revenue: number;
  /** Of the revenue of all customers in this classification (0 when that total is 0). */
  share: number;
  average: number;
}

export interface ClassificationSummary {
  classification: ClassificationId;
  groups: GroupSummary[];
  /** Rows shown as `⚠`: their data needs fixing before they can be placed. */
  problems: number;
  /** Rows shown as `—` (e.g. no RFM for a customer who never bought). */
  notApplicable: number;
  totalRevenue: number;
}

/**
 * Shares are of the summed revenue of every customer counted (losses and refunds included), so the groups' shares
 * add up to 100% whenever that total is not zero. Rows with a problem or unreadable revenue add customers but no revenue.
 */
export function summarize(c: Classified): ClassificationSummary[] {
  const out: ClassificationSummary[] = [];
  const revenue = c.table.revenue;
  for (const id of c.computed) {
    const keys = descriptorOf(id).groups(c.settings);
    const index = new Map<GroupKey, number>(keys.map((k, i) => [k, i]));
    const customers = new Array<number>(keys.length).fill(0);
    const sums = new Array<number>(keys.length).fill(0);
    let problems = 0;
    let notApplicable = 0;
    for (let i = 0; i < c.table.n; i++) {
      const group = groupOf(c, id, i);
      if (group === null) continue;
      if (group === 'problem') {
        problems++;
        continue;
      }
      if (group === 'none') {
        notApplicable++;
        continue;
      }
      const k = index.get(group);
      if (k === undefined) continue;
      customers[k]++;
      const r = revenue[i];
      if (r === r) sums[k] += r;
    }
    const total = sums.reduce((a, b) => a + b, 0);
    out.push({
      classification: id,
      groups: keys.map((group, k) => ({
        group,
        customers: customers[k],
        revenue: sums[k],
        share: total !== 0 ? sums[k] / total : 0,
        average: customers[k] ? sums[k] / customers[k] : 0,
      })),
      problems,
      notApplicable,
      totalRevenue: total,
    });
  }
  return out;
}

/** One point of the Pareto curve: the top `customers` (a share of them) hold `revenue` (a share of it). */
export interface ParetoPoint {
  customers: number;
  revenue: number;
}

export interface ParetoCurve {
  points: ParetoPoint[];
  /** Where tier A (by revenue) ends on the curve, when tiers rank revenue; null otherwise. */
  aEnds: ParetoPoint | null;
}

/** Points every 5% of customers (and where tier A ends), enough for a smooth curve whatever the number of customers. */
const PARETO_STEPS = 20;

/**
 * The cumulative share of revenue against the cumulative share of customers, the customers with the most revenue
 * first: the real Pareto view of who matters. Customers without positive revenue are left out, as in ABC tiers.
 */
export function paretoCurve(c: Classified): ParetoCurve | null {
  const tiers = c.revenueTier;
  const sorted = tiers?.sortedPositive;
  if (!tiers || !sorted || sorted.length === 0) return null;
  const n = sorted.length;
  // sortedPositive is ascending: the top i customers are its last i values.
  const held = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) held[i] = held[i - 1] + sorted[n - i];
  const total = held[n];
  const counts = new Set<number>([0, n]);
  for (let j = 1; j < PARETO_STEPS; j++) counts.add(Math.round((n * j) / PARETO_STEPS));
  let aCount = -1;
  if (c.tier && c.settings.tierMetric === 'revenue') {
    aCount = 0;
    for (let k = 0; k < c.table.n; k++) if (c.tier.tiers[k] === TIER.code.A && c.table.revenue[k] > 0) aCount++;
    counts.add(aCount);
  }
  const point = (i: number): ParetoPoint => ({ customers: i / n, revenue: held[i] / total });
  return { points: [...counts].sort((a, b) => a - b).map(point), aEnds: aCount >= 0 ? point(aCount) : null };
}

// The customers who matter most, by revenue, for the summary sheet: the names a shop owner looks for first.
import { describe } from '../../engine/describe';
import type { Segmentation } from '../../engine/segment';
import type { Language } from '../../engine/types';

export interface TopCustomer {
  /** As typed in the sheet: written back as plain text, never as a formula. */
  name: string;
  revenue: number;
  tier: string;
  nextStep: string;
}

const TOP = 10;

export function topCustomers(result: Segmentation, language: Language): TopCustomer[] {
  const t = result.classified.table;
  const order: number[] = [];
  for (let k = 0; k < t.n; k++) if (!t.blank[k] && t.revenue[k] > 0) order.push(k);
  order.sort((a, b) => t.revenue[b] - t.revenue[a] || a - b);
  return order.slice(0, TOP).map((k) => ({
    name: t.customer[k],
    revenue: t.revenue[k],
    tier: describe(result.classified, 'tier', k, language)?.label ?? '',
    nextStep: describe(result.classified, 'lifecycle', k, language)?.label ?? '',
  }));
}

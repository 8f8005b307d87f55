// The customers who matter most, by revenue, for the summary sheet: the names a shop owner looks for first.
import { outcome, type ClassificationId, type Language, type Segmentation } from '../../engine';
import { outcomeLabel } from '../../i18n/text';

export interface TopCustomer {
  /** As typed in the sheet: written back as plain text, never as a formula. */
  name: string;
  revenue: number;
  tier: string;
  /** The lifecycle stage. */
  stage: string;
}

const TOP = 10;

export function topCustomers(result: Segmentation, language: Language): TopCustomer[] {
  const c = result.classified;
  const t = c.table;
  const order: number[] = [];
  for (let k = 0; k < t.n; k++) if (!t.blank[k] && t.revenue[k] > 0) order.push(k);
  order.sort((a, b) => t.revenue[b] - t.revenue[a] || a - b);
  const shown = (id: ClassificationId, k: number) => {
    const answer = outcome(c, id, k);
    return answer ? outcomeLabel(answer, language) : '';
  };
  return order
    .slice(0, TOP)
    .map((k) => ({ name: t.customer[k], revenue: t.revenue[k], tier: shown('tier', k), stage: shown('lifecycle', k) }));
}

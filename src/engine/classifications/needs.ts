// Which fields each classification needs: the one place the engine, the server and the sidebar page read it from.
// Dependency-free, so the page can import it without the rest of the engine.
import type { Field } from '../types';

export type ClassificationId = 'tier' | 'profit' | 'quadrant' | 'lifecycle' | 'intent' | 'rfm' | 'nextContact' | 'churn';

/** In the order they are shown and written. */
export const CLASSIFICATION_IDS: readonly ClassificationId[] = [
  'tier',
  'profit',
  'quadrant',
  'lifecycle',
  'intent',
  'rfm',
  'nextContact',
  'churn',
];

export type TierMetric = 'revenue' | 'profit';

/**
 * The fields a classification reads. A problem in one of them shows as `⚠` in that classification only.
 * `any`: one of the fields is enough (intent reads a note or a lead score). Tier reads the metric it is set to.
 */
export interface Needs {
  fields: readonly Field[];
  any?: boolean;
}

export const NEEDS: Record<ClassificationId, Needs> = {
  tier: { fields: ['revenue'] },
  profit: { fields: ['profit'] },
  quadrant: { fields: ['first_purchase', 'revenue'] },
  lifecycle: { fields: ['orders', 'first_purchase', 'last_purchase'] },
  intent: { fields: ['status', 'lead_score'], any: true },
  rfm: { fields: ['last_purchase', 'orders', 'revenue'] },
  nextContact: { fields: ['last_purchase'] },
  /** Revenue is read too, for the value columns, but its problems blank only those (the risk needs no money). */
  churn: { fields: ['orders', 'first_purchase', 'last_purchase'] },
};

/**
 * The fields whose problems affect a classification. Lifecycle is available with orders alone (dates only decide
 * lapse), so its `available` fields are fewer than the ones it reads.
 */
export function fieldsRead(id: ClassificationId, tierMetric: TierMetric): readonly Field[] {
  return id === 'tier' ? [tierMetric] : NEEDS[id].fields;
}

/** The fields that must have a column for the classification to be offered. */
function fieldsRequired(id: ClassificationId, tierMetric: TierMetric): readonly Field[] {
  if (id === 'lifecycle') return ['orders'];
  return fieldsRead(id, tierMetric);
}

/** The columns a classification still lacks (`any`: one of them is enough), for the hint next to a checkbox. */
export function missingFields(
  id: ClassificationId,
  has: (field: Field) => boolean,
  tierMetric: TierMetric,
): { fields: Field[]; any: boolean } {
  const required = fieldsRequired(id, tierMetric);
  if (NEEDS[id].any) return { fields: required.some(has) ? [] : [...required], any: true };
  return { fields: required.filter((f) => !has(f)), any: false };
}

/** The classifications the columns allow, in order. */
export function availableClassifications(has: (field: Field) => boolean, tierMetric: TierMetric = 'revenue'): ClassificationId[] {
  return CLASSIFICATION_IDS.filter((id) => missingFields(id, has, tierMetric).fields.length === 0);
}

// The classifications, in the order they are shown and written. Adding one: see ARCHITECTURE.md.
import { churn } from './churn';
import type { Descriptor } from './descriptor';
import { intent } from './intent';
import { lifecycle } from './lifecycle';
import type { ClassificationId } from './needs';
import { nextContact } from './nextContact';
import { profit } from './profit';
import { quadrant } from './quadrant';
import { rfm } from './rfm';
import { tier } from './tier';

export const DESCRIPTORS: readonly Descriptor[] = [tier, profit, quadrant, lifecycle, intent, rfm, nextContact, churn];

/**
 * The order they are computed in: each after what it reads. The quadrant reads the revenue tier (computed with the
 * tier), the lifecycle reads intent, the next contact reads the lifecycle.
 */
export const COMPUTE_ORDER: readonly Descriptor[] = [tier, profit, intent, quadrant, lifecycle, rfm, nextContact, churn];

const BY_ID = new Map<ClassificationId, Descriptor>(DESCRIPTORS.map((d) => [d.id, d]));

export function descriptorOf(id: ClassificationId): Descriptor {
  return BY_ID.get(id) as Descriptor;
}

export type { Descriptor, NumberColumn, ValueColumn } from './descriptor';
export {
  CLASSIFICATION_IDS,
  NEEDS,
  availableClassifications,
  fieldsRead,
  missingFields,
  type ClassificationId,
  type TierMetric,
} from './needs';
export { problemFor } from './problems';

// Old/new × big/small (DOMAIN.md §3, seed 000's four customer types).
import { QUADRANT } from '../groups';

const NO_QUADRANT = QUADRANT.none;
const { old_big: OLD_BIG, new_big: NEW_BIG, new_small: NEW_SMALL, old_small: OLD_SMALL } = QUADRANT.code;

/** How "big" is decided: tier A on revenue (share method, the default) or revenue at or above an amount. */
export type BigRule = { kind: 'tierA' } | { kind: 'amount'; amount: number };

export interface QuadrantResult {
  groups: Uint8Array;
}

/**
 * `big[i]` is 1 for big, 0 for small, anything else when size is unknown. A customer is old when
 * as_of − first_purchase ≥ tenure_days: exactly tenure_days old is old (DOMAIN.md says ≥).
 */
export function quadrant(firstPurchase: ArrayLike<number>, big: Uint8Array, asOf: number, tenureDays: number): QuadrantResult {
  const n = firstPurchase.length;
  const groups = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const first = firstPurchase[i];
    const size = big[i];
    if (first !== first || size > 1) {
      groups[i] = NO_QUADRANT;
      continue;
    }
    const old = asOf - first >= tenureDays;
    groups[i] = old ? (size ? OLD_BIG : OLD_SMALL) : size ? NEW_BIG : NEW_SMALL;
  }
  return { groups };
}

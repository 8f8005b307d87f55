// Thresholds compare as the numbers they denote (DOMAIN.md §1): 0.2 × 15 is 3, not 3.0000000000000004,
// and a share summed from cents is not "below 80%" because of a rounding error in the last bit.

export const RELATIVE_TOLERANCE = 1e-9;

/** x < limit, where x within a relative 1e-9 of limit counts as equal (so not below). */
export function strictlyBelow(x: number, limit: number): boolean {
  if (!(x < limit)) return false;
  const scale = Math.max(Math.abs(x), Math.abs(limit));
  return limit - x > RELATIVE_TOLERANCE * scale;
}

/** x ≥ limit with the same tolerance: the complement of strictlyBelow. */
export function atLeast(x: number, limit: number): boolean {
  return !strictlyBelow(x, limit);
}

/** Index of the first element > x in an ascending array (upper bound). */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element ≥ x in an ascending array (lower bound). */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Next contact after a sale (DOMAIN.md §7, seed 004): thank-you by L+2, usage follow-up by L+7, then about monthly;
// lapsed customers get a win-back call due as_of; prospects get nothing.
import { TOUCH } from '../groups';

const {
  thank_you: TOUCH_THANK_YOU,
  usage_follow_up: TOUCH_FOLLOW_UP,
  keep_in_touch: TOUCH_KEEP_IN_TOUCH,
  win_back: TOUCH_WIN_BACK,
} = TOUCH.code;
const NO_TOUCH = TOUCH.none;

export const THANK_YOU_DAYS = 2;
export const FOLLOW_UP_DAYS = 7;
export const MONTH_DAYS = 30;

export interface NextContactResult {
  /** Day numbers; NaN where there is no touch. */
  dates: Float64Array;
  touches: Uint8Array;
}

/**
 * `lapsed[i]` is 1 when the lifecycle rule (or, without orders, days since last > lapse_days) says lapsed.
 * No purchase (a blank last purchase, or 0 orders when `orders` is given): no touch (the prospect case).
 */
export function nextContact(
  lastPurchase: ArrayLike<number>,
  lapsed: Uint8Array,
  asOf: number,
  orders?: ArrayLike<number>,
): NextContactResult {
  const n = lastPurchase.length;
  const dates = new Float64Array(n);
  const touches = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const last = lastPurchase[i];
    if (last !== last || (orders !== undefined && orders[i] === 0)) {
      dates[i] = NaN;
      touches[i] = NO_TOUCH;
    } else if (lapsed[i]) {
      dates[i] = asOf;
      touches[i] = TOUCH_WIN_BACK;
    } else if (last + THANK_YOU_DAYS >= asOf) {
      dates[i] = last + THANK_YOU_DAYS;
      touches[i] = TOUCH_THANK_YOU;
    } else if (last + FOLLOW_UP_DAYS >= asOf) {
      dates[i] = last + FOLLOW_UP_DAYS;
      touches[i] = TOUCH_FOLLOW_UP;
    } else {
      // The first L + 30k on or after as_of (k ≥ 1; as_of > L + 7 here, so k = 0 never qualifies).
      const k = Math.max(1, Math.ceil((asOf - last) / MONTH_DAYS));
      dates[i] = last + MONTH_DAYS * k;
      touches[i] = TOUCH_KEEP_IN_TOUCH;
    }
  }
  return { dates, touches };
}

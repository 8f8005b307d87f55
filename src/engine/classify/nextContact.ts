// Next contact after a sale (DOMAIN.md §7, seed 004): thank-you by L+2, usage follow-up by L+7, then about monthly;
// lapsed customers get a win-back call due as_of; prospects get nothing.
import type { TouchGroup } from '../groups';
import type { Language } from '../types';

export const TOUCH_KEYS: readonly TouchGroup[] = ['thank_you', 'usage_follow_up', 'keep_in_touch', 'win_back'];
export const TOUCH_THANK_YOU = 0;
export const TOUCH_FOLLOW_UP = 1;
export const TOUCH_KEEP_IN_TOUCH = 2;
export const TOUCH_WIN_BACK = 3;
export const NO_TOUCH = 4;

const THANK_YOU_DAYS = 2;
const FOLLOW_UP_DAYS = 7;
const MONTH_DAYS = 30;

export interface NextContactResult {
  /** Day numbers; NaN where there is no touch. */
  dates: Float64Array;
  touches: Uint8Array;
}

/**
 * `lapsed[i]` is 1 when the lifecycle rule (or, without orders, days since last > lapse_days) says lapsed.
 * No purchase (a blank last purchase, or 0 orders when `orders` is given): no touch (the prospect case).
 */
export function nextContact(lastPurchase: ArrayLike<number>, lapsed: Uint8Array, asOf: number, orders?: ArrayLike<number>): NextContactResult {
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

export function nextContactReason(touch: number, last: string, due: string, language: Language): string {
  switch (touch) {
    case TOUCH_WIN_BACK:
      if (language === 'es') return `Llamada de recuperación: cliente inactivo, ya (${due})`;
      if (language === 'zh') return `挽回电话：客户已流失，今天就打（${due}）`;
      return `Win-back call: the customer has lapsed, due now (${due})`;
    case TOUCH_THANK_YOU:
      if (language === 'es') return `Agradecimiento: 2 días después de la última compra (${last} → ${due})`;
      if (language === 'zh') return `感谢信息：最近购买后 2 天内（${last} → ${due}）`;
      return `Thank-you: 2 days after the last order (${last} → ${due})`;
    case TOUCH_FOLLOW_UP:
      if (language === 'es') return `Seguimiento de uso: 7 días después de la última compra (${last} → ${due})`;
      if (language === 'zh') return `使用回访：最近购买后 7 天（${last} → ${due}）`;
      return `Usage follow-up: 7 days after the last order (${last} → ${due})`;
    case TOUCH_KEEP_IN_TOUCH:
      if (language === 'es') return `Mantener el contacto: cada 30 días desde la última compra (${last} → ${due})`;
      if (language === 'zh') return `定期联系：自最近购买起每 30 天一次（${last} → ${due}）`;
      return `Keep in touch: every 30 days from the last order (${last} → ${due})`;
    default:
      if (language === 'es') return '—: sin compras, sin contacto programado';
      if (language === 'zh') return '—：没有购买，无需安排联系';
      return '—: no purchase, no contact scheduled';
  }
}

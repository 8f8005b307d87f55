// Old/new × big/small (DOMAIN.md §3, seed 000's four customer types).
import type { QuadrantGroup } from '../groups';
import { formatAmount } from '../i18n/format';
import type { Language } from '../types';

export const QUADRANT_KEYS: readonly QuadrantGroup[] = ['old_big', 'new_big', 'new_small', 'old_small'];
export const NO_QUADRANT = 4;

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
    groups[i] = old ? (size ? 0 : 3) : size ? 1 : 2;
  }
  return { groups };
}

export function quadrantReason(
  group: number,
  tenure: number,
  tenureDays: number,
  bigRule: BigRule,
  language: Language,
): string {
  const key = QUADRANT_KEYS[group];
  const old = key === 'old_big' || key === 'old_small';
  const big = key === 'old_big' || key === 'new_big';
  const cmp = old ? '≥' : '<';
  if (language === 'es') {
    const label = { old_big: 'Antiguo y grande', new_big: 'Nuevo y grande', new_small: 'Nuevo y pequeño', old_small: 'Antiguo y pequeño' }[key];
    const size =
      bigRule.kind === 'tierA'
        ? big ? 'nivel A en ventas' : 'no es nivel A en ventas'
        : `ventas ${big ? '≥' : '<'} ${formatAmount(bigRule.amount, 'es')}`;
    return `${label}: cliente desde hace ${tenure} días (${cmp} ${tenureDays}), ${size}`;
  }
  if (language === 'zh') {
    const label = { old_big: '老客户·大客户', new_big: '新客户·大客户', new_small: '新客户·小客户', old_small: '老客户·小客户' }[key];
    const size =
      bigRule.kind === 'tierA'
        ? big ? '销售额为A类' : '销售额不是A类'
        : `销售额 ${big ? '≥' : '<'} ${formatAmount(bigRule.amount, 'zh')}`;
    return `${label}：合作 ${tenure} 天（${cmp} ${tenureDays}），${size}`;
  }
  const label = { old_big: 'Old & big', new_big: 'New & big', new_small: 'New & small', old_small: 'Old & small' }[key];
  const size =
    bigRule.kind === 'tierA'
      ? big ? 'tier A on revenue' : 'not tier A on revenue'
      : `revenue ${big ? '≥' : '<'} ${formatAmount(bigRule.amount, 'en')}`;
  return `${label}: customer for ${tenure} days (${cmp} ${tenureDays}), ${size}`;
}

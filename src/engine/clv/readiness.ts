// Whether there is enough to fit: the honest answer for small data instead of a wild number. The minimums and the
// simulation behind them are in README.md beside this file.
import { type ClvInput, collectCustomers, type CustomerRows } from './customers';

/** Customers a purchase model (BG/NBD, MBG/NBD) needs at least. */
export const MIN_CUSTOMERS = 30;
/** Repeat buyers (x > 0) a purchase model needs at least: only they inform the dropout probability's Beta(a, b). */
export const MIN_REPEAT_BUYERS = 10;
/** Repeat buyers with a positive mean spend the Gamma-Gamma spend model needs at least (it has 3 parameters). */
export const MIN_SPEND_BUYERS = 10;

export type NotReadyReason = 'too_few_customers' | 'no_repeat_buyers' | 'too_few_repeat_buyers';

export type Readiness =
  | { ok: true; customers: number; repeatBuyers: number; excluded: number }
  | {
      ok: false;
      reason: NotReadyReason;
      /** The minimum the reason is about (customers, or repeat buyers), and how many there are. */
      needs: number;
      has: number;
      customers: number;
      repeatBuyers: number;
      excluded: number;
    };

/** Whether BG/NBD or MBG/NBD can be fitted on these customers; `excluded` counts invalid rows (isValidCustomer). */
export function fitReadiness(data: readonly ClvInput[]): Readiness {
  return readinessOf(collectCustomers(data));
}

export function readinessOf(rows: Pick<CustomerRows, 'customers' | 'repeatBuyers' | 'excluded'>): Readiness {
  const { customers, repeatBuyers, excluded } = rows;
  const counts = { customers, repeatBuyers, excluded };
  if (customers < MIN_CUSTOMERS) return { ok: false, reason: 'too_few_customers', needs: MIN_CUSTOMERS, has: customers, ...counts };
  if (repeatBuyers === 0) return { ok: false, reason: 'no_repeat_buyers', needs: MIN_REPEAT_BUYERS, has: 0, ...counts };
  if (repeatBuyers < MIN_REPEAT_BUYERS) {
    return { ok: false, reason: 'too_few_repeat_buyers', needs: MIN_REPEAT_BUYERS, has: repeatBuyers, ...counts };
  }
  return { ok: true, ...counts };
}

/** Thrown by the fits when their readiness check says no; carries the check's answer. */
export class NotEnoughDataError extends Error {
  constructor(readonly readiness: Exclude<Readiness | SpendReadiness, { ok: true }>) {
    super(readiness.reason);
    this.name = 'NotEnoughDataError';
  }
}

export function assertReady(rows: Pick<CustomerRows, 'customers' | 'repeatBuyers' | 'excluded'>): void {
  const readiness = readinessOf(rows);
  if (!readiness.ok) throw new NotEnoughDataError(readiness);
}

/** A customer as the spend model sees it: repeat purchases and the mean spend per repeat purchase. */
export interface SpendInput {
  x: number;
  zbar: number;
}

export type SpendReadiness =
  | { ok: true; buyers: number; nonPositive: number }
  | {
      ok: false;
      reason: 'no_repeat_buyers' | 'too_few_repeat_buyers';
      needs: number;
      has: number;
      /** Repeat buyers usable by the spend model (x > 0, finite zbar > 0). */
      buyers: number;
      /** Repeat buyers left out because their mean spend is zero, negative or not a number (returns, free orders). */
      nonPositive: number;
    };

/** Whether the Gamma-Gamma spend model can be fitted: repeat buyers with a positive mean spend. */
export function spendReadiness(data: readonly SpendInput[]): SpendReadiness {
  let buyers = 0;
  let nonPositive = 0;
  for (const c of data) {
    if (!(Number.isInteger(c.x) && c.x > 0)) continue;
    if (Number.isFinite(c.zbar) && c.zbar > 0) buyers++;
    else nonPositive++;
  }
  if (buyers === 0) return { ok: false, reason: 'no_repeat_buyers', needs: MIN_SPEND_BUYERS, has: 0, buyers, nonPositive };
  if (buyers < MIN_SPEND_BUYERS)
    return { ok: false, reason: 'too_few_repeat_buyers', needs: MIN_SPEND_BUYERS, has: buyers, buyers, nonPositive };
  return { ok: true, buyers, nonPositive };
}

export function assertSpendReady(data: readonly SpendInput[]): { buyers: number; nonPositive: number } {
  const readiness = spendReadiness(data);
  if (!readiness.ok) throw new NotEnoughDataError(readiness);
  return readiness;
}

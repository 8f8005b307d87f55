// Churn risk and lifetime value (classify/churn.ts): Active, Slipping, Likely lost from the chance a customer is
// still active under a fitted Modified BG/NBD (or BG/NBD), with the expected orders, order value and value beside it.
import { churn as churnOf, churnReason } from '../classify/churn';
import { CHURN } from '../groups';
import type { Descriptor } from './descriptor';

export const churn: Descriptor = {
  id: 'churn',
  groups: () => CHURN.keys,
  colors: { active: '#9fe3b0', slipping: '#ffd479', likely_lost: '#c9a6f2' },
  columns: ['chance', 'expected', 'orderValue', 'value', 'group'],
  compute(c, wanted) {
    if (!wanted) return;
    const { table, settings } = c;
    const mask = c.masks.churn;
    c.churn = churnOf(
      {
        orders: table.orders,
        firstPurchase: table.firstPurchase,
        lastPurchase: table.lastPurchase,
        revenue: table.revenue,
        skip: (row) => table.blank[row] === 1 || (table.bad[row] & mask) !== 0,
        asOf: c.asOf,
      },
      {
        model: settings.churnModel,
        active: settings.churnActive,
        lost: settings.churnLost,
        days: settings.churnDays,
        months: settings.valueMonths,
        annualDiscount: settings.annualDiscount,
      },
    );
  },
  computed: (c) => c.churn !== undefined,
  group(c, row) {
    const code = c.churn!.groups[row];
    return code === CHURN.none ? 'none' : CHURN.keys[code];
  },
  number(c, row, column) {
    return c.churn![column][row];
  },
  reason(c, row) {
    const t = c.table;
    return churnReason(c.churn!, row, { orders: t.orders[row], first: t.firstPurchase[row], last: t.lastPurchase[row], asOf: c.asOf });
  },
};

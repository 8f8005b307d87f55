// Lifecycle (DOMAIN.md §4): Lapsed, Prospect, Potential, One-time, Loyal. Computed whenever there is an orders
// column, chosen or not: the next contact and the next step read it.
import { lifecycle as lifecycleOf, lifecycleReason } from '../classify/lifecycle';
import { INTENT, LIFECYCLE } from '../groups';
import type { Descriptor } from './descriptor';

export const lifecycle: Descriptor = {
  id: 'lifecycle',
  groups: () => LIFECYCLE.keys,
  colors: { prospect: '#c8ffda', potential: '#b2a2ff', one_time: '#f5ef72', loyal: '#5dbdc0', lapsed: '#e69e77' },
  columns: ['group'],
  compute(c) {
    const { table } = c;
    if (table.columns.orders === undefined) return;
    c.lifecycle = lifecycleOf({
      orders: table.orders,
      firstPurchase: table.firstPurchase,
      lastPurchase: table.lastPurchase,
      intent: c.intent,
      leadScore: table.leadScore,
      asOf: c.asOf,
      lapseDays: c.settings.lapseDays,
    });
  },
  computed: (c) => c.lifecycle !== undefined,
  group(c, row) {
    const code = c.lifecycle!.groups[row];
    return code === LIFECYCLE.none ? null : LIFECYCLE.keys[code];
  },
  reason(c, row) {
    const t = c.table;
    const orders = t.orders[row];
    const last = t.lastPurchase[row];
    const intentCode = c.intent[row];
    return lifecycleReason(c.lifecycle!, row, {
      orders,
      daysSinceLast: c.asOf - last,
      cycleDays: orders > 1 ? (last - t.firstPurchase[row]) / (orders - 1) : NaN,
      lapseDays: c.settings.lapseDays,
      intent: intentCode < INTENT.none ? INTENT.keys[intentCode] : null,
      leadScore: t.leadScore[row],
    });
  },
};

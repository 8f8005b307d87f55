// Next contact after a sale (DOMAIN.md §7): thank-you, usage follow-up, keep in touch, or a win-back call.
import { nextContact as nextContactOf } from '../classify/nextContact';
import { LIFECYCLE, TOUCH } from '../groups';
import type { Descriptor } from './descriptor';

export const nextContact: Descriptor = {
  id: 'nextContact',
  groups: () => TOUCH.keys,
  colors: { thank_you: '#a8f6f6', usage_follow_up: '#ada4ff', keep_in_touch: '#fee074', win_back: '#ef9887' },
  columns: ['date', 'group'],
  compute(c, wanted) {
    if (!wanted) return;
    const { table, asOf } = c;
    const n = table.n;
    const lapsed = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      // Without a lifecycle (no orders column, or orders unreadable), the window rule alone decides lapse.
      const stage = c.lifecycle ? c.lifecycle.groups[i] : LIFECYCLE.none;
      lapsed[i] =
        stage === LIFECYCLE.code.lapsed || (stage === LIFECYCLE.none && asOf - table.lastPurchase[i] > c.settings.lapseDays) ? 1 : 0;
    }
    // Prospects get no contact schedule: no last purchase, or no orders.
    c.nextContact = nextContactOf(table.lastPurchase, lapsed, asOf, table.orders);
  },
  computed: (c) => c.nextContact !== undefined,
  date: (c, row) => c.nextContact!.dates[row],
  group(c, row) {
    const touch = c.nextContact!.touches[row];
    return touch === TOUCH.none ? 'none' : TOUCH.keys[touch];
  },
  reason(c, row) {
    const touch = c.nextContact!.touches[row];
    if (touch === TOUCH.none) return { code: 'contact_none' };
    return { code: 'contact', touch: TOUCH.keys[touch], last: c.table.lastPurchase[row], due: c.nextContact!.dates[row] };
  },
};

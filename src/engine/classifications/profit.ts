// Profit split 20/60/20 (DOMAIN.md §2): Core, Maintain, Drain.
import { profitReason, profitSplit } from '../classify/profitSplit';
import { PROFIT } from '../groups';
import type { Descriptor } from './descriptor';

export const profit: Descriptor = {
  id: 'profit',
  groups: () => PROFIT.keys,
  colors: { core: '#85affd', maintain: '#f9ff8f', drain: '#e79a9f' },
  columns: ['group'],
  compute(c, wanted) {
    if (wanted) c.profit = profitSplit(c.table.profit, c.settings.profitRule);
  },
  computed: (c) => c.profit !== undefined,
  group(c, row) {
    const code = c.profit!.groups[row];
    return code === PROFIT.none ? null : PROFIT.keys[code];
  },
  reason: (c, row) => profitReason(c.profit!, row, c.table.profit[row]),
};
